using Anshin.Web.Areas.Desk;

namespace Anshin.Web.Areas.Knowledge;

/// <summary>
/// Who edits the self-help site: the people who answer consultations write and revise articles (they see what people
/// ask); supervisors and administrators decide what the public sees — publishing, scheduling and withdrawing.
/// </summary>
public static class KnowledgePolicies
{
    public const string Write = DeskPolicies.Work;
    public const string Publish = DeskPolicies.Supervise;
}
