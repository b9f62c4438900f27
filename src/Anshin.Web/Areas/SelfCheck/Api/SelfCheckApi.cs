using System.ComponentModel;
using Anshin.Core.Organisations;
using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SelfCheck.Api;

/// <summary>
/// <c>POST /api/self-check/results</c> records a diagnosis (for a new organisation, which gets a resume code, or for the
/// one a resume code names); <c>GET /api/self-check/benchmarks</c> gives a peer group's figures. Anonymous; the POST is
/// rate-limited like every anonymous POST.
/// </summary>
public static class SelfCheckApi
{
    public static void MapSelfCheckApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/self-check").WithTags("SelfCheck").AllowAnonymous();
        group.MapPost("/results", SubmitAsync)
            .WithName("SubmitSelfCheck")
            .WithSummary("Record a self-diagnosis result")
            .WithDescription("25 answers in question order (done, partly, notDone, unknown), the industry (JSIC major group A–T) and the " +
                "size band (1: 1–5, 2: 6–20, 3: 21–50, 4: 51–100, 5: 101–300, 6: over 300 employees). Without resumeCode a new " +
                "organisation is created and its resume code returned once; with it the result joins that organisation's history.")
            .Accepts<SelfCheckSubmission>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery();
        group.MapGet("/benchmarks", BenchmarksAsync)
            .WithName("SelfCheckBenchmarks")
            .WithSummary("Peer figures of an industry and size band")
            .WithDescription("The average score and the share answering \"done\" per question, over the latest result of every " +
                "organisation in the group. Groups with fewer results than the minimum show nothing (available: false).");
    }

    private static async Task<Results<Created<SelfCheckReceipt>, ValidationProblem>> SubmitAsync(
        SelfCheckSubmission body, OrganisationAccounts accounts, SelfCheckSubmitter submitter, PeerBenchmarks peers,
        IStringLocalizer<SharedResource> t, IOptions<SelfCheckOptions> options, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var answers = new List<SelfCheckAnswer>();
        foreach (var (text, i) in (body.Answers ?? []).Select((a, i) => (a, i)))
        {
            if (ParseAnswer(text) is { } answer)
            {
                answers.Add(answer);
            }
            else
            {
                errors[$"answers[{i}]"] = [t["SelfCheck.Error.AnswerValue"]];
            }
        }

        if (body.Answers is not { Count: SelfCheckScore.QuestionCount })
        {
            errors["answers"] = [t["SelfCheck.Error.AnswerCount", SelfCheckScore.QuestionCount]];
        }

        if (!Industries.IsValid(body.Industry))
        {
            errors["industry"] = [t["SelfCheck.Error.Industry"]];
        }

        if (body.SizeBand is not { } size || !SizeBands.IsValid(size))
        {
            errors["sizeBand"] = [t["SelfCheck.Error.SizeBand"]];
        }

        Organisation? organisation = null;
        if (body.ResumeCode is { Length: > 0 } code && (organisation = await accounts.ResumeAsync(code, ct)) is null)
        {
            errors["resumeCode"] = [t["SelfCheck.Resume.Unknown"]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: t["SelfCheck.Error.Title"]);
        }

        string? newCode = null;
        if (organisation is null)
        {
            (organisation, newCode) = accounts.Create(body.Industry, body.SizeBand);
        }

        var result = await submitter.SubmitAsync(organisation, answers, body.Industry!, body.SizeBand!.Value, ct);
        var band = SelfCheckBands.For(result.Score);
        var group = await peers.ForGroupAsync(result.Industry, result.SizeBand, result.QuestionSetVersion, ct);
        return TypedResults.Created((string?)null, new SelfCheckReceipt(
            result.Id, result.QuestionSetVersion, result.Score, Camel(band.ToString()), SelfCheckBands.Title(band).In(UiLanguage.Current),
            newCode, result.TakenAt, BenchmarkResponse.From(group, result.Score, options.Value.PeerMinimum)));
    }

    private static async Task<Results<Ok<BenchmarkResponse>, ValidationProblem>> BenchmarksAsync(
        string? industry, int? size, PeerBenchmarks peers, IStringLocalizer<SharedResource> t, IOptions<SelfCheckOptions> options, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Industries.IsValid(industry))
        {
            errors["industry"] = [t["SelfCheck.Error.Industry"]];
        }

        if (size is not { } s || !SizeBands.IsValid(s))
        {
            errors["size"] = [t["SelfCheck.Error.SizeBand"]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: t["SelfCheck.Error.Title"]);
        }

        var group = await peers.ForGroupAsync(industry!, size!.Value, SelfCheckQuestionSets.Current.Version, ct);
        return TypedResults.Ok(BenchmarkResponse.From(group, null, options.Value.PeerMinimum));
    }

    private static SelfCheckAnswer? ParseAnswer(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "done" or "4" => SelfCheckAnswer.Done,
        "partly" or "2" => SelfCheckAnswer.Partly,
        "notdone" or "0" => SelfCheckAnswer.NotDone,
        "unknown" or "-1" => SelfCheckAnswer.Unknown,
        _ => null,
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A diagnosis as submitted through the API.</summary>
public sealed record SelfCheckSubmission
{
    [Description("25 answers in question order: done, partly, notDone or unknown (4, 2, 0 and -1 are accepted too)")]
    public IReadOnlyList<string?>? Answers { get; init; }

    [Description("JSIC major group, A–T")]
    public string? Industry { get; init; }

    [Description("Employee size band 1–6")]
    public int? SizeBand { get; init; }

    [Description("The organisation's resume code, to add the result to its history; omit for a new organisation")]
    public string? ResumeCode { get; init; }
}

/// <summary>The recorded result.</summary>
public sealed record SelfCheckReceipt(int Id, string QuestionSetVersion, int Score, string Band, string BandTitle,
    [property: Description("Only for a new organisation: shown once, keep it to come back")] string? ResumeCode,
    DateTime TakenAt, BenchmarkResponse Peers);

/// <summary>A peer group's figures; all null when the group is too small to show.</summary>
public sealed record BenchmarkResponse(string Industry, int SizeBand, string QuestionSetVersion, bool Available, int MinimumGroup,
    int? Results, double? AverageScore, int? Percentile, IReadOnlyList<QuestionShare>? Questions)
{
    public static BenchmarkResponse From(PeerGroup group, int? score, int minimum) => group.Available
        ? new BenchmarkResponse(group.Industry, group.SizeBand, group.Version, true, minimum, group.Results, group.Average,
            score is { } s ? group.PercentileOf(s) : null,
            [.. group.DoneShares.Select((share, i) => new QuestionShare(i + 1, share))])
        : new BenchmarkResponse(group.Industry, group.SizeBand, group.Version, false, minimum, null, null, null, null);
}

/// <summary>The share (percent) of the group answering "done" to a question.</summary>
public sealed record QuestionShare(int Number, int DoneShare);
