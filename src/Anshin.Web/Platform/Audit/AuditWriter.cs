using Anshin.Web.Platform.Data;

namespace Anshin.Web.Platform.Audit;

/// <summary>
/// Group commit for stand-alone audit lines on SQLite (a case viewed, a search made): lines that arrive together are
/// saved in one transaction. Without it every staff read paid a full commit of its own, one after another, and four
/// consultants searching at once queued behind each other's disk flushes.
/// </summary>
public sealed class AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> logger)
    : GroupCommitWriter<AuditEntry, AuditEntry>(scopes, logger)
{
    protected override int MaxBatch => 256;

    /// <summary>Queues one entry and completes when it is committed (or has failed).</summary>
    public Task WriteAsync(AuditEntry entry) => EnqueueAsync(entry);

    protected override async Task<IReadOnlyList<AuditEntry>> SaveAsync(IServiceProvider services, IReadOnlyList<AuditEntry> items)
    {
        var db = services.GetRequiredService<AnshinDbContext>();
        db.AddRange(items);
        await db.SaveChangesAsync(CancellationToken.None);
        return items;
    }
}
