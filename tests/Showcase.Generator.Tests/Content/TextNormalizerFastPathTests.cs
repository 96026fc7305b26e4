using System.Text;
using Showcase.Generator.Content;

namespace Showcase.Generator.Tests.Content;

public sealed class TextNormalizerFastPathTests
{
    [Fact]
    public void Every_character_the_fast_path_takes_as_NFC_is_NFC_alone_and_after_any_base_letter()
    {
        for (var c = 0; c < 0x10000; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch) || !TextNormalizer.IsPlainlyNfc([ch]))
            {
                continue;
            }

            foreach (var before in new[] { "", "a", "e", "o", "u", "A", "ơ", "ư", "ế", " " })
            {
                var text = before + ch;
                Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{c:X4} after \"{before}\" is not NFC");
            }
        }
    }

    [Theory]
    [InlineData("Mỗi tuần một việc tốt – “Dân vận khéo”")]
    [InlineData("Chi bộ khu phố 3, phường Lộc Tiến…")]
    public void Vietnamese_text_takes_the_fast_path(string text) => Assert.True(TextNormalizer.IsPlainlyNfc(text));

    [Fact]
    public void Text_in_NFD_does_not_take_the_fast_path_and_is_made_NFC()
    {
        var nfd = "Mỗi tuần một việc tốt".Normalize(NormalizationForm.FormD);
        Assert.False(TextNormalizer.IsPlainlyNfc(nfd));
        Assert.Equal("Mỗi tuần một việc tốt", TextNormalizer.Normalize(nfd));
    }
}
