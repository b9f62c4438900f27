using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anshin.Web.Platform.Data;

/// <summary>The one data context of Anshin. Each module keeps its entity configurations beside its entities.</summary>
public sealed class AnshinDbContext(DbContextOptions<AnshinDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AnshinDbContext).Assembly);

        if (Database.IsSqlite())
        {
            UseUtcForDateTimes(builder);
        }
    }

    /// <summary>
    /// SQLite keeps DateTime as text without a zone; every instant we store is UTC, so mark it as such on the way
    /// back (PostgreSQL's timestamptz already does).
    /// </summary>
    private static void UseUtcForDateTimes(ModelBuilder builder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(
            v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
            v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var nullableUtc = new ValueConverter<DateTime?, DateTime?>(
            v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
            v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));

        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(utc);
            }
            else if (property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(nullableUtc);
            }
        }
    }
}
