using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Desk;

public sealed class IntakeTests
{
    private static MultipartFormDataContent Form(string token, IDictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "Files", name);
        }

        return form;
    }

    private static Dictionary<string, string> Fields(string email = "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ") => new()
    {
        ["Input.DeviceType"] = "Pc",
        ["Input.OperatingSystem"] = "Ｗｉｎｄｏｗｓ　１１",
        ["Input.WhatHappened"] = "11月20日の夜、サイトを見ていたら警告が出て、表示された番号に電話しました。",
        ["Input.WhySuspected"] = "警告音が鳴った",
        ["Input.Email"] = email,
        ["Input.Phone"] = "０９０－１２３４－５６７８",
        ["Input.Name"] = "山田 太郎",
        ["Input.Consent"] = "true",
        ["Input.Symptom"] = "偽の警告画面",
        ["Input.NavigatorPath"] = "偽の警告 > 電話した",
    };

    private static async Task<(HttpClient Client, string Token)> OpenFormAsync(TestApp app, string url = "/consult")
    {
        var client = app.Client();
        var page = await client.GetPageAsync(url);
        return (client, page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
    }

    [Theory, BothDatabases]
    public async Task Form_SavesTheConsultation_NormalisesWidth_AndShowsTheReceipt(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var (client, token) = await OpenFormAsync(app);

        var posted = await client.PostAsync("/consult", Form(token, Fields(), ("screen.png", Samples.Png)));

        Assert.Equal("/consult/thanks", posted.Location());
        var thanks = await client.GetPageAsync("/consult/thanks");
        var receipt = thanks.QuerySelector(".receipt-number")!.TextContent.Trim();
        Assert.Matches(@"^\d{4}-\d{6}$", receipt);
        var c = await app.CaseAsync(receipt);
        Assert.Equal("taro@example.jp", c.ConsulterEmail);
        Assert.Equal("090-1234-5678", c.ConsulterPhone);
        Assert.Equal("09012345678", c.ConsulterPhoneDigits);
        Assert.Equal("Windows 11", c.OperatingSystem);
        Assert.Equal(DeviceType.Pc, c.DeviceType);
        Assert.Equal("偽の警告画面", c.NavigatorSymptom);
        Assert.Equal("偽の警告 > 電話した", c.NavigatorPath);
        Assert.Equal(CaseStatus.New, c.Status);
        Assert.NotNull(c.ConsentedAt);
        var attachment = await app.WithDbAsync(db => db.Set<ConsultationAttachment>().SingleAsync(a => a.ConsultationId == c.Id));
        Assert.Equal("image/png", attachment.ContentType);
        var ack = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ConsultationId == c.Id));
        Assert.Equal(OutboxKinds.Acknowledgement, ack.Kind);
        Assert.Equal("taro@example.jp", ack.ToAddress);
        Assert.Contains($"[相談#{receipt}]", ack.Subject, StringComparison.Ordinal);
        Assert.Contains(receipt, ack.Body, StringComparison.Ordinal);

        // The receipt is shown once; reloading does not reveal it again.
        Assert.Equal("/consult", (await client.GetAsync("/consult/thanks")).Location());
    }

    [Fact]
    public async Task Form_ShowsTheNavigatorSymptomAndPath_FromTheQuery()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var page = await app.Client().GetPageAsync("/consult?symptom=" + Uri.EscapeDataString("偽の警告画面") + "&path=" + Uri.EscapeDataString("偽の警告 > 電話した"));

        var box = page.QuerySelector("#from-navigator")!.ParentElement!.TextContent;
        Assert.Contains("偽の警告画面", box, StringComparison.Ordinal);
        Assert.Contains("偽の警告 > 電話した", box, StringComparison.Ordinal);
        Assert.Equal("偽の警告画面", page.QuerySelector("input[name='Input.Symptom']")!.GetAttribute("value"));
    }

    [Theory, BothDatabases]
    public async Task Form_WithBadInput_ShowsErrorsBesideEachField_AndSavesNothing(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var before = await app.WithDbAsync(db => db.Set<Consultation>().CountAsync());
        var (client, token) = await OpenFormAsync(app);
        var fields = Fields(email: "taro@@example");
        fields["Input.WhatHappened"] = "　";
        fields["Input.Phone"] = "12345";
        fields.Remove("Input.Consent");
        fields.Remove("Input.DeviceType");

        var response = await client.PostAsync("/consult", Form(token, fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent;
        Assert.Contains("メールアドレスの形", Error("Input.Email"), StringComparison.Ordinal);
        Assert.Contains("起きたこと", Error("Input.WhatHappened"), StringComparison.Ordinal);
        Assert.Contains("電話番号", Error("Input.Phone"), StringComparison.Ordinal);
        Assert.Contains("同意", Error("Input.Consent"), StringComparison.Ordinal);
        Assert.Contains("機器", Error("Input.DeviceType"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task Form_InEnglish_GivesEnglishErrors()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var client = app.Client();
        await client.GetAsync("/language/en");
        var page = await client.GetPageAsync("/consult");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/consult", Form(token, new Dictionary<string, string> { ["Input.DeviceType"] = "Pc" }));

        var errors = (await Forms.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent;
        Assert.Contains("e-mail address", errors, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Api_Returns201WithReceiptAndDueDate(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var body = DeskClient.Submission(email: "ＨＡＮＡＫＯ＠Example.JP");
        body["attachments"] = new[] { new { fileName = "mail.eml", contentBase64 = Convert.ToBase64String(Samples.Eml) } };

        var response = await app.Client().PostConsultationAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var receipt = json.GetProperty("receiptNumber").GetString()!;
        var c = await app.CaseAsync(receipt);
        Assert.Equal(c.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("dueDate").GetString());
        Assert.Equal("HANAKO@example.jp", c.ConsulterEmail);
        Assert.Equal("message/rfc822", await app.WithDbAsync(db => db.Set<ConsultationAttachment>().Where(a => a.ConsultationId == c.Id).Select(a => a.ContentType).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ConsultationId == c.Id)));
    }

    [Theory, BothDatabases]
    public async Task Api_WithBadInput_AnswersProblemDetailsPerField_AndSavesNothing(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var before = await app.WithDbAsync(db => db.Set<Consultation>().CountAsync());
        var body = DeskClient.Submission(email: "not-an-address");
        body["deviceType"] = "toaster";
        body["consent"] = false;

        var response = await app.Client().PostConsultationAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("deviceType", out _));
        Assert.True(errors.TryGetProperty("consent", out _));
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync()));
    }

    [Fact]
    public async Task Api_IsDescribedInTheOpenApiDocument()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);

        var doc = await app.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var post = doc.GetProperty("paths").GetProperty("/api/consultations").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task Api_IsRateLimited()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["RateLimits:PostsPerWindow"] = "3" });
        var client = app.Client();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await client.PostConsultationAsync(DeskClient.Submission())).StatusCode);
        }

        Assert.Equal(3, codes.Count(c => c == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
    }
}
