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

    private static readonly MarkdownPipeline SharedPipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();

    private readonly MarkdownPipeline _pipeline = SharedPipeline;

    /// <summary>The Markdown dialect of stories (tests parse with it).</summary>
    internal static MarkdownPipeline Pipeline => SharedPipeline;

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

    /// <summary>
    /// The story's words for search, gathered in one walk of the tree the HTML was rendered from (no second render):
    /// the text Markdig's plain-text rendering gives (literals, code, alt text, table cells), blocks and lines
    /// separated by one space.
    /// </summary>
    internal static string ToPlainText(MarkdownDocument document)
    {
        var text = new PlainText();
        text.Block(document);
        return text.ToString();
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

    /// <summary>Collects text with runs of whitespace collapsed to one space and none at either end.</summary>
    private sealed class PlainText
    {
        private readonly System.Text.StringBuilder _text = new();
        private bool _space;

        public void Block(Block block)
        {
            switch (block)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Block(child);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    Inlines(inline);
                    Space();
                    break;
                case LeafBlock leaf:
                    for (var i = 0; i < leaf.Lines.Count; i++)
                    {
                        Append(leaf.Lines.Lines[i].Slice.AsSpan());
                        Space();
                    }

                    break;
            }
        }

        private void Inlines(ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        Append(code.ContentSpan);
                        break;
                    case AutolinkInline autolink:
                        Append(autolink.Url);
                        break;
                    case HtmlEntityInline entity:
                        Append(entity.Transcoded.AsSpan());
                        break;
                    case LineBreakInline:
                        Space();
                        break;
                    case ContainerInline child:
                        Inlines(child);
                        break;
                }
            }
        }

        private void Space() => _space = _text.Length > 0;

        private void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    _space = _text.Length > 0;
                    continue;
                }

                if (_space)
                {
                    _text.Append(' ');
                    _space = false;
                }

                _text.Append(c);
            }
        }

        public override string ToString() => _text.ToString();
    }
}
