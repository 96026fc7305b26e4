namespace Showcase.Bench.Hugo;

/// <summary>hugo.toml for the comparable site: lists paged by 20, three taxonomies, sitemap and one feed.</summary>
public static class HugoConfig
{
    public static string Toml(string baseUrl, string title, string organization) => $$"""
        baseURL = "{{baseUrl}}"
        languageCode = "vi"
        title = {{Toml(title)}}
        theme = "bench"
        paginate = 20
        paginatePath = "trang"
        enableRobotsTXT = false
        disableHugoGeneratorInject = true

        [params]
          organization = {{Toml(organization)}}

        [taxonomies]
          linh-vuc = "linh-vuc"
          don-vi = "don-vi"
          nam = "nam"

        [outputs]
          home = ["HTML", "RSS"]
          section = ["HTML"]
          taxonomy = ["HTML"]
          term = ["HTML"]

        [services.rss]
          limit = 50

        [sitemap]
          changefreq = "weekly"

        """;

    private static string Toml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
