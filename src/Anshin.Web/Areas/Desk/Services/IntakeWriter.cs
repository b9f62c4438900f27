using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Group commit for public submissions: everything that arrived while the previous transaction committed is recorded
/// in the next one (<see cref="IntakeRecorder"/>). Several instances each run their own writer: receipt numbers come
/// from the database, not from here.
/// </summary>
public sealed class IntakeWriter(IServiceScopeFactory scopes, ILogger<IntakeWriter> logger)
    : GroupCommitWriter<PendingIntake, IntakeReceipt>(scopes, logger)
{
    protected override int MaxBatch => 64;

    /// <summary>Queues one submission and completes when it is committed (or has failed).</summary>
    public Task<IntakeReceipt> WriteAsync(PendingIntake intake) => EnqueueAsync(intake);

    protected override Task<IReadOnlyList<IntakeReceipt>> SaveAsync(IServiceProvider services, IReadOnlyList<PendingIntake> items) =>
        services.GetRequiredService<IntakeRecorder>().RecordAsync(items, CancellationToken.None);
}
