using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Showcase.Generator.Search;

/// <summary>
/// JSON text exactly as JavaScript's JSON.stringify writes it: numbers as Number.prototype.toString gives them
/// (shortest round trip; <c>1e-7</c>, <c>1e+21</c>, <c>1</c> not <c>1.0</c>), strings escaping only <c>"</c>,
/// <c>\</c>, control characters (lower-case hex) and lone surrogates. Values are written raw into a
/// <see cref="Utf8JsonWriter"/>; property names go through the writer and must be plain ASCII.
/// </summary>
public static class JsJson
{
    /// <summary>Options for a compact writer whose property names pass through unescaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = false,
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A number as JSON.stringify writes it; NaN and infinities become <c>null</c>.</summary>
    public static string FormatNumber(double value)
    {
        Span<char> buffer = stackalloc char[32];
        return new string(buffer[..FormatNumber(value, buffer)]);
    }

    /// <summary>Writes a number as JSON.stringify would.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            writer.WriteNumberValue((long)value);
            return;
        }

        Span<char> chars = stackalloc char[32];
        var length = FormatNumber(value, chars);
        Span<byte> bytes = stackalloc byte[32];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)chars[i];
        }

        writer.WriteRawValue(bytes[..length], skipInputValidation: true);
    }

    /// <summary>Writes a string value as JSON.stringify would.</summary>
    public static void WriteString(Utf8JsonWriter writer, string value)
    {
        if (value.Length <= 200 && IsPlainAscii(value))
        {
            Span<byte> quoted = stackalloc byte[value.Length + 2];
            quoted[0] = (byte)'"';
            for (var i = 0; i < value.Length; i++)
            {
                quoted[i + 1] = (byte)value[i];
            }

            quoted[^1] = (byte)'"';
            writer.WriteRawValue(quoted, skipInputValidation: true);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(value.Length + 8);
        AppendQuoted(buffer, value);
        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }

    /// <summary>A string as a JSON.stringify literal, quotes included.</summary>
    public static string Quote(string value)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 8);
        AppendQuoted(buffer, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>True when JSON.stringify writes the string as it is, between quotes (printable ASCII, no quote or backslash).</summary>
    public static bool IsPlainAscii(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E || c is '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    internal static void AppendQuoted(ArrayBufferWriter<byte> buffer, string value)
    {
        var escaped = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': escaped.Append("\\\""); break;
                case '\\': escaped.Append("\\\\"); break;
                case '\b': escaped.Append("\\b"); break;
                case '\f': escaped.Append("\\f"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                default:
                    if (c < 0x20 || (char.IsSurrogate(c) && !char.IsSurrogatePair(value, i) && !(i > 0 && char.IsSurrogatePair(value, i - 1))))
                    {
                        escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        var text = escaped.Append('"').ToString();
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private static int FormatNumber(double value, Span<char> output)
    {
        if (!double.IsFinite(value))
        {
            "null".CopyTo(output);
            return 4;
        }

        if (value == 0)
        {
            output[0] = '0';
            return 1;
        }

        Span<char> round = stackalloc char[40];
        value.TryFormat(round, out var written, "R", CultureInfo.InvariantCulture);
        var text = round[..written];
        var length = 0;
        if (text[0] == '-')
        {
            output[length++] = '-';
            text = text[1..];
        }

        // Split the shortest round-trip text into its significant digits and n, the position of the decimal point.
        Span<char> digits = stackalloc char[32];
        var digitCount = 0;
        var pointAt = -1;
        var exponent = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                pointAt = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[digitCount++] = c;
            }
        }

        var n = (pointAt < 0 ? digitCount : pointAt) + exponent;
        var first = 0;
        while (first < digitCount - 1 && digits[first] == '0')
        {
            first++;
            n--;
        }

        while (digitCount - 1 > first && digits[digitCount - 1] == '0')
        {
            digitCount--;
        }

        var k = digitCount - first;
        var d = digits[first..digitCount];
        return length + WriteDigits(d, k, n, output[length..]);
    }

    // ECMAScript Number::toString for digits d (k of them) and decimal point position n.
    private static int WriteDigits(ReadOnlySpan<char> d, int k, int n, Span<char> output)
    {
        var length = 0;
        if (k <= n && n <= 21)
        {
            d.CopyTo(output);
            length = k;
            for (var i = 0; i < n - k; i++)
            {
                output[length++] = '0';
            }
        }
        else if (0 < n && n <= 21)
        {
            d[..n].CopyTo(output);
            output[n] = '.';
            d[n..].CopyTo(output[(n + 1)..]);
            length = k + 1;
        }
        else if (-6 < n && n <= 0)
        {
            output[length++] = '0';
            output[length++] = '.';
            for (var i = 0; i < -n; i++)
            {
                output[length++] = '0';
            }

            d.CopyTo(output[length..]);
            length += k;
        }
        else
        {
            output[length++] = d[0];
            if (k > 1)
            {
                output[length++] = '.';
                d[1..].CopyTo(output[length..]);
                length += k - 1;
            }

            output[length++] = 'e';
            output[length++] = n - 1 >= 0 ? '+' : '-';
            var e = Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
            e.CopyTo(output[length..]);
            length += e.Length;
        }

        return length;
    }
}
