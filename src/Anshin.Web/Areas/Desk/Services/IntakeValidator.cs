using Anshin.Core.Desk;
using Anshin.Core.Text;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Checks and normalises a new consultation: full-width and half-width input are both accepted (NFKC), e-mail and
/// phone are put into one form, attachments are judged by their content. Returns every problem at once, per field.
/// </summary>
public static class IntakeValidator
{
    public static IReadOnlyList<IntakeError> Validate(IntakeRequest r, DeskOptions limits)
    {
        var errors = new List<IntakeError>();

        r.OperatingSystem = Text(r.OperatingSystem, nameof(r.OperatingSystem), 200, errors);
        r.SecuritySoftware = Text(r.SecuritySoftware, nameof(r.SecuritySoftware), 200, errors);
        r.CloudServices = Text(r.CloudServices, nameof(r.CloudServices), 500, errors);
        r.WhatHappened = Text(r.WhatHappened, nameof(r.WhatHappened), 20_000, errors);
        r.WhySuspected = Text(r.WhySuspected, nameof(r.WhySuspected), 5_000, errors);
        r.OtherDesksAsked = Text(r.OtherDesksAsked, nameof(r.OtherDesksAsked), 1_000, errors);
        r.Name = Text(r.Name, nameof(r.Name), 100, errors);
        r.Address = Text(r.Address, nameof(r.Address), 500, errors);
        r.Symptom = Text(r.Symptom, nameof(r.Symptom), 200, errors);
        r.NavigatorPath = Text(r.NavigatorPath, nameof(r.NavigatorPath), 1_000, errors);
        r.Subject = Text(r.Subject, nameof(r.Subject), 200, errors);
        r.Notes = Text(r.Notes, nameof(r.Notes), 20_000, errors);

        if (r.DeviceType is null || !Enum.IsDefined(r.DeviceType.Value))
        {
            errors.Add(new(nameof(r.DeviceType), "Intake.Error.DeviceType"));
        }

        if (r.WhatHappened.Length == 0)
        {
            errors.Add(new(nameof(r.WhatHappened), "Intake.Error.WhatHappened"));
        }

        CheckContact(r, errors);

        if (!r.RecordedByStaff && !r.Consent)
        {
            errors.Add(new(nameof(r.Consent), "Intake.Error.Consent"));
        }

        if (r.RecordedByStaff && r.CallStartedAt is { } start && r.CallEndedAt is { } end && end < start)
        {
            errors.Add(new(nameof(r.CallEndedAt), "Intake.Error.CallEndsBeforeStart"));
        }

        if (!Enum.IsDefined(r.Urgency))
        {
            errors.Add(new(nameof(r.Urgency), "Intake.Error.Urgency"));
        }

        CheckFiles(r.Files, limits, errors);
        return errors;
    }

    private static void CheckContact(IntakeRequest r, List<IntakeError> errors)
    {
        var email = Text(r.Email, nameof(r.Email), 300, errors);
        if (email.Length > 0)
        {
            r.Email = ContactText.NormalizeEmail(email);
            if (r.Email is null)
            {
                errors.Add(new(nameof(r.Email), "Intake.Error.EmailInvalid"));
            }
        }
        else
        {
            r.Email = null;
            // The desk answers web consultations by e-mail; staff-recorded ones are answered the way they came.
            if (!r.RecordedByStaff)
            {
                errors.Add(new(nameof(r.Email), "Intake.Error.EmailRequired"));
            }
        }

        var phone = Text(r.Phone, nameof(r.Phone), 50, errors);
        if (phone.Length > 0)
        {
            r.Phone = ContactText.NormalizePhone(phone);
            if (r.Phone is null)
            {
                errors.Add(new(nameof(r.Phone), "Intake.Error.PhoneInvalid"));
            }
        }
        else
        {
            r.Phone = null;
        }
    }

    private static void CheckFiles(IReadOnlyList<IncomingFile> files, DeskOptions limits, List<IntakeError> errors)
    {
        const string field = nameof(IntakeRequest.Files);
        if (files.Count > limits.MaxAttachments)
        {
            errors.Add(new(field, "Intake.Error.TooManyFiles", limits.MaxAttachments));
            return;
        }

        foreach (var file in files)
        {
            var name = DisplayName(file.FileName);
            if (file.Content.Length == 0)
            {
                errors.Add(new(field, "Intake.Error.FileEmpty", name));
            }
            else if (file.Content.Length > limits.MaxAttachmentBytes)
            {
                errors.Add(new(field, "Intake.Error.FileTooLarge", name, Megabytes(limits.MaxAttachmentBytes)));
            }
            else if (AttachmentSniffer.Sniff(file.Content.AsSpan(0, Math.Min(file.Content.Length, AttachmentSniffer.HeadLength))) is null)
            {
                errors.Add(new(field, "Intake.Error.FileType", name));
            }
        }
    }

    /// <summary>A file name safe to show and store: no path, no control characters, at most 255 characters.</summary>
    public static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        return name.Length <= 255 ? name : name[^255..];
    }

    public static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(string? value, string field, int max, List<IntakeError> errors)
    {
        var text = ContactText.Normalize(value);
        if (text.Length > max)
        {
            errors.Add(new(field, "Intake.Error.TooLong", max));
        }

        return text;
    }
}
