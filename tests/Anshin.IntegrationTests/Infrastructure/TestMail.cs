using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Anshin.Web.Areas.Desk.Mail;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>Builds raw messages the way Japanese mailers send them, and delivers them as the mailgate does.</summary>
public sealed record TestMail
{
    public string From { get; init; } = "hanako@example.jp";

    public string FromName { get; init; } = "山田花子";

    public string Subject { get; init; } = "不審なメッセージが表示されました";

    public string Body { get; init; } = "パソコンに「ウイルスに感染しました」と表示され、電話するように言われました。";

    public string MessageId { get; init; } = $"{Guid.NewGuid():N}@mail.example.jp";

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> ExtraHeaders { get; init; } = [];

    /// <summary>ISO-2022-JP headers (RFC 2047 B) and body, as most Japanese mail programs still send.</summary>
    public byte[] Bytes()
    {
        var jis = Encoding.GetEncoding(50220);
        string Word(string s) => $"=?ISO-2022-JP?B?{Convert.ToBase64String(jis.GetBytes(s))}?=";
        var head = new StringBuilder()
            .Append("From: ").Append(Word(FromName)).Append(" <").Append(From).Append(">\r\n")
            .Append("To: desk@anshin.localhost\r\n")
            .Append("Subject: ").Append(Word(Subject)).Append("\r\n")
            .Append("Date: Tue, 01 Dec 2026 10:00:00 +0900\r\n")
            .Append("Message-ID: <").Append(MessageId).Append(">\r\n");
        if (InReplyTo is not null)
        {
            head.Append("In-Reply-To: <").Append(InReplyTo).Append(">\r\n");
        }

        foreach (var h in ExtraHeaders)
        {
            head.Append(h).Append("\r\n");
        }

        head.Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. jis.GetBytes(Body.ReplaceLineEndings("\r\n")), .. "\r\n"u8];
    }
}

/// <summary>Posts raw mail to <c>/api/mail/inbound</c> with a token of a real API client.</summary>
public static class MailgateClient
{
    public static async Task<string> TokenAsync(this TestApp app, string scope = ApiScopes.MailInbound)
    {
        var token = ApiTokenAuthenticationHandler.NewToken();
        using var s = app.Factory.Services.CreateScope();
        var db = s.ServiceProvider.GetRequiredService<AnshinDbContext>();
        db.Add(new ApiClient
        {
            Name = "mailgate-" + scope,
            TokenHash = ApiTokenAuthenticationHandler.HashToken(token),
            TokenPrefix = token[..12],
            Scopes = scope,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>A newly created consultant, signed in.</summary>
    public static async Task<HttpClient> SignedInAsync(this TestApp app)
    {
        var name = "mail-" + Guid.NewGuid().ToString("N")[..8];
        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync(name);
        return await app.SignedInClientAsync(name);
    }

    /// <summary>A newly created administrator, signed in.</summary>
    public static async Task<HttpClient> SignedInAdminAsync(this TestApp app)
    {
        var name = "mail-admin-" + Guid.NewGuid().ToString("N")[..8];
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync(name);
        return await app.SignedInClientAsync(name);
    }

    /// <summary>An app, a client and a token with the inbound-mail scope.</summary>
    public static async Task<(TestApp App, HttpClient Client, string Token)> StartWithTokenAsync(DatabaseKind kind,
        IDictionary<string, string?>? overrides = null)
    {
        var app = await TestApp.StartAsync(kind, overrides);
        return (app, app.Client(), await app.TokenAsync());
    }

    /// <summary>Delivers a message, asserts it was accepted, and returns the app's receipt.</summary>
    public static async Task<InboundMailReceipt> DeliverOkAsync(this HttpClient client, string token, TestMail mail)
    {
        var response = await client.DeliverAsync(token, mail.Bytes());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InboundMailReceipt>())!;
    }

    public static async Task<HttpResponseMessage> DeliverAsync(this HttpClient client, string token, byte[] raw)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mail/inbound") { Content = new ByteArrayContent(raw) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
