using System.Data.Common;
using System.Globalization;
using System.Text;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>
/// Multi-row parameterised INSERTs of search documents (the search tables are not in the EF model), statements sized
/// by <see cref="RowInserter.MaxParameters"/>: SQLite's parameter binding is quadratic in their number.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Inserts (id, indexed form of the text) rows; <paramref name="castTo"/> names the SQL type of the second value, if any.</summary>
    public static async Task RunAsync(
        AnshinDbContext db,
        string insertPrefix,
        IReadOnlyList<(long Id, string Text)> documents,
        Func<long, string, string> indexed,
        string? castTo,
        CancellationToken ct)
    {
        foreach (var chunk in documents.Chunk(Math.Min(500, RowInserter.MaxParameters(db) / 2)))
        {
            // Parameters named as written in the SQL ("@p0"): Microsoft.Data.Sqlite tries a bare name first, and each
            // miss is a scan of all the statement's names.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var sql = new StringBuilder(insertPrefix);
            var parameters = new DbParameter[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters[i * 2] = Parameter(command, i * 2, chunk[i].Id);
                parameters[(i * 2) + 1] = Parameter(command, (i * 2) + 1, indexed(chunk[i].Id, chunk[i].Text));
                var value = castTo is null ? parameters[(i * 2) + 1].ParameterName : $"CAST({parameters[(i * 2) + 1].ParameterName} AS {castTo})";
                sql.Append(i == 0 ? "" : ", ").Append('(').Append(parameters[i * 2].ParameterName).Append(", ").Append(value).Append(')');
            }

#pragma warning disable EF1002 // the SQL holds only our fixed prefix and parameter names; values are parameters
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
#pragma warning restore EF1002
        }
    }

    private static DbParameter Parameter(DbCommand command, int index, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{index}");
        parameter.Value = value;
        return parameter;
    }
}
