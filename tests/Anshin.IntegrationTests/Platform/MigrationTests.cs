using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anshin.IntegrationTests.Platform;

public sealed class MigrationTests
{
    [Theory, BothDatabases]
    public async Task MigrationScripts_ProduceTheSchemaOfTheEfModel(DatabaseKind kind)
    {
        await using var migrated = await TestDatabase.CreateAsync(kind);
        await using var created = await TestDatabase.CreateAsync(kind);

        await using (var db = Context(migrated))
        {
            await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        }

        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using var a = Context(migrated);
        await using var b = Context(created);
        var fromScripts = await SchemaSnapshot.ReadAsync(a.Database.GetDbConnection(), kind);
        var fromModel = await SchemaSnapshot.ReadAsync(b.Database.GetDbConnection(), kind);

        Assert.NotEmpty(fromModel);
        Assert.Equal(
            string.Join('\n', fromModel.Except(fromScripts)),
            string.Join('\n', fromScripts.Except(fromModel)));
        Assert.Equal(fromModel, fromScripts);
    }

    [Theory, BothDatabases]
    public async Task Migrate_AppliesEachScriptOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = Context(database);
        var migrator = new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(SchemaMigrator.ScriptsFor(Provider(kind)).Select(s => s.Version), first);
        Assert.Empty(second);
        Assert.Empty(await migrator.PendingAsync());
    }

    [Theory, BothDatabases]
    public async Task AuditEntries_CannotBeChangedOrDeleted(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Client().SignInAsync("ghost", "no such user password");

        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.Set<AuditEntry>().ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "tampered"))));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Set<AuditEntry>().ExecuteDeleteAsync()));
        Assert.Single(await app.AuditAsync(AuditActions.SignInFailed));
    }

    private static DatabaseProvider Provider(DatabaseKind kind) =>
        kind == DatabaseKind.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    private static AnshinDbContext Context(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<AnshinDbContext>();
        DatabaseServices.Configure(builder, new DatabaseOptions
        {
            Provider = Provider(database.Kind),
            ConnectionString = database.ConnectionString,
            DataDirectory = database.Directory,
        });
        return new AnshinDbContext(builder.Options);
    }
}
