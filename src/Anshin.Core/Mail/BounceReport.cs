namespace Anshin.Core.Mail;

/// <summary>What a delivery failure report says about the message that could not be delivered.</summary>
/// <param name="OriginalMessageId">
/// The Message-ID (without angle brackets) of the message that bounced, from the attached message or its
/// attached header; <see langword="null"/> when the report does not include it.
/// </param>
/// <param name="FailedRecipient">The recipient address that failed, from message/delivery-status.</param>
/// <param name="Status">The RFC 3463 status code, such as <c>5.1.1</c>.</param>
/// <param name="Action">The RFC 3464 action, such as <c>failed</c> or <c>delayed</c>.</param>
/// <param name="DiagnosticCode">The remote server's answer, such as <c>550 5.1.1 User unknown</c>.</param>
public sealed record BounceReport(
    string? OriginalMessageId, string? FailedRecipient, string? Status, string? Action, string? DiagnosticCode);
