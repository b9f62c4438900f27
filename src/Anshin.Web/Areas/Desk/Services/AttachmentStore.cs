using System.Security.Cryptography;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Keeps attachment bytes in a folder outside the web root under random names; the database holds the metadata.
/// Several instances share the folder (a network volume) the same way they share the database.
/// </summary>
public sealed class AttachmentStore(IOptions<DeskOptions> desk, IOptions<DatabaseOptions> database)
{
    private readonly string root = Path.GetFullPath(
        Path.Combine(Path.GetFullPath(database.Value.DataDirectory), desk.Value.AttachmentDirectory));

    /// <summary>Writes the bytes and returns the key to find them again, and their SHA-256.</summary>
    public async Task<(string Key, string Sha256)> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var key = $"{DateTime.UtcNow:yyyy-MM}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await file.WriteAsync(content, ct);
            await file.FlushAsync(ct);
        }

        return (key, Convert.ToHexStringLower(SHA256.HashData(content.Span)));
    }

    public Stream? Open(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string key)
    {
        // Keys are made here, but check anyway that none can point outside the folder.
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid attachment key.", nameof(key));
        }

        return path;
    }
}
