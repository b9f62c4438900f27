using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Desk;

public sealed class AttachmentTests
{
    private static Dictionary<string, object?> With(params (string Name, byte[] Bytes)[] files)
    {
        var body = DeskClient.Submission();
        body["attachments"] = files.Select(f => new { fileName = f.Name, contentBase64 = Convert.ToBase64String(f.Bytes) }).ToArray();
        return body;
    }

    [Theory, BothDatabases]
    public async Task Types_AreDecidedByContent_NotByName(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var before = await app.WithDbAsync(db => db.Set<Consultation>().CountAsync());
        var client = app.Client();

        var exe = await client.PostConsultationAsync(With(("screenshot.png", Samples.Exe)));
        var html = await client.PostConsultationAsync(With(("letter.txt", Samples.Html)));
        var png = await client.PostConsultationAsync(With(("no-extension", Samples.Png)));

        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("screenshot.png", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("受け付けられない種類", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Equal(HttpStatusCode.Created, png.StatusCode);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync()));
    }

    [Fact]
    public async Task Size_AndCount_AreLimited_ByConfiguration()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>
        {
            ["Desk:MaxAttachmentBytes"] = "2048",
            ["Desk:MaxAttachments"] = "2",
        });
        var client = app.Client();
        var big = new byte[3000];
        Samples.Png.CopyTo(big, 0);

        var tooBig = await client.PostConsultationAsync(With(("big.png", big)));
        var tooMany = await client.PostConsultationAsync(With(("a.png", Samples.Png), ("b.png", Samples.Png), ("c.png", Samples.Png)));
        var fine = await client.PostConsultationAsync(With(("a.png", Samples.Png), ("b.png", Samples.Png)));

        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("大きすぎます", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("2個まで", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Download_IsForStaffOnly_AsAnAttachment_WithNosniff_AndAudited(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var receipt = await app.Client().SubmitAsync(With(("警告画面.png", Samples.Png)));
        var c = await app.CaseAsync(receipt);
        var id = await app.WithDbAsync(db => db.Set<ConsultationAttachment>().Where(a => a.ConsultationId == c.Id).Select(a => a.Id).SingleAsync());
        await app.Staff().CreateAsync("attach-consultant");
        var staff = await app.SignedInClientAsync("attach-consultant");

        var anonymous = await app.Client().GetAsync($"/desk/attachments/{id}");
        var download = await staff.GetAsync($"/desk/attachments/{id}");

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Empty(await anonymous.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Samples.Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("警告画面.png", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Single(await app.AuditAsync(DeskAudit.AttachmentDownloaded));

        // The file lives outside the web root.
        var file = Directory.EnumerateFiles(app.Database.Directory, "*", SearchOption.AllDirectories)
            .Single(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(Samples.Png));
        Assert.DoesNotContain("wwwroot", file, StringComparison.Ordinal);
    }
}
