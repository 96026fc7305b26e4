using System.Text;
using System.Xml;
using Showcase.Generator.Site;

namespace Showcase.Generator.Rendering;

/// <summary>sitemap.xml of every listed page, in the order pages were planned.</summary>
public static class SitemapRenderer
{
    public static byte[] Render(IEnumerable<Page> pages, BaseUrl baseUrl)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => p.InSitemap))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", baseUrl.Absolute(page.Url));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
