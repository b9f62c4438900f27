namespace Anshin.Web.Platform.Localization;

/// <summary>Marker for the shared string table (<c>Resources/Platform/Localization/SharedResource.{ja,en}.resx</c>).</summary>
public sealed class SharedResource;
