using System.Globalization;
using System.Text;
using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>Multi-row parameterised INSERTs of search documents, 500 rows per statement (well under both databases' parameter limits).</summary>
internal static class BulkInsert
{
    private const int RowsPerStatement = 500;

    public static async Task RunAsync(AnshinDbContext db, string insertPrefix, IReadOnlyList<(long Id, string Text)> documents, CancellationToken ct)
    {
        foreach (var chunk in documents.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(insertPrefix);
            var parameters = new object[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{i * 2}}}, {{{(i * 2) + 1}}})");
                parameters[i * 2] = chunk[i].Id;
                parameters[(i * 2) + 1] = SearchText.IndexTokens(chunk[i].Text);
            }

#pragma warning disable EF1002 // the SQL holds only our fixed prefix and positional placeholders; values are parameters
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
#pragma warning restore EF1002
        }
    }
}
