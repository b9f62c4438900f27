namespace Anshin.Web.Areas.Desk.Model;

/// <summary>Things a person must look at on a case; shown as badges in the queue and on the case page.</summary>
[Flags]
public enum CaseFlags
{
    None = 0,

    /// <summary>The e-mail could not be read; the raw message is attached.</summary>
    Unparsed = 1,

    /// <summary>The e-mail named another case but came from an address not confirmed for it.</summary>
    UnconfirmedSender = 2,

    /// <summary>An attachment is larger than the desk's guideline; it was kept.</summary>
    OversizeAttachment = 4,
}
