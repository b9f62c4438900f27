using System.Globalization;
using System.Text;
using System.Xml;
using Anshin.Web.Areas.Knowledge.Model;

namespace Anshin.Web.Areas.Knowledge.Feeds;

/// <summary>What a feed says about itself; <see cref="SiteUrl"/> has no trailing slash.</summary>
public sealed record FeedInfo(string Title, string Description, string Language, string SiteUrl, string SelfUrl, string ListUrl);

/// <summary>
/// RSS 2.0 and Atom (RFC 4287) documents for a list of published articles, newest first: the title, the summary, the
/// address of the article page, and its publication and update times. Only well-formed XML leaves here (XmlWriter with
/// character checking), so a stray control character in a title cannot break a reader.
/// </summary>
public static class FeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Rss(FeedInfo feed, IReadOnlyList<Article> articles)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", feed.ListUrl);
            xml.WriteElementString("description", feed.Description);
            xml.WriteElementString("language", feed.Language);
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", feed.SelfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            if (articles.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", Rfc822(articles.Max(Updated)));
            }

            foreach (var a in articles)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", Clean(a.Title));
                xml.WriteElementString("link", ArticleUrl(feed, a));
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(ArticleUrl(feed, a));
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(a.PublishAt!.Value));
                xml.WriteElementString("description", Clean(a.Summary));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    public static string Atom(FeedInfo feed, IReadOnlyList<Article> articles, DateTime emptyFeedUpdated)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
            xml.WriteElementString("id", AtomNamespace, feed.SelfUrl);
            xml.WriteElementString("title", AtomNamespace, feed.Title);
            xml.WriteElementString("subtitle", AtomNamespace, feed.Description);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(articles.Count > 0 ? articles.Max(Updated) : emptyFeedUpdated));
            Link(xml, "self", feed.SelfUrl, "application/atom+xml");
            Link(xml, "alternate", feed.ListUrl, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, feed.Title);
            xml.WriteElementString("uri", AtomNamespace, feed.SiteUrl + "/");
            xml.WriteEndElement();
            foreach (var a in articles)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, ArticleUrl(feed, a));
                xml.WriteElementString("title", AtomNamespace, Clean(a.Title));
                Link(xml, "alternate", ArticleUrl(feed, a), "text/html");
                xml.WriteElementString("published", AtomNamespace, Rfc3339(a.PublishAt!.Value));
                xml.WriteElementString("updated", AtomNamespace, Rfc3339(Updated(a)));
                xml.WriteElementString("summary", AtomNamespace, Clean(a.Summary.Length > 0 ? a.Summary : a.Title));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string ArticleUrl(FeedInfo feed, Article a) =>
        $"{feed.SiteUrl}/articles/{Uri.EscapeDataString(a.Slug)}?lang={a.Language}";

    // A save after publication counts as an update; before it, the publication is the first appearance.
    private static DateTime Updated(Article a) => a.UpdatedAt > a.PublishAt!.Value ? a.UpdatedAt : a.PublishAt.Value;

    private static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // XML 1.0 cannot carry most control characters at all; drop them rather than fail the whole feed.
    private static string Clean(string s) => new([.. s.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

    private static XmlWriterSettings Settings() => new() { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
