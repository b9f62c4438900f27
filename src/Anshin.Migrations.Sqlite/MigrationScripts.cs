using System.Reflection;

namespace Anshin.Migrations.Sqlite;

/// <summary>The versioned schema scripts for Sqlite, embedded in this assembly (see docs/decisions/0002).</summary>
public static class MigrationScripts
{
    /// <summary>The assembly whose embedded <c>.sql</c> resources are the migrations, in name order.</summary>
    public static Assembly Assembly => typeof(MigrationScripts).Assembly;
}
