using Showcase.Bench.Text;

namespace Showcase.Bench.Corpus;

/// <summary>
/// The whole content tree for a spec, as a stream of files in a fixed order. Each part draws
/// from its own forked random stream, so adding a field to models does not change the units.
/// </summary>
public static class CorpusGenerator
{
    public static IEnumerable<GeneratedFile> Generate(CorpusSpec spec)
    {
        var root = new SplitMix64(spec.Seed);
        var unitRng = root.Fork(1);
        var mediaRng = root.Fork(2);
        var standardsRng = root.Fork(3);
        var modelRng = root.Fork(4);

        var units = new UnitGenerator(unitRng).Generate(spec.Units);
        foreach (var file in SiteFiles.Generate(units))
        {
            yield return file;
        }

        var images = new List<string>(spec.Images);
        for (int i = 1; i <= spec.Images; i++)
        {
            var path = $"media/anh-{i:D4}.png";
            images.Add(path);
            var from = ((byte)mediaRng.Next(256), (byte)mediaRng.Next(256), (byte)mediaRng.Next(256));
            var to = ((byte)mediaRng.Next(256), (byte)mediaRng.Next(256), (byte)mediaRng.Next(256));
            yield return new GeneratedFile(path, PngWriter.Gradient(160, 120, from, to));
        }

        foreach (var file in new StandardsGenerator(standardsRng).Generate(units, spec.Standards))
        {
            yield return file;
        }
        foreach (var file in new ModelGenerator(spec, units, images, modelRng).Generate())
        {
            yield return file;
        }
    }
}
