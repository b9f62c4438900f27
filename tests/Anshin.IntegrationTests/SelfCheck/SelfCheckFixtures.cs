using Anshin.Core.SelfCheck;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.SelfCheck;

/// <summary>Shared steps of the self-diagnosis tests.</summary>
internal static class SelfCheckFixtures
{
    /// <summary>An app without demo content (peer groups start empty) and with a fixed public address for links.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Database:SeedDemoContent"] = "false",
        ["Hosting:PublicUrl"] = "https://anshin.example.jp",
    };

    public static readonly int[] Part1 = [1, 2, 3, 4, 5];
    public static readonly int[] Part2 = [.. Enumerable.Range(6, 13)];
    public static readonly int[] Part3 = [.. Enumerable.Range(19, 7)];

    public static Dictionary<string, string> Answer(IEnumerable<int> questions, string value, string go = "next")
    {
        var fields = questions.ToDictionary(q => $"q{q}", _ => value);
        fields["go"] = go;
        return fields;
    }

    /// <summary>Takes the whole diagnosis through the pages; returns the result page's address.</summary>
    public static async Task<string> TakeAsync(HttpClient client, string industry, int size, Func<int, string> answer)
    {
        var start = await client.SubmitAsync("/self-check", new Dictionary<string, string>(), "/self-check?handler=Start");
        var next = start.Location()!;
        if (next == "/self-check/profile")
        {
            next = (await client.SubmitAsync(next, new Dictionary<string, string> { ["Industry"] = industry, ["SizeBand"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Location()!;
        }

        foreach (var part in new[] { Part1, Part2, Part3 })
        {
            var fields = part.ToDictionary(q => $"q{q}", answer);
            fields["go"] = "next";
            next = (await client.SubmitAsync(next, fields)).Location()!;
        }

        return next;
    }

    /// <summary>Records a result directly through the service, as many organisations would.</summary>
    public static async Task<(Organisation Organisation, SelfCheckResult Result)> SubmitAsync(TestApp app, Organisation? organisation,
        IReadOnlyList<SelfCheckAnswer> answers, string industry, int size)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Anshin.Web.Platform.Data.AnshinDbContext>();
        if (organisation is null)
        {
            (organisation, _) = services.GetRequiredService<OrganisationAccounts>().Create(industry, size);
        }
        else
        {
            db.Attach(organisation);
        }

        var result = await services.GetRequiredService<SelfCheckSubmitter>().SubmitAsync(organisation, answers, industry, size, CancellationToken.None);
        return (organisation, result);
    }

    public static IReadOnlyList<SelfCheckAnswer> All(SelfCheckAnswer answer) => [.. Enumerable.Repeat(answer, SelfCheckScore.QuestionCount)];
}
