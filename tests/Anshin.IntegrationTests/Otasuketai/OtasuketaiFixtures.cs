using System.Globalization;
using System.Text.RegularExpressions;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Otasuketai;

/// <summary>Providers registered through the pages, and application forms that pass the standard unless told otherwise.</summary>
internal static partial class OtasuketaiFixtures
{
    /// <summary>Valid corporate numbers (check digit correct) for test providers.</summary>
    public const string NumberA = "5999901000011";
    public const string NumberB = "2999901000022";
    public const string Password = "みずうみのほとりで2026";

    /// <summary>An app without demo content and with a fixed public address for links.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Database:SeedDemoContent"] = "false",
        ["Hosting:PublicUrl"] = "https://anshin.example.jp",
    };

    public static Dictionary<string, string> Profile(string name, string corporateNumber) => new()
    {
        ["Input.Name"] = name,
        ["Input.NameEn"] = "Sample Watch Co., Ltd.",
        ["Input.CorporateNumber"] = corporateNumber,
        ["Input.Prefecture"] = "13",
        ["Input.Address"] = "千代田区架空町1-2-3",
        ["Input.Website"] = "https://watch.example.jp/",
        ["Input.ContactName"] = "見本 太郎",
        ["Input.Phone"] = "03-0000-1234",
    };

    /// <summary>Registers a provider through the page, confirms its address through the outbox link, and signs the client in.</summary>
    public static async Task<HttpClient> RegisteredProviderAsync(TestApp app, string name, string corporateNumber, string email)
    {
        var client = app.Client();
        var fields = Profile(name, corporateNumber);
        fields["Email"] = email;
        fields["Password"] = Password;
        var page = await Forms.ParseAsync(await client.SubmitAsync("/otasuketai/provider/register", fields));
        Assert.True(page.QuerySelector("#confirmation-sent") is not null,
            "registration refused: " + string.Join(" | ", page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)));
        var mail = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Kind == OutboxKinds.OrganisationLink && m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync());
        var link = LinkPattern().Match(mail.Body);
        Assert.True(link.Success, mail.Body);
        var token = link.Groups["token"].Value;
        var next = Uri.UnescapeDataString(link.Groups["next"].Value);
        var used = await client.SubmitAsync($"/self-check/link?token={token}&next={Uri.EscapeDataString(next)}",
            new Dictionary<string, string> { ["Token"] = token, ["Next"] = next });
        Assert.Equal("/otasuketai/provider", used.Location());
        return client;
    }

    /// <summary>A network-type service that passes every requirement: ¥9,800 per site, nationwide, on-site everywhere.</summary>
    public static List<KeyValuePair<string, string>> Application(string name = "テスト見守りネット", string type = "Network",
        string? perSite = "9,800", string? perDevice = null, string? minimumDevices = null, string? baseMonthly = null, bool onSite = true)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", name),
            new("Input.Description", "UTMを貸し出し、24時間監視します。"),
            new("Input.Type", type),
            new("Input.Category", "1"),
            new("Input.Nationwide", "true"),
            new("Input.DeskChannels", "Phone"),
            new("Input.DeskChannels", "Email"),
            new("Input.DeskHours", "平日 9:00〜18:00"),
            new("Input.MonitorsNetwork", "true"),
            new("Input.MonitorsEndpoints", "true"),
            new("Input.Monitoring24Hours", "true"),
            new("Input.MonitoringScope", "通信の異常と端末の不審な動き"),
            new("Input.Notification", "Phone"),
            new("Input.Notification", "Email"),
            new("Input.OnSiteNationwide", "true"),
            new("Input.OnSiteResponseHours", "24"),
            new("Input.HasInsurance", "true"),
            new("Input.Insurer", "架空損害保険"),
            new("Input.InsuranceCoversFirstResponse", "true"),
            new("Input.InsuranceLimit", "1000000"),
            new("Input.InsuranceUserCost", "0"),
            new("Input.SetupByProvider", "true"),
            new("Input.SuppliesNetworkDevice", "true"),
            new("Input.SupportsServers", "true"),
        };
        if (onSite)
        {
            fields.Add(new("Input.OnSiteSupport", "true"));
        }

        Add(fields, "Input.PerSiteMonthly", perSite);
        Add(fields, "Input.PerDeviceMonthly", perDevice);
        Add(fields, "Input.MinimumDevices", minimumDevices);
        Add(fields, "Input.BaseMonthly", baseMonthly);
        return fields;
    }

    /// <summary>Posts the application form to a handler (Save, Submit, LiveCheck) of the new or an existing application.</summary>
    public static async Task<HttpResponseMessage> PostApplicationAsync(HttpClient client, int? id, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var url = id is { } existing ? $"/otasuketai/provider/services/{existing}/edit" : "/otasuketai/provider/services/new";
        var response = await client.GetAsync(url);
        var page = await Forms.ParseAsync(response);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no form: {(int)response.StatusCode} {response.Location()}");
        return await client.PostAsync($"{url}?handler={handler}",
            new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Creates a draft and returns its id (from the redirect to its edit page).</summary>
    public static async Task<int> DraftAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await PostApplicationAsync(client, null, "Save", fields);
        var location = response.Location() ?? throw new InvalidOperationException("the draft was not saved: " + await response.Content.ReadAsStringAsync());
        return int.Parse(IdPattern().Match(location).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static Task<OtasuketaiService> ServiceAsync(TestApp app, int id) =>
        app.WithDbAsync(db => db.Set<OtasuketaiService>().AsNoTracking().SingleAsync(s => s.Id == id));

    private static void Add(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(new(name, value));
        }
    }

    [GeneratedRegex(@"/self-check/link\?token=(?<token>[A-Za-z0-9_\-]+)&next=(?<next>[^\s]+)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"/services/(\d+)")]
    private static partial Regex IdPattern();
}
