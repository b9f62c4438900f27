using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>
/// Records a finished diagnosis for an organisation: the result, the organisation's industry and size, and the peer
/// counts, all in one transaction. The organisation's row is written first, which serialises two submissions of the
/// same organisation, so its previous result is taken out of the peer counts exactly once.
/// </summary>
public sealed class SelfCheckSubmitter(AnshinDbContext db, TimeProvider clock)
{
    public async Task<SelfCheckResult> SubmitAsync(Organisation organisation, IReadOnlyList<SelfCheckAnswer> answers,
        string industry, int sizeBand, CancellationToken ct)
    {
        var set = SelfCheckQuestionSets.Current;
        var score = SelfCheckScore.Total(answers);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        organisation.Industry = industry;
        organisation.SizeBand = sizeBand;
        await db.SaveChangesAsync(ct);
        // Always a write, even when nothing changed: it takes the row lock (PostgreSQL) or the write lock (SQLite).
        await db.Set<Organisation>().Where(o => o.Id == organisation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.SizeBand, sizeBand), ct);

        var previous = await db.Set<SelfCheckResult>().AsNoTracking()
            .Where(r => r.OrganisationId == organisation.Id)
            .OrderByDescending(r => r.TakenAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
        var result = new SelfCheckResult
        {
            OrganisationId = organisation.Id,
            QuestionSetVersion = set.Version,
            Answers = SelfCheckAnswers.Encode(answers),
            Score = score,
            Industry = industry,
            SizeBand = sizeBand,
            TakenAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(result);
        await db.SaveChangesAsync(ct);
        await PeerAggregates.ApplyAsync(db, result, previous, ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
