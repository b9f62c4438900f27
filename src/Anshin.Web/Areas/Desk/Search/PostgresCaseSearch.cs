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

    // Blocks per group, newest group first; the last size repeats until block 0. A group's matches are all read before the
    // LIMIT applies, so the newest blocks (where a search almost always stops) go one at a time: a word in 9 % of the cases
    // then reads at most one block (about 700 matches) more than it needs, and a block without matches (a burst of
    // unrelated new cases) costs one index probe, about a millisecond. Older blocks are grouped, doubling, for rare words.
    private static readonly int[] GroupSizes = [1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 8, 16, 32, 64];

    public async Task<IReadOnlyList<long>> NewestMatchesAsync(SearchQuery query, int limit, CancellationToken ct)
    {
        var words = SearchText.ToPostgresTsQuery(query);
        var newest = await db.Database.SqlQuery<long>($"""SELECT coalesce(max("ConsultationId"), 0) AS "Value" FROM fts_consultations""")
            .SingleOrDefaultAsync(ct);
        // One statement walks the groups of blocks newest first: for each group the GIN index finds "the words AND one of
        // these blocks", the matches are sorted by id, and the nested loop stops as soon as the LIMIT is reached, so a
        // common word reads one or two blocks and a rare one walks further without another round trip. Every match in a
        // group is read (and a phrase checked against its positions) before its rows are returned, so groups start
        // small. "+ 0" keeps the planner from walking the primary key instead and decompressing every vector it passes.
        // Each group's whole query is made here and cast once as an array: an expression such as "words && blocks" in
        // the condition would be parsed again for every row the index returns (the recheck), doubling the cost.
        var groups = BlockGroups(newest >> BucketBits).Select(blocks => $"({words}) & ({blocks})").ToArray();
        var found = await db.Database.SqlQuery<long>($"""
            SELECT m.id AS "Value" FROM unnest(CAST({groups} AS tsquery[])) AS g(q)
            CROSS JOIN LATERAL (
                SELECT "ConsultationId" AS id FROM fts_consultations WHERE "Vector" @@ g.q
                ORDER BY "ConsultationId" + 0 DESC) AS m
            LIMIT {limit}
            """).ToListAsync(ct);
        // The groups hold disjoint, descending ranges of ids and a nested loop returns them in that order; sorting here
        // makes "newest first" a promise of this method rather than of the plan.
        found.Sort((a, b) => b.CompareTo(a));
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

    /// <summary>
    /// The blocks from <paramref name="newest"/> down to 0 in groups of <see cref="GroupSizes"/>, each as a tsquery that
    /// matches any of its blocks' tokens (<c>'ｘａａｅｓ' | 'ｘａａｅｒ'</c>).
    /// </summary>
    internal static string[] BlockGroups(long newest)
    {
        var groups = new List<string>();
        var high = newest;
        for (var i = 0; high >= 0; i++)
        {
            var low = Math.Max(0, high - GroupSizes[Math.Min(i, GroupSizes.Length - 1)] + 1);
            var text = new StringBuilder();
            for (var bucket = high; bucket >= low; bucket--)
            {
                text.Append(text.Length == 0 ? "" : " | ").Append('\'').Append(BucketToken(bucket)).Append('\'');
            }

            groups.Add(text.ToString());
            high = low - 1;
        }

        return [.. groups];
    }
}
