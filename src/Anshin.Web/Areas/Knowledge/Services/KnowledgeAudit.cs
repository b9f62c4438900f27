namespace Anshin.Web.Areas.Knowledge.Services;

/// <summary>Audit action codes of the self-help site's editing.</summary>
public static class KnowledgeAudit
{
    public const string ArticleSaved = "article.save";
    public const string ArticlePublished = "article.publish";
    public const string ArticleWithdrawn = "article.withdraw";
    public const string ArticleRestored = "article.restore";
    public const string NavigatorSaved = "navigator.save";
    public const string NavigatorPublished = "navigator.publish";
}
