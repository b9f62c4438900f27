namespace Anshin.Core.SecurityAction;

/// <summary>The two steps of the SECURITY ACTION self-declaration.</summary>
public enum DeclarationLevel
{
    /// <summary>一つ星: the organisation pledges to work on the five principles.</summary>
    OneStar = 1,

    /// <summary>二つ星: the organisation has done the self-diagnosis and set and published a basic policy.</summary>
    TwoStars = 2,
}
