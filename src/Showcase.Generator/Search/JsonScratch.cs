using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Showcase.Generator.Search;

/// <summary>
/// Composes JSON as bytes straight into a buffer, numbers and strings as JSON.stringify writes them; the caller
/// writes the punctuation. The index writer's hot loops use it instead of a JSON writer and its per-token
/// bookkeeping.
/// </summary>
internal sealed class JsonScratch
{
    private readonly ArrayBufferWriter<byte> buffer;
    private readonly Dictionary<double, byte[]> numbers = new();

    /// <summary>Writes straight into <paramref name="buffer"/> (a whole document composed value by value).</summary>
    public JsonScratch(ArrayBufferWriter<byte> buffer) => this.buffer = buffer;

    public void Raw(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);

    public void Raw(byte b)
    {
        buffer.GetSpan(1)[0] = b;
        buffer.Advance(1);
    }

    public void Integer(int value)
    {
        Utf8Formatter.TryFormat(value, buffer.GetSpan(11), out var written);
        buffer.Advance(written);
    }

    public void Number(double value)
    {
        // Scores are rounded to thousandths (Math.round(x·1000)/1000): k/1000 is then the shortest decimal that reads
        // back as the same double, which is what JavaScript writes, so it is written from k's digits directly.
        var thousandths = Math.Round(value * 1000);
        if (thousandths is >= 0 and < 1e12 && thousandths / 1000 == value)
        {
            Thousandths((long)thousandths);
            return;
        }

        if (!numbers.TryGetValue(value, out var bytes))
        {
            bytes = Encoding.ASCII.GetBytes(JsJson.FormatNumber(value));
            numbers.Add(value, bytes);
        }

        buffer.Write(bytes);
    }

    private void Thousandths(long thousandths)
    {
        var span = buffer.GetSpan(24);
        Utf8Formatter.TryFormat(thousandths / 1000, span, out var written);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            span[written++] = (byte)'.';
            span[written++] = (byte)('0' + (fraction / 100));
            fraction %= 100;
            if (fraction != 0)
            {
                span[written++] = (byte)('0' + (fraction / 10));
                fraction %= 10;
                if (fraction != 0)
                {
                    span[written++] = (byte)('0' + fraction);
                }
            }
        }

        buffer.Advance(written);
    }

    /// <summary>A string as JSON.stringify writes it, quotes included.</summary>
    public void String(string value)
    {
        if (JsJson.IsPlainAscii(value))
        {
            PlainString(value);
        }
        else
        {
            JsJson.AppendQuoted(buffer, value);
        }
    }

    /// <summary>A string known to need no escaping (checked by the caller), quotes included.</summary>
    private void PlainString(string value)
    {
        Raw((byte)'"');
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(value, span));
        Raw((byte)'"');
    }
}
