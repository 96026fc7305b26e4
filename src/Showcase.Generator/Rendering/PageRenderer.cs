using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Showcase.Generator.Diagnostics;
using Showcase.Generator.Site;
using SourceSpan = Showcase.Generator.Diagnostics.SourceSpan;

namespace Showcase.Generator.Rendering;

/// <summary>
/// <see cref="Page"/> → HTML: the page's layout, then <c>layouts/_base.scriban</c> around it. A fresh context per
/// render (contexts are not thread-safe); templates parsed once in <see cref="Theme"/>. Strict variables, so a
/// misspelt name is an SG3002 diagnostic naming the template and the content file, not an empty string.
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly SiteView _site;
    private readonly BaseUrl _baseUrl;
    private readonly System.Collections.Concurrent.ConcurrentBag<EscapingTemplateContext> _contexts = [];

    public PageRenderer(Theme theme, SiteView site, BaseUrl baseUrl)
    {
        _theme = theme;
        _site = site;
        _baseUrl = baseUrl;
    }

    public string? Render(Page page, DiagnosticBag diagnostics) => Render(page, diagnostics, static html => html.ToString());

    /// <summary>The page as UTF-8 bytes, encoded straight from the render's buffer (no string of the whole page).</summary>
    public byte[]? RenderBytes(Page page, DiagnosticBag diagnostics) => Render(page, diagnostics, Utf8);

    /// <summary>
    /// Renders the page's layout inside <c>layouts/_base.scriban</c> (print layouts alone) into the context's page
    /// buffer, and hands the buffer to <paramref name="take"/>. The layout is evaluated where _base writes
    /// <c>page.content</c>, into the same buffer, in a scope of its own (its variables do not reach _base).
    /// </summary>
    private T? Render<T>(Page page, DiagnosticBag diagnostics, Func<StringBuilder, T> take)
        where T : class
    {
        var isPrint = page.Layout.StartsWith("print-", StringComparison.Ordinal);
        var inner = Layout(page.Layout, page, diagnostics);
        var outer = isPrint ? inner : Layout("_base", page, diagnostics);
        if (inner is null || outer is null)
        {
            return null;
        }

        var context = _contexts.TryTake(out var pooled) ? pooled : CreateContext();
        context.PushGlobal(PageGlobals(page, isPrint ? null : new LayoutContent(inner.Value.Template, inner.Value.Path)));
        var output = context.PageOutput;
        output.Builder.Clear();
        context.PushOutput(output);
        try
        {
            EscapingTemplateContext.Evaluate(context, outer.Value.Template, outer.Value.Path);
            var result = take(output.Builder);
            context.PopOutput();
            context.PopGlobal();
            output.Builder.Clear();
            _contexts.Add(context);
            return result;
        }
        catch (ScriptRuntimeException e)
        {
            // A context that failed mid-render may hold loop or scope state: it is dropped, not pooled.
            var where = page.SourcePath is { } source ? $" (khi dựng {source})" : $" (khi dựng trang /{page.Url})";
            diagnostics.Error("SG3002", new SourceSpan(e.Span.FileName ?? inner.Value.Path, e.Span.Start.Line + 1, e.Span.Start.Column + 1), Translate(e.OriginalMessage) + where);
            return null;
        }
    }

    private (Template Template, string Path)? Layout(string layout, Page page, DiagnosticBag diagnostics)
    {
        if (_theme.Layout(layout) is { } template)
        {
            return (template, _theme.DisplayPathOf(layout));
        }

        diagnostics.Error("SG3003", SourceSpan.File(_theme.DisplayPathOf(layout)), $"giao diện thiếu tệp mẫu '{layout}.scriban' (cần cho trang /{page.Url}).");
        return null;
    }

    private static byte[] Utf8(StringBuilder html)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in html.GetChunks())
        {
            length += encoder.GetByteCount(chunk.Span, flush: false);
        }

        length += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var written = 0;
        foreach (var chunk in html.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return written == length ? bytes : throw new InvalidOperationException("UTF-8 length changed while encoding");
    }

    /// <summary>
    /// A context for this theme. Contexts are pooled, not made per render: a new context rebuilds Scriban's builtins
    /// and its reflection cache of member accessors, which the profile showed costing a third of rendering. Each
    /// render pushes its own globals and output and pops them after, so nothing of one page reaches the next.
    /// </summary>
    private EscapingTemplateContext CreateContext()
    {
        var context = new EscapingTemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = int.MaxValue,
            RecursiveLimit = 50,
            TemplateLoader = new PartialLoader(_theme),
            NewLine = "\n",
        };
        if (context.BuiltinObject["include"] is IScriptCustomFunction include)
        {
            context.BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
        }

        foreach (var (path, template) in _theme.Partials)
        {
            context.CachedTemplates[PartialLoader.PathOf(_theme, path)] = template;
        }

        context.PushGlobal(new ScriptObject { ["site"] = _site });
        return context;
    }

    private ScriptObject PageGlobals(Page page, object? content)
    {
        var pageObject = new ScriptObject
        {
            ["url"] = page.Url,
            ["link"] = _baseUrl.Link(page.Url),
            ["canonical"] = _baseUrl.Absolute(page.Url),
            ["title"] = page.Title,
            ["description"] = page.Description,
            ["image"] = page.ImageLink is { } image ? _baseUrl.Origin + image : null,
            ["section"] = page.Section,
            ["layout"] = page.Layout,
            ["breadcrumbs"] = page.Breadcrumbs,
            ["content"] = content,
        };
        foreach (var (key, value) in page.Data)
        {
            pageObject[key] = value;
        }

        return new ScriptObject { ["page"] = pageObject };
    }

    private static string Translate(string message) =>
        message.StartsWith("The variable or function", StringComparison.Ordinal) ? $"biến hoặc hàm không tồn tại: {message}"
        : message.Contains("Cannot get the member", StringComparison.Ordinal) || message.Contains("not found", StringComparison.Ordinal) ? $"không có trường này: {message}"
        : message;

    private sealed class PartialLoader(Theme theme) : ITemplateLoader
    {
        public static string PathOf(Theme theme, string relative) => $"{theme.DisplayPath}/{relative}";

        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
            PathOf(theme, $"partials/{templateName}.scriban");

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"không có mẫu con (partial) {templatePath}");

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
