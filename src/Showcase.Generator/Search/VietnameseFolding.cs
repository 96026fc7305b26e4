using System.Globalization;
using System.Text;

namespace Showcase.Generator.Search;

/// <summary>
/// The search's one text folding, identical to <c>themes/default/assets/js/fold.js</c> (a test runs both on every
/// assigned code point). <see cref="Fold"/>: NFD; drop the combining diacritical marks (U+0300–036F, 1AB0–1AFF,
/// 1DC0–1DFF, 20D0–20FF, FE20–FE2F); đ/Đ → d; lower-case; final sigma ς → σ; trim everything but letters, marks
/// and decimal digits at both ends; NFC. No stemmer, no stop words.
/// <see cref="Tokenize(string?)"/> is lunr's default tokenizer (split on <c>/[\s\-]+/</c>, JavaScript's \s) followed
/// by <see cref="Fold"/>, empty tokens dropped: the indexing pipeline of every index this project writes.
/// </summary>
public static class VietnameseFolding
{
    /// <summary>The label the folding is registered under in lunr's pipeline.</summary>
    public const string PipelineLabel = "vnFold";

    private const ushort Slow = 0;
    private const ushort Drop = 1;

    // For each char below U+2000: the ASCII char it folds to alone, Drop for a diacritic, Slow when the full path
    // is needed. Filled once by the type initializer, read-only after.
    private static readonly ushort[] FastTable = BuildFastTable();

    /// <summary>Folds one word (or any text, which is then not split).</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        return TryFoldFast(word, buffer, out var length) ? new string(buffer[..length]) : FoldSlow(word);
    }

    /// <summary>
    /// Folds one word without allocating when it can: the result is in <paramref name="buffer"/> (at least as long
    /// as the word) or, for words that need Unicode normalization, in a new string.
    /// </summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer) =>
        TryFoldFast(word, buffer, out var length) ? buffer[..length] : FoldSlow(word.ToString());

    /// <summary>Splits like lunr.tokenizer and folds each piece; empty results are dropped.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Splits like lunr.tokenizer and folds each piece into <paramref name="into"/>.</summary>
    public static void Tokenize(string? text, List<string> into)
    {
        var start = 0;
        while (NextPiece(text, ref start, out var piece))
        {
            var folded = Fold(piece.ToString());
            if (folded.Length > 0)
            {
                into.Add(folded);
            }
        }
    }

    /// <summary>
    /// The next piece of <paramref name="text"/> between lunr's separators, from <paramref name="start"/> on
    /// (which it advances); false at the end. Pieces are not folded and may fold to nothing.
    /// </summary>
    public static bool NextPiece(string? text, ref int start, out ReadOnlySpan<char> piece)
    {
        piece = default;
        if (text is null)
        {
            return false;
        }

        while (start < text.Length && IsSeparator(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return false;
        }

        var end = start;
        while (end < text.Length && !IsSeparator(text[end]))
        {
            end++;
        }

        piece = text.AsSpan(start, end - start);
        start = end;
        return true;
    }

    /// <summary>lunr.tokenizer.separator, <c>/[\s\-]+/</c>, for one UTF-16 unit: JavaScript's \s or a hyphen-minus.</summary>
    public static bool IsSeparator(char c) => c switch
    {
        '-' or ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    private static bool TryFoldFast(ReadOnlySpan<char> word, Span<char> buffer, out int length)
    {
        length = 0;
        foreach (var c in word)
        {
            var mapped = c < FastTable.Length ? FastTable[c] : Slow;
            if (mapped == Slow)
            {
                return false;
            }

            if (mapped != Drop)
            {
                buffer[length++] = (char)mapped;
            }
        }

        var start = 0;
        while (start < length && !char.IsAsciiLetterOrDigit(buffer[start]))
        {
            start++;
        }

        var end = length;
        while (end > start && !char.IsAsciiLetterOrDigit(buffer[end - 1]))
        {
            end--;
        }

        if (start > 0)
        {
            buffer[start..end].CopyTo(buffer);
        }

        length = end - start;
        return true;
    }

    private static string FoldSlow(string word)
    {
        var decomposed = NormalizeLenient(word, NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (!IsStrippedMark(c))
            {
                stripped.Append(c is 'đ' or 'Đ' ? 'd' : c);
            }
        }

        var lower = stripped.ToString().ToLowerInvariant().Replace('ς', 'σ');
        var trimmed = TrimToWord(lower);
        return NormalizeLenient(trimmed, NormalizationForm.FormC);
    }

    private static bool IsStrippedMark(char c) =>
        c is >= '\u0300' and <= '\u036F' or >= '\u1AB0' and <= '\u1AFF' or >= '\u1DC0' and <= '\u1DFF'
            or >= '\u20D0' and <= '\u20FF' or >= '\uFE20' and <= '\uFE2F';

    private static string TrimToWord(string s)
    {
        var start = 0;
        while (start < s.Length)
        {
            var width = CodePointAt(s, start, out var category);
            if (IsWordCategory(category))
            {
                break;
            }

            start += width;
        }

        var end = s.Length;
        while (end > start)
        {
            var width = CodePointBefore(s, end, out var category);
            if (IsWordCategory(category))
            {
                break;
            }

            end -= width;
        }

        return s[start..end];
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    private static int CodePointAt(string s, int index, out UnicodeCategory category)
    {
        if (char.IsHighSurrogate(s[index]) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(s[index], s[index + 1]));
            return 2;
        }

        category = CharUnicodeInfo.GetUnicodeCategory(s[index]);
        return 1;
    }

    private static int CodePointBefore(string s, int end, out UnicodeCategory category)
    {
        if (char.IsLowSurrogate(s[end - 1]) && end >= 2 && char.IsHighSurrogate(s[end - 2]))
        {
            category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(s[end - 2], s[end - 1]));
            return 2;
        }

        category = CharUnicodeInfo.GetUnicodeCategory(s[end - 1]);
        return 1;
    }

    // string.Normalize throws on a lone surrogate, where JavaScript's normalize() keeps it as it is; a lone
    // surrogate is a starter with no decomposition, so normalizing the runs between them gives JavaScript's result.
    private static string NormalizeLenient(string s, NormalizationForm form)
    {
        if (!HasLoneSurrogate(s))
        {
            return s.IsNormalized(form) ? s : s.Normalize(form);
        }

        var result = new StringBuilder(s.Length);
        var runStart = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s, i))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(s[i]))
            {
                result.Append(s.AsSpan(runStart, i - runStart).ToString().Normalize(form)).Append(s[i]);
                runStart = i + 1;
            }
        }

        return result.Append(s[runStart..].Normalize(form)).ToString();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s, i))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static ushort[] BuildFastTable()
    {
        // Up to the end of General Punctuation: Vietnamese text quotes with “ ” and dashes with –, which would
        // otherwise send every quoted or dashed word down the slow path.
        var table = new ushort[0x2070];
        for (var c = 2; c < 0x80; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        for (var c = 0x80; c < table.Length; c++)
        {
            var ch = (char)c;
            if (IsStrippedMark(ch))
            {
                table[c] = Drop;
                continue;
            }

            if (ch is 'đ' or 'Đ')
            {
                table[c] = 'd';
                continue;
            }

            if (char.IsSurrogate(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0]) && decomposed.Skip(1).All(IsStrippedMark))
            {
                table[c] = char.ToLowerInvariant(decomposed[0]);
            }
            else if (decomposed.Length == 1 && !IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(decomposed[0]))
                && char.ToLowerInvariant(decomposed[0]) == decomposed[0] && decomposed[0].ToString().IsNormalized(NormalizationForm.FormC))
            {
                // Punctuation, spaces, symbols: kept as they are (NFD and NFC leave them so), trimmed at a word's edges
                // like ASCII punctuation, since they are not letters or digits.
                table[c] = decomposed[0];
            }
        }

        return table;
    }
}
