using Scriban;
using Scriban.Parsing;

namespace Showcase.Generator.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="TrustedHtml"/>:
/// content from editors can never become markup, however a template is written.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml trusted)
        {
            return base.Write(span, trusted.Html);
        }

        if (textAsObject is null)
        {
            return this;
        }

        var text = ObjectToString(textAsObject) ?? string.Empty;
        return base.Write(span, Html.Escape(text));
    }
}
