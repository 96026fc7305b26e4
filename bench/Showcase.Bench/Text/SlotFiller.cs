using System.Text;

namespace Showcase.Bench.Text;

/// <summary>Fills the {slots} of a template with words for one model, drawing from its field's bank.</summary>
public sealed class SlotFiller(SplitMix64 rng, CategoryBank bank, string unit, string model, int year, string place)
{
    public string Fill(string template)
    {
        var sb = new StringBuilder(template.Length + 64);
        Append(sb, template);
        return sb.ToString();
    }

    public void Append(StringBuilder sb, string template)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            int close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            var key = template.AsSpan(open + 1, close - open - 1);
            var value = Value(key.ToString().ToLowerInvariant());
            if (char.IsUpper(key[0]))
            {
                sb.Append(char.ToUpperInvariant(value[0])).Append(value, 1, value.Length - 1);
            }
            else
            {
                sb.Append(value);
            }
            i = close + 1;
        }
    }

    public string Person() =>
        $"{rng.Pick(Places.FamilyNames)} {rng.Pick(Places.MiddleNames)} {rng.Pick(Places.GivenNames)}".Replace("' ", "'", StringComparison.Ordinal);

    public string Money() => rng.Next(10) switch
    {
        0 => $"{rng.Between(1, 3)},{rng.Between(1, 9)} tỷ đồng",
        < 4 => $"{rng.Between(5, 99)},{rng.Between(1, 9)} triệu đồng",
        _ => $"{rng.Between(10, 950)} triệu đồng",
    };

    private string Value(string key) => key switch
    {
        "unit" => unit,
        "model" => model,
        "benef" => rng.Pick(bank.Beneficiaries),
        "act" or "act2" => rng.Pick(bank.Activities),
        "outcome" => rng.Pick(bank.Outcomes),
        "measure" => rng.Pick(bank.Measures),
        "n" => rng.Between(3, 320).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "pct" => rng.Between(82, 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "money" => Money(),
        "year" => year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "next" => rng.Between(2025, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "month" => rng.Pick(Prose.Months),
        "adv" => rng.Pick(Prose.Adverbs),
        "partner" => rng.Pick(Prose.Partners),
        "doc" => Document(),
        "members" => rng.Pick(Prose.Members),
        "freq" => rng.Pick(Prose.Frequencies),
        "place" => place,
        "person" => "đồng chí " + Person(),
        "city" => Places.City,
        _ => throw new InvalidOperationException($"unknown slot {{{key}}}"),
    };

    private string Document()
    {
        var (title, url) = rng.Pick(Prose.Documents);
        return rng.Chance(0.5) ? $"[{title}]({url})" : title;
    }
}
