using Anshin.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace Anshin.Web.Platform.Auth;

/// <summary>
/// Verifies authenticator-app codes with our RFC 6238 implementation, and refuses a code whose time step was
/// already used (a code seen over someone's shoulder cannot be replayed within its 30 seconds).
/// </summary>
internal sealed class TotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string Name = "AnshinTotp";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var step = new Totp(Base32.Decode(key)).Verify(token, clock.GetUtcNow());
        if (step is null || (user.LastTotpStep is { } last && step <= last))
        {
            return false;
        }

        user.LastTotpStep = step;
        await manager.UpdateAsync(user);
        return true;
    }
}
