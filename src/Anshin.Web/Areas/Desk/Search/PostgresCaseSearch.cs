using System.Text;
using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>
/// Table <c>fts_consultations</c>: a <c>tsvector</c> per case made by <see cref="SearchText.ToPostgresTsVector"/>, with a
/// GIN index. Each document also holds the token of its block of ids (<see cref="BucketToken"/>, migration 0007), so a
/// search can ask the index for the newest blocks first and stop once it has enough matches.
/// </summary>
public sealed class PostgresCaseSearch(AnshinDbContext db) : ICaseSearch
{
    /// <summary>Ids per block: 2^13 = 8,192.</summary>
    internal const int BucketBits = 13;

    // A query names at most this many blocks; the first names two.
    private const int MaxBucketsPerQuery = 128;

    public async Task<IReadOnlyList<long>> NewestMatchesAsync(SearchQuery query, int limit, CancellationToken ct)
    {
        // Ordering by the id through the primary key would let the planner walk the newest rows and decompress each
        // vector until enough match (it misjudges phrase queries as rare and common words as evenly spread); "+ 0"
        // rules that plan out, so every query reads the GIN index and then only the rows that match.
        var words = SearchText.ToPostgresTsQuery(query);
        var newest = await db.Database.SqlQuery<long>($"""SELECT coalesce(max("ConsultationId"), 0) AS "Value" FROM fts_consultations""")
            .SingleOrDefaultAsync(ct);
        var found = new List<long>();
        var high = newest >> BucketBits;
        var width = 2L;
        while (high >= 0 && found.Count < limit)
        {
            var low = Math.Max(0, high - width + 1);
            var tsquery = $"({words}) & ({BucketTokens(low, high)})";
            var matches = await db.Database.SqlQuery<long>($"""
                SELECT "ConsultationId" AS "Value" FROM fts_consultations
                WHERE "Vector" @@ CAST({tsquery} AS tsquery)
                ORDER BY "ConsultationId" + 0 DESC LIMIT {limit - found.Count}
                """).ToListAsync(ct);
            found.AddRange(matches);
            // Every match in the named blocks is read (and a phrase checked against its positions) before the LIMIT
            // applies, so the next query names about as many blocks as the density seen so far says it needs: twice as
            // many when nothing matched, never more than twice as many as this one.
            var searched = high - low + 1;
            width = matches.Count == 0
                ? searched * 2
                : Math.Clamp((long)Math.Ceiling((limit - found.Count) * 1.25 * searched / matches.Count), 1, searched * 2);
            width = Math.Min(width, MaxBucketsPerQuery);
            high = low - 1;
        }

        return found;
    }

    public async Task IndexAsync(long consultationId, string text, CancellationToken ct)
    {
        var vector = Vector(consultationId, text);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO fts_consultations ("ConsultationId", "Vector") VALUES ({consultationId}, CAST({vector} AS tsvector))
            ON CONFLICT ("ConsultationId") DO UPDATE SET "Vector" = excluded."Vector"
            """, ct);
    }

    public Task IndexNewAsync(IReadOnlyList<(long Id, string Text)> documents, CancellationToken ct) =>
        BulkInsert.RunAsync(db, "INSERT INTO fts_consultations (\"ConsultationId\", \"Vector\") VALUES ", documents, Vector, "tsvector", ct);

    /// <summary>
    /// The token of a block of ids (migration 0007): 'ｘ' and the block number in four base-26 digits written with the
    /// full-width letters ａ–ｚ (block 122 is ｘａａｅｓ). Folded text never holds full-width letters, so no word collides.
    /// </summary>
    internal static string BucketToken(long bucket)
    {
        Span<char> token = ['ｘ', 'ａ', 'ａ', 'ａ', 'ａ'];
        for (var i = 4; i >= 1; i--)
        {
            token[i] = (char)('ａ' + (int)(bucket % 26));
            bucket /= 26;
        }

        return new string(token);
    }

    private static string Vector(long consultationId, string text) =>
        SearchText.ToPostgresTsVector(text, BucketToken(consultationId >> BucketBits));

    private static string BucketTokens(long low, long high)
    {
        var text = new StringBuilder();
        for (var bucket = high; bucket >= low; bucket--)
        {
            text.Append(text.Length == 0 ? "" : " | ").Append(BucketToken(bucket));
        }

        return text.ToString();
    }
}
