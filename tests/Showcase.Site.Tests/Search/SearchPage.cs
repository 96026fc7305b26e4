using Microsoft.Playwright;
using Showcase.Site.Tests.Infrastructure;

namespace Showcase.Site.Tests.Search;

/// <summary>
/// The search page (/tim-kiem/) in Chromium, driven as a person does: typing into #search-input and waiting until
/// #search-results is up to date with the text in the box (aria-busy="false" and the status quoting the text).
/// Records every dialog and every uncaught page error, so a test can assert that none happened.
/// </summary>
public sealed class SearchPage : IAsyncDisposable
{
    private const string UpToDate = """
        text => {
          const results = document.getElementById('search-results');
          const status = document.getElementById('search-status');
          const input = document.getElementById('search-input');
          if (!results || !status || !input || results.getAttribute('aria-busy') !== 'false' || input.value !== text) {
            return false;
          }
          return window.searchCore.queryTerms(text).length === 0 || status.textContent.includes('\u201c' + text.trim() + '\u201d');
        }
        """;

    private SearchPage(IPage page)
    {
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Every dialog (alert, confirm, prompt) the page opened.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Every uncaught error the page threw.</summary>
    public List<string> Errors { get; } = [];

    public ILocator Input => Page.Locator("#search-input");

    public ILocator Results => Page.Locator("#search-results .search-result");

    public ILocator Status => Page.Locator("#search-status");

    /// <summary>Opens a page (any page of the site) and, when it is the search page, waits until it is ready.</summary>
    public static async Task<SearchPage> OpenAsync(Chromium chromium, string url)
    {
        var search = new SearchPage(await chromium.NewPageAsync());
        var response = await search.Page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        if (await search.Page.Locator("#search-input").CountAsync() > 0)
        {
            await search.WaitForResultsAsync(await search.Input.InputValueAsync());
        }

        return search;
    }

    /// <summary>Clears the box, types the text key by key and waits for the results of the whole text.</summary>
    public async Task TypeAsync(string text)
    {
        await Input.FillAsync(string.Empty);
        await WaitForResultsAsync(string.Empty);
        await Input.PressSequentiallyAsync(text, new() { Delay = 40 });
        await WaitForResultsAsync(text);
    }

    /// <summary>Replaces the box's text at once (as a paste does) and waits for its results.</summary>
    public async Task PasteAsync(string text)
    {
        await Input.FillAsync(text);
        await WaitForResultsAsync(text);
    }

    public async Task WaitForResultsAsync(string text) =>
        await Page.WaitForFunctionAsync(UpToDate, text, new() { Timeout = 30_000 });

    /// <summary>The results' titles, in ranked order.</summary>
    public async Task<IReadOnlyList<string>> TitlesAsync() =>
        (await Page.Locator("#search-results .search-result-title").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>The results' links (absolute URLs), in ranked order.</summary>
    public async Task<IReadOnlyList<string>> LinksAsync() =>
        await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results .search-result-title a')].map(a => a.href)");

    public async Task<string> StatusAsync() => (await Status.InnerTextAsync()).Trim();

    /// <summary>The number of results the status line announces ("12 kết quả cho …").</summary>
    public async Task<int> AnnouncedCountAsync()
    {
        var status = await StatusAsync();
        var digits = new string(status.TakeWhile(c => char.IsDigit(c) || c == '.').Where(char.IsDigit).ToArray());
        Assert.True(digits.Length > 0, $"no count in the status: {status}");
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
