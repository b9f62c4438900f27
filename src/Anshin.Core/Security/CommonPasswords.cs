using System.Collections.Frozen;
using System.Text;

namespace Anshin.Core.Security;

/// <summary>
/// The 30,000 most common passwords of the zxcvbn frequency list (MIT licence; see
/// <c>Security/Data/README.md</c>), used to refuse passwords attackers try first (NIST SP 800-63B §5.1.1.2).
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "Anshin.Core.Security.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> Passwords = new(Load);

    /// <summary>Whether the password, after NFKC normalisation and ignoring case, is on the list.</summary>
    public static bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return ContainsNormalized(password.Normalize(NormalizationForm.FormKC).ToLowerInvariant());
    }

    internal static bool ContainsNormalized(string lowerCasePassword) => Passwords.Value.Contains(lowerCasePassword);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>(capacity: 30_000);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
