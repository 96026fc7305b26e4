using System.Text;
using Showcase.Bench.Text;

namespace Showcase.Bench.Corpus;

/// <summary>
/// Writes a model's story in Markdown, about <c>words</c> words long: an opening paragraph, then
/// sections (context, method, results, lessons, next steps) with headings, lists, bold figures
/// and links, each section's length a share of the whole.
/// </summary>
public sealed class BodyWriter(SplitMix64 rng)
{
    public string Write(SlotFiller fill, int words, IReadOnlyList<(string Title, string Slug)> related)
    {
        var body = new Body(new StringBuilder(words * 8));
        bool small = words < 550;
        var context = new Deck<string>(rng, Prose.Context);
        var method = new Deck<string>(rng, Prose.Method);
        var results = new Deck<string>(rng, Prose.Results);
        Paragraphs(body, fill, context, words * 8 / 100);
        Section(body, Prose.ContextHeadings, fill, context, words * 17 / 100);

        Heading(body, 2, rng.Pick(Prose.MethodHeadings));
        Paragraphs(body, fill, method, words * 12 / 100);
        BulletList(body, fill, method, small ? 2 : rng.Between(3, 5), bold: true);
        if (words > 700)
        {
            Heading(body, 3, "Các bước thực hiện");
            OrderedList(body, fill, rng.Between(4, Prose.Steps.Count));
        }
        if (!small)
        {
            Paragraphs(body, fill, method, words * 11 / 100);
        }

        Section(body, Prose.ResultHeadings, fill, results, words * 14 / 100);
        Figures(body, fill, small ? 1 : rng.Between(2, 4));
        if (!small)
        {
            Paragraphs(body, fill, results, words * 6 / 100);
        }

        Heading(body, 2, rng.Pick(Prose.LessonHeadings));
        body.Block("Từ thực tiễn triển khai mô hình, có thể rút ra một số kinh nghiệm sau:");
        BulletList(body, fill, new Deck<string>(rng, Prose.Lessons), small ? 2 : rng.Between(3, 5), bold: false);
        if (related.Count > 0 && rng.Chance(0.7))
        {
            var (title, slug) = rng.Pick(related);
            body.Block($"Cách làm này đã tham khảo kinh nghiệm của [{title}](mo-hinh/{slug}) và được điều chỉnh cho phù hợp với thực tế đơn vị.");
        }
        Section(body, Prose.ReplicateHeadings, fill, new Deck<string>(rng, Prose.Replicate), words - body.Words);
        return body.Text.ToString();
    }

    private void Section(Body body, IReadOnlyList<string> headings, SlotFiller fill, Deck<string> bank, int budget)
    {
        Heading(body, 2, rng.Pick(headings));
        Paragraphs(body, fill, bank, budget);
    }

    private static void Heading(Body body, int level, string text) => body.Block($"{new string('#', level)} {text}");

    /// <summary>At least one sentence; then sentences until the budget is spent, 2–6 to a paragraph.</summary>
    private void Paragraphs(Body body, SlotFiller fill, Deck<string> bank, int budget)
    {
        int start = body.Words;
        do
        {
            var paragraph = new StringBuilder();
            int sentences = rng.Between(2, 6);
            for (int i = 0; i < sentences && (i == 0 || body.Words + Count(paragraph) - start < budget); i++)
            {
                if (i > 0)
                {
                    paragraph.Append(' ');
                }
                fill.Append(paragraph, bank.Draw());
            }
            body.Block(paragraph.ToString());
        }
        while (body.Words - start < budget);
    }

    private void BulletList(Body body, SlotFiller fill, Deck<string> bank, int items, bool bold)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < items; i++)
        {
            var text = fill.Fill(bank.Draw()).TrimEnd('.');
            if (bold)
            {
                int comma = text.IndexOf(',');
                text = comma > 8 && comma < 60 && !text[..comma].Contains('*') ? $"**{text[..comma]}**{text[comma..]}" : text;
            }
            lines.Append("- ").Append(text).Append(i + 1 < items ? ";\n" : ".\n");
        }
        body.Block(lines.ToString().TrimEnd('\n'));
    }

    private void OrderedList(Body body, SlotFiller fill, int items)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < items; i++)
        {
            lines.Append(i + 1).Append(". ").Append(fill.Fill(Prose.Steps[i])).Append(".\n");
        }
        body.Block(lines.ToString().TrimEnd('\n'));
    }

    private void Figures(Body body, SlotFiller fill, int items)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < items; i++)
        {
            lines.Append(fill.Fill("- **{n} {measure}** được hỗ trợ, trị giá {money};\n"));
        }
        body.Block(lines.ToString().TrimEnd('\n', ';') + ".");
    }

    private static int Count(StringBuilder sb)
    {
        int words = 0;
        foreach (var chunk in sb.GetChunks())
        {
            words += chunk.Span.Count(' ');
        }
        return words + (sb.Length > 0 ? 1 : 0);
    }

    /// <summary>Markdown blocks separated by blank lines, with a running word count.</summary>
    private sealed class Body(StringBuilder text)
    {
        public StringBuilder Text { get; } = text;

        public int Words { get; private set; }

        public void Block(string block)
        {
            if (Text.Length > 0)
            {
                Text.Append('\n');
            }
            Text.Append(block).Append('\n');
            Words += block.AsSpan().Count(' ') + 1;
        }
    }
}
