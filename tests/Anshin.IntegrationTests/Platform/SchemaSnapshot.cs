using System.Data.Common;
using Anshin.IntegrationTests.Infrastructure;

namespace Anshin.IntegrationTests.Platform;

/// <summary>
/// The shape of a database (tables, columns with type and nullability, indexes) as comparable text lines. Search
/// tables (<c>fts_*</c>) are provider-specific and outside the EF model, so they are left out.
/// </summary>
public static class SchemaSnapshot
{
    private const string MigratorTable = "__anshin_schema";

    public static async Task<SortedSet<string>> ReadAsync(DbConnection connection, DatabaseKind kind)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        return kind == DatabaseKind.Postgres ? await ReadPostgresAsync(connection) : await ReadSqliteAsync(connection);
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'fts_%' AND name <> '"
            + MigratorTable + "'");
        foreach (var table in tables.Select(r => r[0]))
        {
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            }

            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} ({string.Join(",", columns.Select(r => r[0]))})");
            }
        }

        return lines;
    }

    private static async Task<SortedSet<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, coalesce(is_identity, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__anshin_schema' AND table_name NOT LIKE 'fts\_%'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]}");
        }

        foreach (var i in await QueryAsync(connection,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__anshin_schema' AND tablename NOT LIKE 'fts\\_%'"))
        {
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the database's own catalogue
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
