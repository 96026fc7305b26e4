namespace Showcase.Tests.Shared;

/// <summary>
/// A small content tree written inline, as Hugo's tests do: sections headed <c>-- path --</c>, each followed by the
/// file's text (a section whose only line is "(xóa)" removes the file). <see cref="Minimal"/> is a valid site to start
/// from; cases add or replace files.
/// </summary>
public static class MiniSite
{
    public const string Minimal = """
        -- site.yaml --
        title: "Mô hình hay"
        organization: "Đảng bộ thành phố Bảo Lộc"
        publisher: "Ban Tuyên giáo Thành ủy"
        base_url: "https://example.gov.vn/mo-hinh/"
        place: "Bảo Lộc"
        -- units.yaml --
        - id: van-phong
          name: "Chi bộ Văn phòng Thành ủy"
          kind: dang-doan-the
        - id: phuong-1
          name: "Đảng bộ Phường 1"
          kind: xa-phuong-thi-tran
          parent: van-phong
        -- categories.yaml --
        - id: an-sinh-xa-hoi
          name: "An sinh xã hội"
        - id: cai-cach-hanh-chinh
          name: "Cải cách hành chính và phục vụ nhân dân"
        -- forms.yaml --
        - id: bm1
          number: "BIỂU MẪU 1"
          title: "THỐNG KÊ CÁC MÔ HÌNH"
        -- models/2024/viec-tot.md --
        ---
        title: "Mỗi tuần làm một việc tốt"
        summary: "Chăm lo cho gia đình chính sách, hộ khó khăn, học sinh nghèo hiếu học."
        unit: van-phong
        category: an-sinh-xa-hoi
        year: 2024
        forms: [bm1]
        ---

        Chi bộ phát động **mỗi tuần một việc tốt**.
        -- standards/van-phong.yaml --
        unit: van-phong
        title: "Chuẩn mực đạo đức cán bộ, đảng viên"
        items:
          - "Trung thành, trách nhiệm"
          - "Liêm chính, tận tụy"
        """;

    /// <summary>Parses <c>-- path --</c> sections into files; a later section replaces an earlier one of the same path.</summary>
    public static IReadOnlyDictionary<string, string> Parse(params string[] texts)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            string? current = null;
            var lines = new List<string>();
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
                {
                    Flush();
                    current = line[3..^3].Trim();
                    lines.Clear();
                }
                else if (current is not null)
                {
                    lines.Add(line);
                }
            }

            Flush();

            void Flush()
            {
                if (current is null)
                {
                    return;
                }

                if (lines.Count == 1 && lines[0] == "(xóa)")
                {
                    files.Remove(current);
                    return;
                }

                files[current] = string.Join('\n', lines).TrimEnd('\n') + "\n";
            }
        }

        return files;
    }

    /// <summary>Writes the files under <paramref name="root"/>.</summary>
    public static void Write(string root, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <summary>The files as the generator's reader would give them, without touching the disk.</summary>
    public static Showcase.Generator.Content.ContentSource Source(params string[] texts)
    {
        var files = Parse(texts);
        var text = files.Where(f => !f.Key.StartsWith("media/", StringComparison.Ordinal))
            .Select(f => new Showcase.Generator.Content.SourceFile(f.Key, Showcase.Generator.Content.TextNormalizer.Normalize(f.Value)))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var media = files.Where(f => f.Key.StartsWith("media/", StringComparison.Ordinal))
            .Select(f => new Showcase.Generator.Content.MediaFile(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value)))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new Showcase.Generator.Content.ContentSource("/mini", text, media, Exists: true);
    }
}
