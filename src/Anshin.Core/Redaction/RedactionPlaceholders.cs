namespace Anshin.Core.Redaction;

/// <summary>
/// The text that stands in for each kind of span in a published case example. The examples are published in
/// Japanese, so these are stored data rather than user-interface strings and are not localised.
/// </summary>
public static class RedactionPlaceholders
{
    /// <summary>The placeholder for a kind, e.g. ［メールアドレス］.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a defined <see cref="RedactionKind"/>.</exception>
    public static string For(RedactionKind kind) => kind switch
    {
        RedactionKind.Email => "［メールアドレス］",
        RedactionKind.Phone => "［電話番号］",
        RedactionKind.PostalCode => "［郵便番号］",
        RedactionKind.Address => "［住所］",
        RedactionKind.Url => "［URL］",
        RedactionKind.IpAddress => "［IPアドレス］",
        RedactionKind.CardNumber => "［カード番号］",
        RedactionKind.AccountNumber => "［口座番号］",
        RedactionKind.KnownName => "［氏名］",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown redaction kind."),
    };
}
