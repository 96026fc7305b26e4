using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Showcase.Generator.Content;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Site;
using SourceSpan = Showcase.Generator.Diagnostics.SourceSpan;

namespace Showcase.Generator.Rendering;

/// <summary>
/// A model's story, Markdown → safe HTML and plain text. Raw HTML is shown as text; links other than http(s),
/// mailto and tel are dropped (their text kept) with a warning; relative links and images must stay inside the
/// content folder and are rewritten under base_url. Build once and share: the pipeline is immutable.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();

    public sealed record Result(TrustedHtml Html, string Text);

    public Result Render(ModelRecord model, BaseUrl baseUrl, IReadOnlySet<string> media, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(model.Body, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Max(heading.Level, 2);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var span = new SourceSpan(model.SourcePath, model.BodyLine + link.Line, link.Column + 1);
            if (link.IsImage && string.IsNullOrWhiteSpace(TextOf(link)))
            {
                diagnostics.Warning("SG2009", span, "ảnh không có lời mô tả (alt): người dùng trình đọc màn hình và khi ảnh không tải được sẽ không biết ảnh nói gì. Hãy viết ![mô tả ngắn nội dung ảnh](đường-dẫn-ảnh).");
            }

            var rewritten = RewriteUrl(link.Url ?? string.Empty, link.IsImage, span, baseUrl, media, diagnostics);
            if (rewritten is null)
            {
                Unwrap(link);
            }
            else
            {
                link.Url = rewritten;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeAbsolute(autolink.Url))
            {
                var span = new SourceSpan(model.SourcePath, model.BodyLine + autolink.Line, autolink.Column + 1);
                diagnostics.Warning("SG2006", span, $"liên kết \"{autolink.Url}\" không an toàn nên bị bỏ; chỉ dùng liên kết http(s), mailto hoặc tel.");
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return new Result(new TrustedHtml(ToHtml(document)), ToPlainText(document));
    }

    private string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private string ToPlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return string.Join(' ', writer.ToString().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? RewriteUrl(string url, bool isImage, SourceSpan span, BaseUrl baseUrl, IReadOnlySet<string> media, DiagnosticBag diagnostics)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith('#'))
        {
            return trimmed;
        }

        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            if (IsSafeAbsolute(trimmed) && !(isImage && !trimmed.StartsWith("https:", StringComparison.OrdinalIgnoreCase)))
            {
                return trimmed;
            }

            diagnostics.Warning("SG2006", span, $"liên kết \"{Shorten(trimmed)}\" không an toàn nên bị bỏ, chỉ giữ chữ; chỉ dùng liên kết http(s), mailto hoặc tel{(isImage ? ", ảnh lấy từ thư mục media/" : string.Empty)}.");
            return null;
        }

        var path = trimmed.Split('#', '?')[0];
        if (!ContentValidator.IsSafeRelativePath(isImage ? path : path.TrimEnd('/')))
        {
            diagnostics.Error("SG2005", span, $"đường dẫn \"{Shorten(trimmed)}\" phải nằm trong thư mục nội dung, ví dụ media/anh.jpg (không dùng '..' hay '/' ở đầu).");
            return null;
        }

        if (isImage && !media.Contains(path))
        {
            diagnostics.Error("SG2005", span, $"không tìm thấy ảnh \"{path}\". Hãy đặt ảnh trong thư mục media/ và ghi đúng tên tệp.");
            return null;
        }

        return baseUrl.Link(trimmed);
    }

    private static bool IsSafeAbsolute(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var scheme = url[..colon].Trim().ToLowerInvariant();
        return SafeSchemes.Contains(scheme) && !url.Any(char.IsControl);
    }

    private static string Shorten(string url) => url.Length > 60 ? url[..57] + "..." : url;

    private static string TextOf(LinkInline link) => string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(TextOf(link)));
            return;
        }

        var container = new ContainerInline();
        while (link.FirstChild is { } child)
        {
            child.Remove();
            container.AppendChild(child);
        }

        link.ReplaceBy(container);
    }
}
