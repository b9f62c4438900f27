using System.Reflection;
using Xunit.Sdk;

namespace Anshin.IntegrationTests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>Runs a theory once per database provider: every data test holds on SQLite and on PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[DatabaseKind.Sqlite], [DatabaseKind.Postgres]];
}
