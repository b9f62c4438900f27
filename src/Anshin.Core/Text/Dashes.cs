namespace Anshin.Core.Text;

/// <summary>The characters people type for a hyphen in numbers, once the text has been through NFKC.</summary>
internal static class Dashes
{
    // NFKC already turns the full-width hyphen-minus (－) and the small dashes into ASCII or into these, but
    // keeps the dashes and the long-vowel mark (ー) that people pick from an input method's candidate list.
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014'
        or '\u2015' or '\u2212' or '\u30FC';
}
