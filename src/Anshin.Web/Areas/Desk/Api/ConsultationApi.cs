using System.ComponentModel;
using System.Globalization;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Desk.Api;

/// <summary>
/// <c>POST /api/consultations</c>: the intake form as JSON, with the same fields and the same validation. Anonymous and
/// rate-limited like every anonymous POST.
/// </summary>
public static class ConsultationApi
{
    public static void MapConsultationApi(this WebApplication app)
    {
        app.MapPost("/api/consultations", SubmitAsync)
            .WithName("SubmitConsultation")
            .WithTags("Desk")
            .WithSummary("Submit a consultation")
            .WithDescription("Creates a consultation from the desk's structured questions and returns its receipt number and the date by " +
                "which the desk will answer (5 business days). Attachments are base64; PNG, JPEG, GIF, PDF, plain text and .eml " +
                "are accepted, decided by content. Errors are problem details with one message per field.")
            .Accepts<ConsultationSubmission>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .AllowAnonymous();
    }

    private static async Task<Results<Created<ConsultationReceipt>, ValidationProblem>> SubmitAsync(
        ConsultationSubmission body, IntakeService intake, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var request = body.ToRequest(out var bindErrors);
        var (receipt, errors) = bindErrors.Count > 0 ? (null, bindErrors) : await intake.SubmitAsync(request, null, ct);
        if (receipt is null)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => t[e.MessageKey, e.Args].Value).ToArray()),
                title: t["Intake.Error.Title"]);
        }

        return TypedResults.Created((string?)null,
            new ConsultationReceipt(receipt.ReceiptNumber, receipt.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static string JsonName(string field) => field == nameof(IntakeRequest.Files)
        ? "attachments"
        : char.ToLowerInvariant(field[0]) + field[1..];
}

/// <summary>A consultation as submitted through the API.</summary>
public sealed record ConsultationSubmission
{
    [Description("pc, smartphone, tablet, other or unknown")]
    public string? DeviceType { get; init; }

    [Description("Operating system and version, e.g. Windows 11 or iOS 17")]
    public string? OperatingSystem { get; init; }

    public string? SecuritySoftware { get; init; }

    public string? CloudServices { get; init; }

    [Description("What happened, in time order with dates. Required.")]
    public string? WhatHappened { get; init; }

    [Description("Why the person thinks it is a virus or unauthorised access")]
    public string? WhySuspected { get; init; }

    public string? OtherDesksAsked { get; init; }

    [Description("Address for the reply. Required. Full-width input is accepted.")]
    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Name { get; init; }

    [Description("The person agreed to the privacy notice. Must be true.")]
    public bool Consent { get; init; }

    [Description("Symptom chosen in the self-help navigator, if any")]
    public string? Symptom { get; init; }

    [Description("Path walked in the self-help navigator, if any")]
    public string? NavigatorPath { get; init; }

    [Description("ja (default) or en: the language of the acknowledgement and replies")]
    public string? Language { get; init; }

    public IReadOnlyList<AttachmentSubmission>? Attachments { get; init; }

    public IntakeRequest ToRequest(out List<IntakeError> errors)
    {
        errors = [];
        var files = new List<IncomingFile>();
        foreach (var a in Attachments ?? [])
        {
            try
            {
                files.Add(new IncomingFile(a.FileName ?? "", Convert.FromBase64String(a.ContentBase64 ?? "")));
            }
            catch (FormatException)
            {
                errors.Add(new IntakeError(nameof(IntakeRequest.Files), "Intake.Error.Base64", IntakeValidator.DisplayName(a.FileName)));
            }
        }

        DeviceType? device = Enum.TryParse<DeviceType>(DeviceType, ignoreCase: true, out var d) && !int.TryParse(DeviceType, out _) ? d : null;
        return new IntakeRequest
        {
            Channel = Channel.Web,
            DeviceType = device,
            OperatingSystem = OperatingSystem,
            SecuritySoftware = SecuritySoftware,
            CloudServices = CloudServices,
            WhatHappened = WhatHappened,
            WhySuspected = WhySuspected,
            OtherDesksAsked = OtherDesksAsked,
            Email = Email,
            Phone = Phone,
            Name = Name,
            Consent = Consent,
            Symptom = Symptom,
            NavigatorPath = NavigatorPath,
            Language = Language == "en" ? "en" : "ja",
            Files = files,
        };
    }
}

/// <summary>An attached file: its name (shown only) and its bytes in base64.</summary>
public sealed record AttachmentSubmission(string? FileName, string? ContentBase64);

/// <summary>What the consulter keeps: the receipt number and the date the desk will answer by.</summary>
public sealed record ConsultationReceipt(string ReceiptNumber, string DueDate);
