using System.Net.Http.Json;
using System.Text.Json;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>Submits consultations the way the public does (API or form) and reads them back.</summary>
public static class DeskClient
{
    public static Dictionary<string, object?> Submission(string whatHappened = "偽のウイルス警告が出て、表示された番号に電話してしまいました。",
        string email = "taro@example.jp") => new()
        {
            ["deviceType"] = "pc",
            ["operatingSystem"] = "Windows 11",
            ["whatHappened"] = whatHappened,
            ["whySuspected"] = "警告音が鳴ったため",
            ["email"] = email,
            ["consent"] = true,
        };

    public static async Task<HttpResponseMessage> PostConsultationAsync(this HttpClient client, Dictionary<string, object?> body) =>
        await client.PostAsJsonAsync("/api/consultations", body);

    /// <summary>Submits through the API and returns the receipt number.</summary>
    public static async Task<string> SubmitAsync(this HttpClient client, Dictionary<string, object?>? body = null)
    {
        var response = await client.PostConsultationAsync(body ?? Submission());
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"intake failed: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("receiptNumber").GetString()!;
    }

    public static Task<Consultation> CaseAsync(this TestApp app, string receipt) =>
        app.WithDbAsync(db => db.Set<Consultation>().AsNoTracking().Include(c => c.Tags).SingleAsync(c => c.ReceiptNumber == receipt));

    /// <summary>GETs a page and POSTs one of its forms (found by handler), with the antiforgery token of that page.</summary>
    public static async Task<HttpResponseMessage> PostHandlerAsync(this HttpClient client, string pageUrl, string handler,
        IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token");
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var path = pageUrl.Split('?', '#')[0];
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(all));
    }

    /// <summary>Changes a site setting as the admin page does, and drops the cached copy.</summary>
    public static async Task SetSettingAsync(this TestApp app, string key, string value)
    {
        using var scope = app.Factory.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<SiteSettings>();
        await settings.StageAsync(new Dictionary<string, string> { [key] = value });
        await scope.ServiceProvider.GetRequiredService<Anshin.Web.Platform.Data.AnshinDbContext>().SaveChangesAsync();
        await settings.InvalidateAsync();
    }

    public static async Task<int> VersionAsync(this TestApp app, long id) =>
        await app.WithDbAsync(db => db.Set<Consultation>().Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
}
