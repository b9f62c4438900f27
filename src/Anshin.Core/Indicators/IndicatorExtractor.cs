using System.Text.RegularExpressions;
using Anshin.Core.Redaction;

namespace Anshin.Core.Indicators;

/// <summary>
/// Extracts the indicators that tie a consultation to a scam wave — phone numbers, URLs and domains, SMS
/// senders, e-money demands and sums of money — from what the consulter wrote: their account of what
/// happened, the text of a fake warning, an SMS or an e-mail body, in Japanese or English.
/// </summary>
/// <remarks>
/// <para>
/// The text is first brought to NFKC, so full-width digits, letters and hyphens read as ASCII; dashes between
/// digits (‐ ‒ – — ― − ー) read as hyphens; and defanged links (<c>hxxps://</c>, <c>h**p://</c>,
/// <c>[.]</c>, <c>(.)</c>, <c>[dot]</c>, <c>[:]</c>) are refanged.
/// </para>
/// <para>
/// Hosts are ASCII: an internationalised domain name is kept in its punycode (<c>xn--</c>) form, as written;
/// one written in Unicode is not recognised, since Japanese text runs on after a link without a space.
/// </para>
/// <para>
/// E-mail addresses are skipped everywhere: they identify people, not scams. Extraction never throws; a text
/// on which one kind's pattern runs out of time yields the other kinds. Only the first
/// <see cref="MaxIndicators"/> distinct indicators are returned.
/// </para>
/// </remarks>
public static class IndicatorExtractor
{
    /// <summary>The most indicators returned for one text; the rest of a pasted mailbox adds noise, not waves.</summary>
    public const int MaxIndicators = 50;

    /// <summary>The longest <see cref="Indicator.Value"/>; longer URLs are cut in the path.</summary>
    public const int MaxValueLength = 200;

    private delegate void Finder(string text, TextSpans claimed, IndicatorCollector collector);

    /// <summary>Extracts the indicators of one text.</summary>
    /// <param name="text">What the consulter wrote; <see langword="null"/> or blank yields nothing.</param>
    /// <returns>
    /// Distinct indicators (by kind and value) in order of first appearance. A URL is followed by the domain of
    /// its host.
    /// </returns>
    public static IReadOnlyList<Indicator> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var prepared = IndicatorText.Prepare(text);
        var claimed = new TextSpans();
        var collector = new IndicatorCollector();
        Run(ClaimEmailAddresses, prepared, claimed, collector);
        Run(UrlFinder.Find, prepared, claimed, collector);
        Run(DomainFinder.Find, prepared, claimed, collector);
        Run(PhoneNumberFinder.Find, prepared, claimed, collector);
        Run(SmsSenderFinder.Find, prepared, claimed, collector);
        Run(EmoneyDemandFinder.Find, prepared, claimed, collector);
        Run(AmountFinder.Find, prepared, claimed, collector);
        return collector.Result(MaxIndicators);
    }

    // Indicators are a help to staff, not a safeguard like redaction: a pattern that times out on one text
    // costs that text its indicators of one kind rather than failing the page that shows them.
    private static void Run(Finder finder, string text, TextSpans claimed, IndicatorCollector collector)
    {
        try
        {
            finder(text, claimed, collector);
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    private static void ClaimEmailAddresses(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var addresses = new List<Candidate>();
        EmailDetector.Find(text, addresses);
        foreach (var address in addresses)
        {
            claimed.Add(address.Start, address.Length);
        }
    }
}
