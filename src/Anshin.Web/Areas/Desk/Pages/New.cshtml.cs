using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Pages;

/// <summary>A consultant records a consultation that came by phone, FAX or post, with the same questions as the web form.</summary>
[Authorize(Policy = DeskPolicies.Work)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public sealed class NewModel(IntakeService intake, AnshinDbContext db, IOptions<DeskOptions> options, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Channel Channel { get; set; } = Channel.Phone;

    [BindProperty]
    public StaffIntakeInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<Method> Methods { get; private set; } = [];

    public DeskOptions Limits => options.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Channel is not (Channel.Phone or Channel.Fax or Channel.Post))
        {
            return RedirectToPage(new { channel = Channel.Phone });
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Channel is not (Channel.Phone or Channel.Fax or Channel.Post))
        {
            return BadRequest();
        }

        var files = new List<IncomingFile>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            if (file.Length > Limits.MaxAttachmentBytes)
            {
                ModelState.AddModelError(nameof(Files),
                    t["Intake.Error.FileTooLarge", IntakeValidator.DisplayName(file.FileName), IntakeValidator.Megabytes(Limits.MaxAttachmentBytes)]);
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            files.Add(new IncomingFile(file.FileName, buffer.ToArray()));
        }

        if (ModelState.IsValid)
        {
            var actor = await StaffActor.CurrentAsync(db, User, ct);
            var (receipt, errors) = await intake.SubmitAsync(Input.ToRequest(Channel, files), actor, ct);
            if (receipt is not null)
            {
                TempData["Flash"] = t["NewCase.Saved", receipt.ReceiptNumber].Value;
                return RedirectToPage("Cases/Show", new { id = receipt.Id });
            }

            foreach (var e in errors)
            {
                ModelState.AddModelError(e.Field == nameof(IntakeRequest.Files) ? nameof(Files) : $"{nameof(Input)}.{e.Field}", t[e.MessageKey, e.Args]);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Methods = await db.Set<Method>().AsNoTracking().Where(m => m.IsActive)
            .OrderBy(m => m.ParentId ?? m.Id).ThenBy(m => m.ParentId != null).ThenBy(m => m.SortOrder).ToListAsync(ct);
}

/// <summary>The consultant's form: the web form's questions plus channel details.</summary>
public sealed class StaffIntakeInput
{
    public DeviceType? DeviceType { get; set; } = Model.DeviceType.Unknown;

    public string? OperatingSystem { get; set; }

    public string? SecuritySoftware { get; set; }

    public string? CloudServices { get; set; }

    public string? WhatHappened { get; set; }

    public string? WhySuspected { get; set; }

    public string? OtherDesksAsked { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public Urgency Urgency { get; set; }

    public int? MethodId { get; set; }

    /// <summary>Japan time, as typed or filled by the call timer.</summary>
    public DateTime? CallStartedAt { get; set; }

    public DateTime? CallEndedAt { get; set; }

    public string? Notes { get; set; }

    public bool AnsweredOnCall { get; set; }

    public IntakeRequest ToRequest(Channel channel, IReadOnlyList<IncomingFile> files) => new()
    {
        Channel = channel,
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
        Address = Address,
        Urgency = Urgency,
        MethodId = MethodId,
        CallStartedAt = Utc(CallStartedAt),
        CallEndedAt = Utc(CallEndedAt),
        Notes = Notes,
        AnsweredOnCall = channel == Channel.Phone && AnsweredOnCall,
        Files = files,
    };

    private static DateTime? Utc(DateTime? tokyo) => tokyo is null
        ? null
        : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(tokyo.Value, DateTimeKind.Unspecified), Anshin.Core.Calendar.BusinessCalendar.Tokyo);
}
