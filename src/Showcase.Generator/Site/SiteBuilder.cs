using System.Globalization;
using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Posters;
using Showcase.Generator.Rendering;

namespace Showcase.Generator.Site;

/// <summary>
/// <see cref="ContentSet"/> (validated) → <see cref="SiteModel"/>: drafts left out, references followed, every list
/// sorted once (the source path as last tie-breaker), Markdown rendered in parallel.
/// </summary>
public static class SiteBuilder
{
    /// <param name="cache">Hands back the HTML of a story whose record has not changed since the last build; null for none.</param>
    /// <param name="incremental">Takes unchanged stories' words from the last build's journal (their HTML is then rendered only when a page reads it); null for none.</param>
    public static SiteModel Build(
        ContentSet content, BuildOptions options, MarkdownRenderer markdown, DiagnosticBag diagnostics, Showcase.Generator.Build.BuildCache? cache = null,
        Showcase.Generator.Build.IncrementalBuild? incremental = null)
    {
        var baseUrl = BaseUrl.Parse(options.BaseUrlOverride ?? content.Site.BaseUrl);
        var media = content.Media.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);

        var units = content.Units
            .GroupBy(u => u.Id, StringComparer.Ordinal).Select(g => g.First())
            .Select(u => new Unit
            {
                Id = u.Id,
                Name = u.Name,
                Kind = u.Kind,
                KindName = VietnameseText.UnitKind(u.Kind),
                Url = Urls.Unit(u.Id),
                Link = baseUrl.Link(Urls.Unit(u.Id)),
            })
            .ToDictionary(u => u.Id, StringComparer.Ordinal);
        var categories = content.Categories
            .GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.First())
            .Select(c => new Category { Id = c.Id, Name = c.Name, Description = c.Description, Url = Urls.Category(c.Id), Link = baseUrl.Link(Urls.Category(c.Id)) })
            .ToList();
        var categoryById = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var forms = content.Forms
            .GroupBy(f => f.Id, StringComparer.Ordinal).Select(g => g.First())
            .Select(f => new Form
            {
                Id = f.Id, Number = f.Number, Title = f.Title, Subtitle = f.Subtitle,
                Url = Urls.Form(f.Id), Link = baseUrl.Link(Urls.Form(f.Id)), CsvLink = baseUrl.Link(Urls.FormCsv(f.Id)),
            })
            .ToList();
        var formById = forms.ToDictionary(f => f.Id, StringComparer.Ordinal);

        foreach (var record in content.Units)
        {
            if (record.Parent is { } parent && units.TryGetValue(parent, out var p) && units[record.Id].Parent is null && !CreatesCycle(units, record.Id, parent))
            {
                units[record.Id].Parent = p;
            }
        }

        var published = content.Models
            .Where(m => !m.Draft && units.ContainsKey(m.Unit.Id) && categoryById.ContainsKey(m.Category.Id))
            .OrderByDescending(m => m.Year)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .ThenBy(m => m.SourcePath, StringComparer.Ordinal)
            .ToArray();
        var models = new Model[published.Length];
        var mediaNames = incremental is null ? string.Empty : Showcase.Generator.Build.SiteDigest.MediaNames(content.Media);
        Story StoryOf(ModelRecord record)
        {
            if (incremental is null)
            {
                var body = cache is null ? markdown.Render(record, baseUrl, media, diagnostics) : cache.RenderBody(record, baseUrl, content.Media, media, diagnostics);
                return new Story(record.SourcePath, string.Empty, body.Text, body.Html);
            }

            var key = Showcase.Generator.Build.SiteDigest.StoryKey(record, baseUrl, mediaNames);
            if (incremental.PreviousStory(key) is { } entry)
            {
                diagnostics.AddRange(entry.Diagnostics);
                return new Story(record.SourcePath, key, entry.Text, () => markdown.Render(record, baseUrl, media, new DiagnosticBag()).Html);
            }

            var own = new DiagnosticBag();
            var rendered = cache is null ? markdown.Render(record, baseUrl, media, own) : cache.RenderBody(record, baseUrl, content.Media, media, own);
            var found = own.ToSortedList();
            diagnostics.AddRange(found);
            incremental.RecordStory(key, new Showcase.Generator.Build.StoryEntry(rendered.Text, found));
            return new Story(record.SourcePath, key, rendered.Text, rendered.Html);
        }

        Parallel.For(0, published.Length, i =>
        {
            var record = published[i];
            var unit = units[record.Unit.Id];
            var story = StoryOf(record);
            models[i] = new Model
            {
                SourcePath = record.SourcePath,
                Slug = record.Slug,
                Url = Urls.Model(record.Slug),
                Link = baseUrl.Link(Urls.Model(record.Slug)),
                Title = record.Title,
                Summary = record.Summary,
                Unit = unit,
                Category = categoryById[record.Category.Id],
                Year = record.Year,
                YearLink = baseUrl.Link(Urls.Year(record.Year)),
                Implementer = record.Implementer ?? unit.Name,
                ImplementerKind = record.ImplementerKind,
                ImplementerKindName = VietnameseText.ImplementerKind(record.ImplementerKind),
                Forms = record.Forms.Where(f => formById.ContainsKey(f.Id)).Select(f => formById[f.Id]).Distinct().ToList(),
                Tags = record.Tags,
                Note = record.Note,
                ImagePath = record.Image?.Id is { } img && media.Contains(img) ? img : null,
                ImageLink = record.Image?.Id is { } img2 && media.Contains(img2) ? baseUrl.Link(Urls.Media(img2)) : null,
                FeaturedWeek = record.FeaturedWeek,
                FeaturedWeekText = record.FeaturedWeek is { } w ? VietnameseText.Week(w) : null,
                Awards = record.Awards
                    .OrderBy(a => a.Date ?? DateOnly.MaxValue).ThenBy(a => a.Kind, StringComparer.Ordinal)
                    .Select(a => new Award(a.Kind, VietnameseText.AwardKind(a.Kind), a.By, a.Date is { } d ? VietnameseText.ShortDate(d) : null, a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .ToList(),
                Story = story,
            };
        });

        var byUnit = models.ToLookup(m => m.Unit.Id, StringComparer.Ordinal);
        var byParent = units.Values.Where(u => u.Parent is not null).ToLookup(u => u.Parent!.Id, StringComparer.Ordinal);
        foreach (var unit in units.Values)
        {
            unit.Models = byUnit[unit.Id].ToList();
            unit.Children = byParent[unit.Id].OrderBy(u => u.Name, VietnameseText.Collation).ToList();
        }

        var byCategory = models.ToLookup(m => m.Category.Id, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            category.Models = byCategory[category.Id].ToList();
        }

        var byForm = models.SelectMany(m => m.Forms, (m, f) => (Model: m, Form: f)).ToLookup(p => p.Form.Id, p => p.Model, StringComparer.Ordinal);
        foreach (var form in forms)
        {
            form.Models = byForm[form.Id].ToList();
        }

        var standards = content.Standards
            .Where(s => units.ContainsKey(s.Unit.Id))
            .GroupBy(s => s.Unit.Id, StringComparer.Ordinal).Select(g => g.OrderBy(s => s.SourcePath, StringComparer.Ordinal).First())
            .Select(s => BuildStandards(s, units[s.Unit.Id], baseUrl, options.Pdf))
            .OrderBy(s => s.Unit.Name, VietnameseText.Collation)
            .ToList();
        foreach (var s in standards)
        {
            s.Unit.Standards = s;
        }

        var years = models.GroupBy(m => m.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearGroup { Year = g.Key, Url = Urls.Year(g.Key), Link = baseUrl.Link(Urls.Year(g.Key)), Models = g.ToList() })
            .ToList();

        var (story, isCurrent) = PickWeekStory(models, options.Today);
        return new SiteModel
        {
            Config = content.Site,
            BaseUrl = baseUrl,
            Today = options.Today,
            Units = units.Values.OrderBy(u => u.Name, VietnameseText.Collation).ToList(),
            Categories = categories,
            Forms = forms,
            Models = models,
            Years = years,
            Standards = standards,
            Media = content.Media,
            WeekStory = story,
            WeekStoryIsCurrent = isCurrent,
            PageSize = options.PageSize,
        };
    }

    private static bool CreatesCycle(Dictionary<string, Unit> units, string id, string parent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        for (Unit? current = units[parent]; current is not null; current = current.Parent)
        {
            if (!seen.Add(current.Id))
            {
                return true;
            }
        }

        return false;
    }

    private static (Model? Story, bool IsCurrent) PickWeekStory(IReadOnlyList<Model> models, DateOnly today)
    {
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}");
        var featured = models.Where(m => m.FeaturedWeek is not null)
            .OrderByDescending(m => m.FeaturedWeek, StringComparer.Ordinal).ThenBy(m => m.SourcePath, StringComparer.Ordinal)
            .ToList();
        var current = featured.FirstOrDefault(m => m.FeaturedWeek == week);
        if (current is not null)
        {
            return (current, true);
        }

        return (featured.FirstOrDefault(m => string.CompareOrdinal(m.FeaturedWeek, week) < 0) ?? featured.LastOrDefault(), false);
    }

    private static Standards BuildStandards(StandardsRecord record, Unit unit, BaseUrl baseUrl, bool pdf)
    {
        var decision = record.Decision;
        string? line = null;
        if (decision is not null && (decision.Number is not null || decision.Date is not null || decision.Issuer is not null))
        {
            line = "Ban hành kèm theo Quyết định"
                + (decision.Number is { } n ? $" số {n}" : string.Empty)
                + (decision.Date is { } d ? $" {VietnameseText.LongDate(d)}" : string.Empty)
                + (decision.Issuer is { } i ? $" của {i}" : string.Empty);
        }

        return new Standards
        {
            SourcePath = record.SourcePath,
            Unit = unit,
            Title = record.Title,
            Items = record.Items,
            DecisionLine = line,
            DecisionNumber = decision?.Number,
            DecisionDateText = decision?.Date is { } dd ? VietnameseText.LongDate(dd) : null,
            DecisionIssuer = decision?.Issuer,
            Posters = record.Sizes.Select(PosterSize.Find).OfType<PosterSize>()
                .Select(size => new PosterLink(
                    size.Id, size.Label, size.WidthCm, size.HeightCm, baseUrl.Link(Urls.Poster(unit.Id, size.Id)),
                    pdf ? baseUrl.Link(Urls.PosterPdf(unit.Id, size.Id)) : null))
                .ToList(),
            Url = Urls.Standards(unit.Id),
            Link = baseUrl.Link(Urls.Standards(unit.Id)),
        };
    }
}
