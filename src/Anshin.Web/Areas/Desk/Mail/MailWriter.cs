using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Group commit for inbound mail: whatever the mailgate delivered while the previous transaction committed is
/// recorded in the next one (<see cref="MailRecorder"/>), and each delivery is answered only after that commit.
/// A burst from Postfix then costs one disk flush per batch instead of one per message.
/// </summary>
public sealed class MailWriter(IServiceScopeFactory scopes, ILogger<MailWriter> logger)
    : GroupCommitWriter<PendingMail, InboundResult>(scopes, logger)
{
    protected override int MaxBatch => 32;

    public Task<InboundResult> WriteAsync(PendingMail mail) => EnqueueAsync(mail);

    protected override Task<IReadOnlyList<InboundResult>> SaveAsync(IServiceProvider services, IReadOnlyList<PendingMail> items) =>
        services.GetRequiredService<MailRecorder>().RecordAsync(items, CancellationToken.None);
}
