namespace Showcase.Generator.Site;

/// <summary>
/// The site's base_url split into origin and sub-path: "https://example.gov.vn/mo-hinh/" →
/// ("https://example.gov.vn", "/mo-hinh/"). Every link in the site starts with <see cref="Path"/>.
/// </summary>
public sealed record BaseUrl(string Origin, string Path)
{
    public static bool TryParse(string text, out BaseUrl result)
    {
        result = new BaseUrl(string.Empty, "/");
        text = text.Trim();
        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            result = new BaseUrl(string.Empty, WithSlashes(text));
            return IsCleanPath(result.Path);
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            result = new BaseUrl(uri.GetLeftPart(UriPartial.Authority), WithSlashes(uri.AbsolutePath));
            return IsCleanPath(result.Path);
        }

        return false;
    }

    public static BaseUrl Parse(string text) =>
        TryParse(text, out var result) ? result : throw new FormatException($"base_url không hợp lệ: {text}");

    /// <summary>A link to a page, from its path relative to the site root ("mo-hinh/x/" → "/sub/mo-hinh/x/").</summary>
    public string Link(string relative) => Path + relative;

    /// <summary>The absolute URL (for sitemap, feed, Open Graph); root-relative when no origin is known.</summary>
    public string Absolute(string relative) => Origin + Path + relative;

    private static string WithSlashes(string path)
    {
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        return path.EndsWith('/') ? path : path + "/";
    }

    private static bool IsCleanPath(string path) =>
        !path.Contains("//", StringComparison.Ordinal) && !path.Split('/').Any(s => s is "." or "..") && !path.Any(c => c is '"' or '<' or '>' or '\'' or ' ' or '\\');
}
