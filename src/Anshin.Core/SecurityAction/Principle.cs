using Anshin.Core.Organisations;

namespace Anshin.Core.SecurityAction;

/// <summary>One of the five principles a one-star declarant pledges to work on.</summary>
/// <param name="Number">1 to 5.</param>
/// <param name="Pledge">The short pledge shown beside the tick box.</param>
/// <param name="Explanation">One sentence on what the pledge means in practice.</param>
public sealed record Principle(int Number, BilingualText Pledge, BilingualText Explanation);
