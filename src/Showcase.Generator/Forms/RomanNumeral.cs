using System.Text;

namespace Showcase.Generator.Forms;

/// <summary>I, II, III, IV…: how Vietnamese reports number the sections of a consolidated table.</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Symbol)[] Symbols =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var builder = new StringBuilder();
        foreach (var (value, symbol) in Symbols)
        {
            for (; number >= value; number -= value)
            {
                builder.Append(symbol);
            }
        }

        return builder.ToString();
    }
}
