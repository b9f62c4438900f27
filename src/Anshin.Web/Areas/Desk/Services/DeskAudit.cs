using System.Globalization;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>Audit action codes of the desk. Every staff view and change of a case or attachment is one of these.</summary>
public static class DeskAudit
{
    public const string CaseCreated = "case.create";
    public const string CaseViewed = "case.view";
    public const string CaseChanged = "case.change";
    public const string CaseStatusChanged = "case.status";
    public const string CaseAssigned = "case.assign";
    public const string CaseMerged = "case.merge";
    public const string CaseNoteAdded = "case.note";
    public const string CaseLinked = "case.link";
    public const string ReplyDrafted = "case.reply.draft";
    public const string ReplySent = "case.reply.send";
    public const string ReplyApproved = "case.reply.approve";
    public const string ReplyRejected = "case.reply.reject";
    public const string AttachmentDownloaded = "attachment.download";
    public const string RawMailDownloaded = "mail.raw.download";
    public const string QueueSearched = "case.search";
    public const string ExampleProposed = "example.propose";
    public const string ExampleApproved = "example.approve";
    public const string ExampleReturned = "example.return";
    public const string CasesAnonymized = "retention.anonymize";
    public const string TaxonomyChanged = "taxonomy.change";
    public const string ReferralChanged = "referral.change";
    public const string ReasonChanged = "outofscope-reason.change";
    public const string TemplateChanged = "template.change";

    public static string Target(long consultationId) => "case:" + consultationId.ToString(CultureInfo.InvariantCulture);

    public static string AttachmentTarget(long attachmentId) => "attachment:" + attachmentId.ToString(CultureInfo.InvariantCulture);
}
