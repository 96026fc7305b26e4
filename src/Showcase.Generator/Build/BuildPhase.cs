namespace Showcase.Generator.Build;

/// <summary>The phases of a build, in order; the CLI names them for people.</summary>
public enum BuildPhase
{
    Read,
    Load,
    Validate,
    Model,
    Render,
    Search,
    Plan,
    Write,
}
