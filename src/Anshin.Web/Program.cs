using Anshin.Web.Platform.Commands;

return await CommandLine.RunAsync(args);

/// <summary>The entry point (also the anchor for <c>WebApplicationFactory&lt;Program&gt;</c> in tests).</summary>
public partial class Program;
