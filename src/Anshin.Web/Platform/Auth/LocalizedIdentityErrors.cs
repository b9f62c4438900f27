using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Auth;

/// <summary>Identity's own error messages, in the user's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = t["Identity.DuplicateUserName", userName] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = t["Identity.DuplicateEmail", email] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = t["Identity.InvalidUserName"] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = t["Identity.InvalidEmail"] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = t["Identity.PasswordMismatch"] };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = t["Password.TooShort", length] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = t["Identity.ConcurrencyFailure"] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = t["Identity.DefaultError"] };
}
