namespace Showcase.Generator.Output;

/// <summary>
/// Takes the files of a site as the build makes them, so that they can be written while the rest is still being
/// made (<c>OutputWriter.Begin</c>). Thread-safe. A path given twice is an error, as in <see cref="OutputPlan"/>.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
