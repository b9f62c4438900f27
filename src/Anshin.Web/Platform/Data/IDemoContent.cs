namespace Anshin.Web.Platform.Data;

/// <summary>
/// Demo content a module adds to a fresh database (when <c>Database:SeedDemoContent</c> is on), so that a first
/// <c>dotnet run</c> shows a living site. Runs once per database, in <see cref="Order"/>.
/// </summary>
public interface IDemoContent
{
    int Order { get; }

    Task SeedAsync(AnshinDbContext db, CancellationToken ct);
}
