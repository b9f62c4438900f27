namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A consultation (相談): one person's question to the desk, and everything the desk did about it.</summary>
public sealed class Consultation
{
    public long Id { get; set; }

    /// <summary>The receipt number (相談番号) as read out on the phone, <c>YYYY-NNNNNN</c>.</summary>
    public string ReceiptNumber { get; set; } = "";

    public Channel Channel { get; set; }

    public DateTime ReceivedAt { get; set; }

    public CaseStatus Status { get; set; }

    public Urgency Urgency { get; set; }

    public int? MethodId { get; set; }

    public string? AssigneeId { get; set; }

    public string Subject { get; set; } = "";

    // The structured answers the desk asks for.
    public DeviceType DeviceType { get; set; }

    public string OperatingSystem { get; set; } = "";

    public string SecuritySoftware { get; set; } = "";

    public string CloudServices { get; set; } = "";

    public string WhatHappened { get; set; } = "";

    public string WhySuspected { get; set; } = "";

    public string OtherDesksAsked { get; set; } = "";

    /// <summary>The symptom chosen in the self-help navigator before the person asked the desk.</summary>
    public string NavigatorSymptom { get; set; } = "";

    /// <summary>The path the person walked in the navigator, as shown to them.</summary>
    public string NavigatorPath { get; set; } = "";

    // The consulter. Cleared by retention; the rest of the row survives for statistics.
    public string? ConsulterName { get; set; }

    public string? ConsulterEmail { get; set; }

    public string? ConsulterPhone { get; set; }

    /// <summary>The phone number's digits only, to find the same consulter's other cases.</summary>
    public string? ConsulterPhoneDigits { get; set; }

    /// <summary>Postal address or FAX number for consultations by post or FAX.</summary>
    public string? ConsulterAddress { get; set; }

    public DateTime? ConsentedAt { get; set; }

    /// <summary>The language the consulter used (<c>ja</c> or <c>en</c>); replies and acknowledgements follow it.</summary>
    public string Language { get; set; } = "ja";

    // The 5-business-day clock.
    public DateOnly DueDate { get; set; }

    /// <summary>When the clock stopped because the desk waits for the consulter; null while it runs.</summary>
    public DateTime? SlaPausedAt { get; set; }

    /// <summary>Business days left on the clock when it stopped (zero or less when already due).</summary>
    public int? SlaRemainingDays { get; set; }

    public SlaOutcome SlaOutcome { get; set; }

    public DateTime? FirstAnsweredAt { get; set; }

    /// <summary>Business days from receipt to <see cref="FirstAnsweredAt"/> (Japan dates), for the statistics.</summary>
    public int? FirstAnswerBusinessDays { get; set; }

    public DateTime? ClosedAt { get; set; }

    public long? MergedIntoId { get; set; }

    public int? OutOfScopeReasonId { get; set; }

    public int? ReferralId { get; set; }

    /// <summary>When retention removed the personal data; statistics fields stay.</summary>
    public DateTime? AnonymizedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public CaseFlags Flags { get; set; }

    /// <summary>Optimistic concurrency: two consultants saving the same case do not overwrite each other.</summary>
    public int Version { get; set; }

    public List<ConsultationTag> Tags { get; set; } = [];

    public Method? Method { get; set; }

    public bool IsOpen => Status is CaseStatus.New or CaseStatus.InProgress or CaseStatus.Answered;
}
