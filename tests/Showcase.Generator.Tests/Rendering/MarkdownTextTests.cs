using Markdig;
using Markdig.Renderers;
using Showcase.Generator.Rendering;

namespace Showcase.Generator.Tests.Rendering;

/// <summary>
/// The plain text of a story (what search indexes) is gathered in one walk of the parsed tree; it must say what
/// Markdig's own plain-text rendering of the same tree says, whitespace collapsed.
/// </summary>
public sealed class MarkdownTextTests
{
    public static TheoryData<string> Stories =>
    [
        "# Mỗi tuần một việc tốt\n\nChi bộ *khu phố* **3** tổ chức `dọn vệ sinh`.",
        "- Một\n- Hai\n  - Hai chấm một\n\n1. Ba\n2. Bốn",
        "> Trích lời Bác:\n> \"Việc gì có lợi cho dân, ta phải hết sức làm.\"",
        "Dòng một  \nDòng hai\\\nDòng ba\nDòng bốn",
        "```\nmã nguồn  giữ   nguyên\n```\n\n    thụt lề\n\nSau mã.",
        "| Năm | Số hộ |\n|---|---:|\n| 2023 | 120 |\n| 2024 | 135 |\n\nSau bảng.",
        "Xem [trang thành phố](https://example.org/a \"tiêu đề\") và ![ảnh đoàn viên](media/a.png).",
        "Tự động <https://example.org/x> và www.example.org và thư <mailto:a@b.vn>.",
        "&amp; &copy; &#273; &ThisIsNotAnEntity;",
        "~~gạch~~ ^trên^ ~dưới~ ++chèn++ ==đánh dấu==",
        "Term\n:   Định nghĩa\n\n---\n\n<div>html</div>",
        "",
        "   \n\n  ",
    ];

    [Theory]
    [MemberData(nameof(Stories))]
    public void Plain_text_is_Markdigs_plain_rendering_collapsed(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownRenderer.Pipeline);

        Assert.Equal(Reference(markdown), MarkdownRenderer.ToPlainText(document));
    }

    [Fact]
    public void Blocks_and_inlines_become_words_separated_by_one_space()
    {
        var document = Markdown.Parse("## Kết quả\n\nĐã trồng **1.200** cây\nxanh.\n\n- `tổ 5`\n- tổ 6", MarkdownRenderer.Pipeline);

        Assert.Equal("Kết quả Đã trồng 1.200 cây xanh. tổ 5 tổ 6", MarkdownRenderer.ToPlainText(document));
    }

    private static string Reference(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownRenderer.Pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(markdown, MarkdownRenderer.Pipeline));
        return string.Join(' ', writer.ToString().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
