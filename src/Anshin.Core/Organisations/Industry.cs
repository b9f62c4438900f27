namespace Anshin.Core.Organisations;

/// <summary>A major group (大分類) of the Japan Standard Industrial Classification, lettered A to T.</summary>
public sealed record Industry(char Code, BilingualText Name);
