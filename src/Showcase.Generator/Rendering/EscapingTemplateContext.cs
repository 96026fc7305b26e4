using Scriban;
using Scriban.Parsing;

namespace Showcase.Generator.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="TrustedHtml"/>:
/// content from editors can never become markup, however a template is written.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>
    /// The output a render writes into, kept with the context: sized for a whole page once, so rendering a page does
    /// not grow a new buffer chunk by chunk. Cleared before each use; renders on one context never overlap.
    /// </summary>
    internal Scriban.Runtime.StringBuilderOutput PageOutput { get; } = new(new System.Text.StringBuilder(1 << 16));

    /// <summary>Evaluates a template into the context's current output, its nodes' errors naming <paramref name="path"/>.</summary>
    internal static void Evaluate(TemplateContext context, Template template, string path)
    {
        context.PushSourceFile(path);
        try
        {
            context.Evaluate(template.Page ?? throw new InvalidOperationException($"template {path} has errors"));
        }
        finally
        {
            context.PopSourceFile();
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml trusted)
        {
            return base.Write(span, trusted.Html);
        }

        if (textAsObject is LayoutContent layout)
        {
            // The page's own layout, written where _base asks for page.content: evaluated into the same output, in a
            // scope of its own so that what it assigns stays its own.
            PushGlobal(new Scriban.Runtime.ScriptObject());
            try
            {
                Evaluate(this, layout.Template, layout.Path);
            }
            finally
            {
                PopGlobal();
            }

            return this;
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = ObjectToString(textAsObject) ?? string.Empty;
        return base.Write(span, Html.Escape(text));
    }
}

/// <summary>A page's layout, to be rendered where <c>_base</c> writes <c>page.content</c>.</summary>
internal sealed record LayoutContent(Template Template, string Path);
