namespace Anshin.Web.Platform.Data;

/// <summary>Demo content shipped inside the assembly (the <c>Seed</c> folders, see the project file).</summary>
internal static class SeedFile
{
    public static async Task<string> ReadAsync(string name, CancellationToken ct)
    {
        var assembly = typeof(SeedFile).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith("Anshin.Seed.", StringComparison.Ordinal)
            && n.EndsWith(name, StringComparison.Ordinal))
            ?? throw new FileNotFoundException(
                $"No seed file {name} in {assembly.GetName().Name} (it has {string.Join(", ", assembly.GetManifestResourceNames())}).");
        await using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(ct);
    }
}
