using Npgsql;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// What Anshin adds to a PostgreSQL connection string unless the operator set it: Npgsql's automatic preparation of
/// statements used at least twice on a connection. The desk's statements are a small fixed set; without it the
/// server parses and plans every one of them on every call, a quarter of its CPU under mail or intake load
/// (docs/benchmarks.md, mail third round).
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 100;

    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            if (!Mentions(connectionString, "Auto Prepare Min Usages"))
            {
                builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
            }
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, string keyword) =>
        connectionString.Replace(" ", "", StringComparison.Ordinal)
            .Contains(keyword.Replace(" ", "", StringComparison.Ordinal) + "=", StringComparison.OrdinalIgnoreCase);
}
