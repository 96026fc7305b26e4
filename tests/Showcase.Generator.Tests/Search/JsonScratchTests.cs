using System.Text;
using Showcase.Generator.Search;

namespace Showcase.Generator.Tests.Search;

public sealed class JsonScratchTests
{
    [Fact]
    public void Scores_are_written_as_javascript_writes_them()
    {
        var values = Enumerable.Range(0, 300_001).Select(k => k / 1000.0)
            .Concat([0.1 + 0.2, 1e-7, 123456789.0125, 1e21, 2.5e-5, 7.0 / 3, 1e12 / 1000 + 0.001, 999999999.999]);
        foreach (var value in values)
        {
            Assert.Equal(JsJson.FormatNumber(value), Written(value));
        }
    }

    private static string Written(double value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        new JsonScratch(buffer).Number(value);
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }
}
