namespace Showcase.Generator.Site;

/// <summary>One page of a paged list: its items and the links around it.</summary>
public sealed record Pager(int Number, int Count, int TotalItems, string? PreviousLink, string? NextLink, IReadOnlyList<PagerLink> Pages)
{
    /// <summary>Splits a sorted list into pages of <paramref name="size"/>; an empty list still has one page.</summary>
    public static IReadOnlyList<(Pager Pager, IReadOnlyList<T> Items, string Url)> Split<T>(IReadOnlyList<T> items, int size, string listUrl, BaseUrl baseUrl)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        var links = Enumerable.Range(1, count).Select(n => new PagerLink(n, baseUrl.Link(Urls.Paged(listUrl, n)))).ToList();
        var pages = new List<(Pager, IReadOnlyList<T>, string)>(count);
        for (var n = 1; n <= count; n++)
        {
            var slice = items.Skip((n - 1) * size).Take(size).ToList();
            var pager = new Pager(
                n,
                count,
                items.Count,
                n > 1 ? links[n - 2].Link : null,
                n < count ? links[n].Link : null,
                links);
            pages.Add((pager, slice, Urls.Paged(listUrl, n)));
        }

        return pages;
    }

    public bool IsPaged => Count > 1;

    /// <summary>The page numbers to show: first, last and two around the current one; null marks a gap.</summary>
    public IReadOnlyList<PagerLink?> Window
    {
        get
        {
            var shown = new List<PagerLink?>();
            var last = 0;
            foreach (var link in Pages)
            {
                if (link.Number == 1 || link.Number == Count || Math.Abs(link.Number - Number) <= 2)
                {
                    if (last != 0 && link.Number != last + 1)
                    {
                        shown.Add(null);
                    }

                    shown.Add(link with { IsCurrent = link.Number == Number });
                    last = link.Number;
                }
            }

            return shown;
        }
    }
}

/// <summary>A link to page N of a list.</summary>
public sealed record PagerLink(int Number, string Link)
{
    public bool IsCurrent { get; init; }
}
