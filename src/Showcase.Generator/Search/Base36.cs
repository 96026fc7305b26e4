namespace Showcase.Generator.Search;

/// <summary>Short document refs: a document's ordinal in base 36, lower-case ("0" … "z", "10" …).</summary>
public static class Base36
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Encode(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Span<char> buffer = stackalloc char[8];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Digits[value % 36];
            value /= 36;
        }
        while (value > 0);

        return new string(buffer[i..]);
    }
}
