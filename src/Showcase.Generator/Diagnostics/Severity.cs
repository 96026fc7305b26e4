namespace Showcase.Generator.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
