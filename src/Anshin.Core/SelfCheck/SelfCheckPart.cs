namespace Anshin.Core.SelfCheck;

/// <summary>A part of the diagnosis (1 basic measures, 2 each employee, 3 the organisation) with a line introducing it.</summary>
public sealed record SelfCheckPart(int Number, LocalText Title, LocalText Lead);
