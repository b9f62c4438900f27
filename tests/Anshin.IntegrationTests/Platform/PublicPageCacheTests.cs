using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Knowledge.Model;

namespace Anshin.IntegrationTests.Platform;

public sealed class PublicPageCacheTests
{
    private static async Task<(bool Before, bool After)> SeenBeforeAndAfterAQuietChangeAsync(string? lifetime)
    {
        var settings = new Dictionary<string, string?> { ["Database:SeedDemoContent"] = "false" };
        if (lifetime is not null)
        {
            settings["Hosting:PublicCacheDuration"] = lifetime;
        }

        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, settings);
        var client = app.Client();
        var before = (await client.GetStringAsync("/articles")).Contains("静かに追加", StringComparison.Ordinal);
        // Written straight to the database: nothing evicts the cached list.
        await app.WithDbAsync(async db =>
        {
            db.Add(new Article
            {
                Slug = "quiet",
                Language = "ja",
                Type = ArticleType.Faq,
                Title = "静かに追加した記事",
                State = ArticleState.Published,
                PublishAt = DateTime.UtcNow.AddMinutes(-1),
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                CurrentVersion = 1,
            });
            return await db.SaveChangesAsync();
        });
        return (before, (await client.GetStringAsync("/articles")).Contains("静かに追加", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicPages_AreServedFromTheCache_UnlessItsLifetimeIsZero()
    {
        Assert.Equal((false, false), await SeenBeforeAndAfterAQuietChangeAsync(null));
        Assert.Equal((false, true), await SeenBeforeAndAfterAQuietChangeAsync("00:00:00"));
    }
}
