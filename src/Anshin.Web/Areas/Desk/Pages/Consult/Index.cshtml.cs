using System.Globalization;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Pages.Consult;

/// <summary>
/// The public consultation form (相談フォーム). Plain questions with examples; the symptom and path from the self-help
/// navigator arrive as query parameters and travel with the form. Saved before the receipt is shown.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public sealed class IndexModel(IntakeService intake, SiteSettings settings, IOptions<DeskOptions> options,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ConsultInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public DeskProfile Desk { get; private set; } = null!;

    public DeskOptions Limits => options.Value;

    public async Task OnGetAsync(string? symptom, string? path, CancellationToken ct)
    {
        Input.Symptom = Clip(symptom, 200);
        Input.NavigatorPath = Clip(path, 1_000);
        Desk = await settings.DeskAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Desk = await settings.DeskAsync(ct);
        var files = new List<IncomingFile>();
        foreach (var file in Files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (file.Length > Limits.MaxAttachmentBytes)
            {
                // Refused before reading it into memory.
                ModelState.AddModelError(nameof(Files),
                    t["Intake.Error.FileTooLarge", IntakeValidator.DisplayName(file.FileName), IntakeValidator.Megabytes(Limits.MaxAttachmentBytes)]);
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            files.Add(new IncomingFile(file.FileName, buffer.ToArray()));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = Input.ToRequest(files, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var (receipt, errors) = await intake.SubmitAsync(request, null, ct);
        if (receipt is null)
        {
            foreach (var e in errors)
            {
                ModelState.AddModelError(e.Field == nameof(IntakeRequest.Files) ? nameof(Files) : $"{nameof(Input)}.{e.Field}", t[e.MessageKey, e.Args]);
            }

            return Page();
        }

        TempData["ReceiptNumber"] = receipt.ReceiptNumber;
        // A day number, not a date string: TempData's serializer turns date-like strings into DateTime.
        TempData["DueDay"] = receipt.DueDate.DayNumber;
        TempData["HasEmail"] = request.Email is not null;
        return RedirectToPage("Thanks");
    }

    private static string? Clip(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}

/// <summary>The form's fields; names match <see cref="IntakeRequest"/> so validation errors land beside the right field.</summary>
public sealed class ConsultInput
{
    public DeviceType? DeviceType { get; set; }

    public string? OperatingSystem { get; set; }

    public string? SecuritySoftware { get; set; }

    public string? CloudServices { get; set; }

    public string? WhatHappened { get; set; }

    public string? WhySuspected { get; set; }

    public string? OtherDesksAsked { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public bool Consent { get; set; }

    public string? Symptom { get; set; }

    public string? NavigatorPath { get; set; }

    public IntakeRequest ToRequest(IReadOnlyList<IncomingFile> files, string language) => new()
    {
        Channel = Channel.Web,
        DeviceType = DeviceType,
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
        Language = language,
        Files = files,
    };
}
