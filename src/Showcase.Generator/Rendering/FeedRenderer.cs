using System.Globalization;
using System.Text;
using System.Xml;
using Showcase.Generator.Site;

namespace Showcase.Generator.Rendering;

/// <summary>An Atom feed of the newest models. Dates come from the content and the build date, never the clock.</summary>
public static class FeedRenderer
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Render(SiteModel site, int size)
    {
        var b = site.BaseUrl;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "vi");
            xml.WriteElementString("title", Atom, site.Config.Title);
            xml.WriteElementString("subtitle", Atom, site.Config.Organization);
            xml.WriteElementString("id", Atom, b.Absolute(Urls.Home));
            xml.WriteElementString("updated", Atom, Stamp(site.Today));
            Link(xml, b.Absolute(Urls.Feed), "self");
            Link(xml, b.Absolute(Urls.Home), "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Config.Publisher.Length > 0 ? site.Config.Publisher : site.Config.Organization);
            xml.WriteEndElement();
            foreach (var model in site.Models.Take(size))
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, model.Title);
                xml.WriteElementString("id", Atom, b.Absolute(model.Url));
                Link(xml, b.Absolute(model.Url), "alternate");
                xml.WriteElementString("updated", Atom, Stamp(Updated(model)));
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, model.Unit.Name);
                xml.WriteEndElement();
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", model.Category.Id);
                xml.WriteAttributeString("label", model.Category.Name);
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, model.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>The latest dated event of a model (an award), else 1 January of its year.</summary>
    private static DateOnly Updated(Model model) =>
        model.Awards.Select(a => a.IsoDate).OfType<string>()
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .DefaultIfEmpty(new DateOnly(model.Year, 1, 1)).Max();

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
