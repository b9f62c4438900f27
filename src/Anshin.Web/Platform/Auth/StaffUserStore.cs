using System.Security.Cryptography;
using System.Text;
using Anshin.Core.Security;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Anshin.Web.Platform.Auth;

/// <summary>Identity's store, except that recovery codes are kept as salted hashes instead of plain text.</summary>
internal sealed class StaffUserStore(AnshinDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<StaffUser, IdentityRole, AnshinDbContext>(context, describer)
{
    public override Task ReplaceCodesAsync(StaffUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(c => Hash(user, c)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(StaffUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await GetTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", cancellationToken) ?? "";
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var hash = Hash(user, code);
        var match = hashes.FirstOrDefault(h => CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(hash)));
        if (match is null)
        {
            return false;
        }

        hashes.Remove(match);
        await SetTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", string.Join(';', hashes), cancellationToken);
        return true;
    }

    private static string Hash(StaffUser user, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.Id + ":" + RecoveryCodes.Normalize(code))));
}
