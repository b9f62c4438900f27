using System.Security.Claims;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Audit;

/// <summary>Writes audit entries. Entries are added to the caller's unit of work unless <see cref="WriteAsync"/> is used.</summary>
public sealed class AuditLog(AnshinDbContext db, IHttpContextAccessor http, TimeProvider clock, AuditWriter writer)
{
    /// <summary>Adds an entry to the current unit of work; it is saved with the change it records.</summary>
    public AuditEntry Add(string action, string? target = null, bool succeeded = true, string? detail = null,
        string? actorId = null, string? actorName = null)
    {
        var entry = Create(action, target, succeeded, detail, actorId, actorName);
        db.Add(entry);
        return entry;
    }

    /// <summary>
    /// Adds and saves an entry on its own. On SQLite, outside a transaction and with nothing else pending here, the entry is
    /// committed together with other requests' entries (<see cref="AuditWriter"/>); either way it is saved when this returns.
    /// </summary>
    public async Task WriteAsync(string action, string? target = null, bool succeeded = true, string? detail = null,
        string? actorId = null, string? actorName = null, CancellationToken ct = default)
    {
        if (writer.IsRunning && db.Database.IsSqlite() && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges())
        {
            await writer.WriteAsync(Create(action, target, succeeded, detail, actorId, actorName));
            return;
        }

        Add(action, target, succeeded, detail, actorId, actorName);
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry Create(string action, string? target, bool succeeded, string? detail, string? actorId, string? actorName)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var entry = new AuditEntry
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId ?? user?.FindFirstValue(ClaimTypes.NameIdentifier),
            ActorName = Truncate(actorName ?? user?.Identity?.Name, 256),
            Action = action,
            Target = Truncate(target, 128),
            Succeeded = succeeded,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Detail = Truncate(detail, 1000),
        };
        return entry;
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}

/// <summary>The audit action codes written by the platform; modules add their own in the same dotted style.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "signin.success";
    public const string SignInFailed = "signin.failure";
    public const string SignInLockedOut = "signin.lockout";
    public const string SignOut = "signout";
    public const string SignOutEverywhere = "signout.everywhere";
    public const string PasswordChanged = "password.change";
    public const string TwoFactorEnabled = "2fa.enable";
    public const string TwoFactorDisabled = "2fa.disable";
    public const string RecoveryCodesGenerated = "2fa.recovery-codes";
    public const string RecoveryCodeUsed = "2fa.recovery-code-used";
    public const string StaffCreated = "staff.create";
    public const string StaffUpdated = "staff.update";
    public const string StaffPasswordReset = "staff.password-reset";
    public const string StaffTwoFactorReset = "staff.2fa-reset";
    public const string StaffUnlocked = "staff.unlock";
    public const string StaffDeactivated = "staff.deactivate";
    public const string StaffReactivated = "staff.reactivate";
    public const string StaffSignedOut = "staff.signout-everywhere";
    public const string SettingsChanged = "settings.change";
    public const string ClosedDayAdded = "calendar.closed-day.add";
    public const string ClosedDayRemoved = "calendar.closed-day.remove";
    public const string HolidaysImported = "calendar.holidays.import";
    public const string ApiClientCreated = "apiclient.create";
    public const string ApiClientRevoked = "apiclient.revoke";
    public const string AuditExported = "audit.export";
}
