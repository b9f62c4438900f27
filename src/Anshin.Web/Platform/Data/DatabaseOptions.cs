using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Platform.Data;

/// <summary>Which database Anshin runs on and how it is reached. Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite it may be empty, then <c>DataDirectory/anshin.db</c> is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file and other local data; relative paths are taken from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations at start. Unset means: yes for SQLite or in Development, no otherwise.</summary>
    public bool? AutoMigrate { get; set; }

    /// <summary>Seed demo content on a fresh database.</summary>
    public bool SeedDemoContent { get; set; } = true;

    public bool ShouldAutoMigrate(bool isDevelopment) =>
        AutoMigrate ?? (Provider == DatabaseProvider.Sqlite || isDevelopment);

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        var file = Path.Combine(Path.GetFullPath(DataDirectory), "anshin.db");
        return $"Data Source={file}";
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Database:ConnectionString is required when Database:Provider is Postgres.",
                [nameof(ConnectionString)]);
        }
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
