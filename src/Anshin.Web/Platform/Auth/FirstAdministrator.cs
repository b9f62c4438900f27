using System.Security.Cryptography;
using Anshin.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Auth;

/// <summary>Creates the roles and, on a database without staff, the first administrator with a one-time password.</summary>
public sealed class FirstAdministrator(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    AuditLog audit,
    IOptions<AuthOptions> options,
    TimeProvider clock)
{
    /// <summary>Returns the one-time password when an administrator was created now, otherwise null.</summary>
    public async Task<(string UserName, string Password)?> EnsureAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (users.Users.Any())
        {
            return null;
        }

        var userName = options.Value.FirstAdminUserName;
        var password = OneTimePassword();
        var admin = new StaffUser
        {
            UserName = userName,
            Email = userName.Contains('@', StringComparison.Ordinal) ? userName : userName + "@localhost.invalid",
            DisplayName = "Administrator",
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            // Another instance created it first (unique user name); that instance prints the password.
            return null;
        }

        await users.AddToRoleAsync(admin, StaffRoles.Admin);
        await audit.WriteAsync(AuditActions.StaffCreated, "staff:" + admin.Id, detail: "first administrator", actorName: "system");
        return (userName, password);
    }

    /// <summary>A random password of 20 characters from an unambiguous alphabet, easy to type once.</summary>
    public static string OneTimePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        return string.Create(20, alphabet, (span, a) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = a[RandomNumberGenerator.GetInt32(a.Length)];
            }
        });
    }
}
