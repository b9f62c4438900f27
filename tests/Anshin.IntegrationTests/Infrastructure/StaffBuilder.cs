using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>Builds staff accounts for tests through the app's own UserManager (so hashing and rules are real).</summary>
public sealed class StaffBuilder(AnshinFactory factory)
{
    public const string Password = "しずかな湖畔の森の影から2026";

    private string role = StaffRoles.Consultant;
    private bool mustChange;
    private string? totpKey;

    public StaffBuilder InRole(string value)
    {
        role = value;
        return this;
    }

    public StaffBuilder WithOneTimePassword()
    {
        mustChange = true;
        return this;
    }

    public StaffBuilder WithTotp(string base32Key)
    {
        totpKey = base32Key;
        return this;
    }

    public async Task<StaffUser> CreateAsync(string userName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser
        {
            UserName = userName,
            Email = userName + "@desk.example.jp",
            DisplayName = "Test " + userName,
            MustChangePassword = mustChange,
            CreatedAt = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        if (totpKey is not null)
        {
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", totpKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
