using Anshin.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Anshin.Web.Platform.Auth;

/// <summary>What a successful staff sign-in leaves behind, whichever step completed it: the time, and the audit line.</summary>
public sealed class SignInRecorder(UserManager<StaffUser> users, AuditLog audit, TimeProvider clock)
{
    /// <summary>Records that <paramref name="user"/> signed in; <paramref name="method"/> says how (e.g. <c>password+totp</c>).</summary>
    public async Task SucceededAsync(StaffUser user, string method)
    {
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await audit.WriteAsync(AuditActions.SignInSucceeded, "staff:" + user.Id, actorId: user.Id, actorName: user.UserName, detail: method);
    }
}
