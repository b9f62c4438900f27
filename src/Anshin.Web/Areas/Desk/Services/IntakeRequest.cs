using Anshin.Web.Areas.Desk.Model;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// A new consultation as it arrives, from the public form, the API or a consultant recording a call, FAX or letter.
/// Every path goes through the same validation (<see cref="IntakeValidator"/>) and the same save (<see cref="IntakeService"/>).
/// </summary>
public sealed class IntakeRequest
{
    public Channel Channel { get; set; } = Channel.Web;

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

    /// <summary>Postal address or FAX number to answer a letter or a FAX.</summary>
    public string? Address { get; set; }

    public bool Consent { get; set; }

    public string? Symptom { get; set; }

    public string? NavigatorPath { get; set; }

    public string? Subject { get; set; }

    public Urgency Urgency { get; set; }

    public string Language { get; set; } = "ja";

    public IReadOnlyList<IncomingFile> Files { get; set; } = [];

    // Recorded by staff for phone, FAX and post.
    public DateTime? CallStartedAt { get; set; }

    public DateTime? CallEndedAt { get; set; }

    public string? Notes { get; set; }

    public int? MethodId { get; set; }

    /// <summary>The consultant answered on the phone: the case is closed at once and counts as answered in time.</summary>
    public bool AnsweredOnCall { get; set; }

    public bool RecordedByStaff => Channel is Channel.Phone or Channel.Fax or Channel.Post;
}

/// <summary>An uploaded file, read into memory (the size limit keeps it small).</summary>
public sealed record IncomingFile(string FileName, byte[] Content);

/// <summary>A validation problem with one field, as a resource key and its arguments.</summary>
public sealed record IntakeError(string Field, string MessageKey, params object[] Args);

/// <summary>The receipt given back to the consulter.</summary>
public sealed record IntakeReceipt(long Id, string ReceiptNumber, DateOnly DueDate);
