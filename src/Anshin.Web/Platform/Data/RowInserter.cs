using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Multi-row INSERTs of new entities, built from the EF model: the same table and column names, value converters and
/// parameter types as <c>SaveChanges</c>, without change tracking and one statement per few hundred rows instead of
/// one per row. For the group-commit writers, where EF's per-entity bookkeeping was most of the time a batch took.
/// The entities are not tracked afterwards; rows with navigations or owned types are not supported.
/// </summary>
public static class RowInserter
{
    // PostgreSQL takes up to 65,535 parameters per statement. SQLite takes 32,766, but binding is quadratic there: each
    // parameter is looked up by name among all of the statement's (a batch of 64 cases, 2,400 parameters, spent more than
    // half its time in strncmp), so its statements stay small.
    private const int MaxParametersPostgres = 30_000;
    private const int MaxParametersSqlite = 120;

    /// <summary>How many parameters one multi-row statement should carry on this database (see above).</summary>
    public static int MaxParameters(DbContext db) => db.Database.IsNpgsql() ? MaxParametersPostgres : MaxParametersSqlite;

    /// <summary>Inserts the rows; a store-generated key is left to the database and not read back.</summary>
    public static Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class => InsertCoreAsync(db, rows, null, ct);

    /// <summary>
    /// Inserts the rows and sets each one's store-generated <c>long</c> key, matched through a column that is unique
    /// among the rows (the order of RETURNING rows is not guaranteed).
    /// </summary>
    public static Task InsertReturningKeysAsync<T>(
        DbContext db, IReadOnlyList<T> rows, string uniqueProperty, Func<T, string> uniqueValue, Action<T, long> setKey, CancellationToken ct)
        where T : class => InsertCoreAsync(db, rows, new Returning<T>(uniqueProperty, uniqueValue, setKey), ct);

    private static async Task InsertCoreAsync<T>(DbContext db, IReadOnlyList<T> rows, Returning<T>? returning, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sqlHelper = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && p.GetComputedColumnSql() is null
                && !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .ToList();
        if (columns.Any(p => p.IsShadowProperty()) || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new NotSupportedException($"{typeof(T).Name} has shadow or owned properties; insert it through SaveChanges.");
        }

        var key = returning is null ? null : entityType.FindPrimaryKey()!.Properties.Single();
        var match = returning is null ? null : entityType.FindProperty(returning.UniqueProperty)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {returning.UniqueProperty}.");
        var prefix = new StringBuilder("INSERT INTO ").Append(sqlHelper.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES ").ToString();
        var suffix = match is null ? "" : $" RETURNING {sqlHelper.DelimitIdentifier(key!.GetColumnName(table)!)}, {sqlHelper.DelimitIdentifier(match.GetColumnName(table)!)}";
        var mappings = columns.Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var byUniqueValue = returning is null ? null : rows.ToDictionary(returning.UniqueValue, StringComparer.Ordinal);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters(db) / columns.Count)))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var sql = new StringBuilder(prefix);
                for (var r = 0; r < chunk.Length; r++)
                {
                    sql.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < mappings.Count; c++)
                    {
                        var (property, mapping, getter) = mappings[c];
                        // Named as written in the SQL ("@p0"): Microsoft.Data.Sqlite tries the bare name first, and each miss
                        // is a scan of all the statement's names.
                        var name = sqlHelper.GenerateParameterNamePlaceholder(string.Create(CultureInfo.InvariantCulture, $"p{command.Parameters.Count}"));
                        command.Parameters.Add(mapping.CreateParameter(command, name, getter.GetClrValueUsingContainingEntity(chunk[r]), property.IsNullable));
                        sql.Append(c == 0 ? "" : ", ").Append(name);
                    }

                    sql.Append(')');
                }

#pragma warning disable CA2100 // identifiers come from the EF model and every value is a parameter
                command.CommandText = sql.Append(suffix).ToString();
#pragma warning restore CA2100
                if (returning is null)
                {
                    await command.ExecuteNonQueryAsync(ct);
                    continue;
                }

                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    returning.SetKey(byUniqueValue![reader.GetString(1)], reader.GetInt64(0));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Returning<T>(string UniqueProperty, Func<T, string> UniqueValue, Action<T, long> SetKey);
}
