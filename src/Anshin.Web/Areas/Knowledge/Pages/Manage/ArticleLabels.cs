using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage;

/// <summary>Display names of article types and states, in the reader's language.</summary>
public static class ArticleLabels
{
    public static string Type(ArticleType type, IStringLocalizer<SharedResource> t) => t["ArticleType." + type];

    /// <summary>Draft, scheduled (published from a future time), published or withdrawn.</summary>
    public static string State(Article a, DateTime utcNow, IStringLocalizer<SharedResource> t) =>
        a.State == ArticleState.Published && !a.IsPublicAt(utcNow) ? t["ArticleState.Scheduled"] : t["ArticleState." + a.State];
}
