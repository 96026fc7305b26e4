namespace Showcase.Generator.Rendering;

/// <summary>
/// HTML that the generator made itself (Markdown output, rendered partials) and so may be written into a page
/// unescaped. Everything else a template writes is HTML-escaped by <see cref="EscapingTemplateContext"/>.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new(string.Empty);

    public override string ToString() => Html;
}
