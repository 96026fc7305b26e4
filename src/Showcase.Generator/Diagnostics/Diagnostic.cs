namespace Showcase.Generator.Diagnostics;

/// <summary>
/// One problem in content or theme, reported to the editor as
/// <c>path:line:column: lỗi SG1003: message</c>. Codes: SG1xxx content, SG2xxx references
/// and links, SG3xxx templates, SG4xxx output.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    /// <summary>The offending source line, shown under the message with a caret, when known.</summary>
    public string? SourceLine { get; init; }

    public bool IsError => Severity == Severity.Error;

    public string SeverityWord => Severity == Severity.Error ? "lỗi" : "cảnh báo";

    public override string ToString() => $"{Span}: {SeverityWord} {Code}: {Message}";
}
