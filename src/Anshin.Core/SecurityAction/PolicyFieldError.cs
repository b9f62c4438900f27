namespace Anshin.Core.SecurityAction;

/// <summary>A problem with one field of a <see cref="BasicPolicyInput"/>, keyed for localisation.</summary>
/// <param name="Field">The property name, e.g. <c>OrganisationName</c>.</param>
/// <param name="ErrorKey">One of the <see cref="PolicyErrors"/> keys.</param>
public sealed record PolicyFieldError(string Field, string ErrorKey);

/// <summary>The error keys that <see cref="BasicPolicyInput.Validate"/> reports; the web layer localises them.</summary>
public static class PolicyErrors
{
    /// <summary>The field is empty or only spaces.</summary>
    public const string Required = "Required";

    /// <summary>The field is longer than its limit.</summary>
    public const string TooLong = "TooLong";

    /// <summary>The field holds line breaks or other control characters.</summary>
    public const string InvalidCharacters = "InvalidCharacters";

    /// <summary>The value is not one the generator knows (an undefined choice or language).</summary>
    public const string Unsupported = "Unsupported";
}
