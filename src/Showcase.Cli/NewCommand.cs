using System.CommandLine;
using Showcase.Generator.Content;
using Showcase.Generator.Content.Io;
using Showcase.Generator.Diagnostics;

namespace Showcase.Cli;

/// <summary>
/// <c>showcase new model|standards</c>: a new content file with every field documented, after checking that the
/// unit and field it names exist; never over an existing file.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("new", "Tạo tệp nội dung mới từ mẫu có sẵn ghi chú cho từng trường.\n\nVí dụ:\n  showcase new model \"Mỗi tuần làm một việc tốt\" --unit van-phong-thanh-uy --category an-sinh-xa-hoi\n  showcase new standards van-phong-thanh-uy");
        command.Subcommands.Add(CreateModel(output, error));
        command.Subcommands.Add(CreateStandards(output, error));
        return command;
    }

    private static Command CreateModel(TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("tên") { Description = "Tên mô hình, tiếng Việt có dấu; tên tệp được lấy từ đây (bỏ dấu, đ → d)" };
        var unit = new Option<string>("--unit", "-u") { Description = "Mã đơn vị trong units.yaml", Required = true, HelpName = "mã" };
        var category = new Option<string>("--category", "-k") { Description = "Mã lĩnh vực trong categories.yaml", Required = true, HelpName = "mã" };
        var year = new Option<int?>("--year", "-y") { Description = "Năm bắt đầu thực hiện (mặc định: năm nay); tệp được đặt trong models/<năm>/", HelpName = "năm" };
        var content = CommonOptions.Content();
        var command = new Command(
            "model",
            "Tạo bài mô hình mới models/<năm>/<tên-không-dấu>.md, không ghi đè tệp đã có.\n\n" +
            "Ví dụ:\n" +
            "  showcase new model \"Mỗi tuần làm một việc tốt\" --unit van-phong-thanh-uy --category an-sinh-xa-hoi\n" +
            "  showcase new model \"Heo đất tiết kiệm\" -u phuong-1 -k an-sinh-xa-hoi --year 2023")
        {
            title, unit, category, year, content,
        };
        command.SetAction(parse => RunModel(
            parse.GetValue(content)!, parse.GetValue(title)!, parse.GetValue(unit)!, parse.GetValue(category)!,
            parse.GetValue(year) ?? CommonOptions.Today().Year, output, error));
        return command;
    }

    private static Command CreateStandards(TextWriter output, TextWriter error)
    {
        var unit = new Argument<string>("mã-đơn-vị") { Description = "Mã đơn vị trong units.yaml" };
        var content = CommonOptions.Content();
        var command = new Command(
            "standards",
            "Tạo tệp chuẩn mực đạo đức standards/<mã-đơn-vị>.yaml cho một đơn vị, không ghi đè tệp đã có.\n\n" +
            "Ví dụ:\n" +
            "  showcase new standards van-phong-thanh-uy")
        {
            unit, content,
        };
        command.SetAction(parse => RunStandards(parse.GetValue(content)!, parse.GetValue(unit)!, output, error));
        return command;
    }

    public static int RunModel(string contentDir, string title, string unitId, string categoryId, int year, TextWriter output, TextWriter error)
    {
        title = TextNormalizer.Normalize(title).Trim();
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            error.WriteLine($"lỗi: tên mô hình \"{title}\" không có chữ hay số nào để làm tên tệp. Hãy đặt tên khác.");
            return CliApp.UsageError;
        }

        if (year is < 2000 or > 2100)
        {
            error.WriteLine($"lỗi: --year phải là một năm từ 2000 đến 2100 (đang là {year}).");
            return CliApp.UsageError;
        }

        if (Load(contentDir, error) is not { } set)
        {
            return CliApp.ContentErrors;
        }

        var unit = Find(set.Units, u => u.Id, unitId, "đơn vị", "units.yaml", "--unit", error);
        var category = Find(set.Categories, c => c.Id, categoryId, "lĩnh vực", "categories.yaml", "--category", error);
        if (unit is null || category is null)
        {
            return CliApp.ContentErrors;
        }

        var path = $"models/{year}/{slug}.md";
        var sameSlug = ContentReader.ListFiles(contentDir, "models").FirstOrDefault(p => Path.GetFileNameWithoutExtension(p) == slug && p.EndsWith(".md", StringComparison.Ordinal));
        if (sameSlug is not null && sameSlug != path)
        {
            error.WriteLine($"lỗi: đã có mô hình cùng đường dẫn /mo-hinh/{slug}/ ở {Shown(contentDir, sameSlug)}. Hãy đặt tên khác hoặc sửa tệp đó.");
            return CliApp.ContentErrors;
        }

        var text = ContentScaffold.Model(title, unit, category, year, set.Forms);
        return Write(contentDir, path, text, "Hãy điền 'summary' và viết câu chuyện sau dòng --- cuối, rồi chạy: showcase check", output, error);
    }

    public static int RunStandards(string contentDir, string unitId, TextWriter output, TextWriter error)
    {
        if (Load(contentDir, error) is not { } set)
        {
            return CliApp.ContentErrors;
        }

        if (Find(set.Units, u => u.Id, unitId, "đơn vị", "units.yaml", "mã đơn vị", error) is not { } unit)
        {
            return CliApp.ContentErrors;
        }

        var other = ContentReader.ListFiles(contentDir, "standards").FirstOrDefault(p => Path.GetFileNameWithoutExtension(p) == unit.Id);
        if (other is not null && other != $"standards/{unit.Id}.yaml")
        {
            error.WriteLine($"lỗi: đơn vị \"{unit.Id}\" đã có chuẩn mực ở {Shown(contentDir, other)}; mỗi đơn vị một tệp.");
            return CliApp.ContentErrors;
        }

        return Write(contentDir, $"standards/{unit.Id}.yaml", ContentScaffold.Standards(unit), "Hãy điền 'items' (từ 1 đến 12 cụm từ), rồi chạy: showcase check", output, error);
    }

    /// <summary>Reads the lists a new file refers to: units, categories, forms. Null (after saying why) when they cannot be read.</summary>
    private static ContentSet? Load(string contentDir, TextWriter error)
    {
        var source = ContentReader.ReadFiles(contentDir, ["units.yaml", "categories.yaml", "forms.yaml"]);
        if (!source.Exists)
        {
            error.WriteLine($"lỗi: không tìm thấy thư mục nội dung {contentDir}. Hãy chỉ đúng thư mục bằng --content.");
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var set = ContentParser.Parse(source, diagnostics);
        var problems = diagnostics.ToSortedList().Where(d => d.IsError && d.Span.Path != "site.yaml").ToList();
        if (problems.Count > 0)
        {
            error.Write(DiagnosticText.Format(problems, source));
            error.WriteLine("Hãy sửa các lỗi trên trước khi tạo tệp mới.");
            return null;
        }

        return set;
    }

    private static T? Find<T>(IReadOnlyList<T> items, Func<T, string> id, string wanted, string what, string file, string option, TextWriter error)
        where T : class
    {
        if (items.FirstOrDefault(i => id(i) == wanted) is { } found)
        {
            return found;
        }

        var hint = EditDistance.Nearest(wanted, items.Select(id)) is { } nearest ? $" Có phải ý bạn là \"{nearest}\"?" : string.Empty;
        error.WriteLine($"lỗi: {option} \"{wanted}\": không có {what} này trong {file}.{hint} Các mã có: {string.Join(", ", items.Select(id).Take(30))}{(items.Count > 30 ? ", ..." : string.Empty)}.");
        return null;
    }

    private static int Write(string contentDir, string path, string text, string next, TextWriter output, TextWriter error)
    {
        if (!ContentWriter.CreateNew(contentDir, path, text))
        {
            error.WriteLine($"lỗi: tệp {Shown(contentDir, path)} đã có; showcase không ghi đè. Hãy sửa tệp đó, hoặc đặt tên khác.");
            return CliApp.ContentErrors;
        }

        output.WriteLine($"Đã tạo {Shown(contentDir, path)}. {next}");
        return CliApp.Success;
    }

    private static string Shown(string contentDir, string path) => $"{contentDir.Replace('\\', '/').TrimEnd('/')}/{path}";
}
