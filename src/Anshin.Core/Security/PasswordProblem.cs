namespace Anshin.Core.Security;

/// <summary>A reason <see cref="PasswordPolicy"/> rejects a password.</summary>
public enum PasswordProblem
{
    /// <summary>Fewer than <see cref="PasswordPolicy.MinimumLength"/> characters.</summary>
    TooShort,

    /// <summary>More than <see cref="PasswordPolicy.MaximumLength"/> characters.</summary>
    TooLong,

    /// <summary>A well-known password, or one with digits appended.</summary>
    Common,

    /// <summary>Contains the user's name or the local part of their e-mail address.</summary>
    ContainsUserName,

    /// <summary>One character or a short pattern repeated, or a run such as 123456789012 or abcdefghijkl.</summary>
    Repetitive,
}
