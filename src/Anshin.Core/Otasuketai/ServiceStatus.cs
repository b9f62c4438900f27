namespace Anshin.Core.Otasuketai;

/// <summary>Where a service application stands, from the provider's draft to a registration and its end.</summary>
public enum ServiceStatus
{
    Draft = 0,
    Submitted = 1,
    UnderReview = 2,

    /// <summary>Sent back to the provider with the reviewer's comments; the provider revises and submits again.</summary>
    Returned = 3,

    Registered = 4,
    Rejected = 5,
    Suspended = 6,
    Withdrawn = 7,
}

/// <summary>Who moves an application.</summary>
public enum ServiceActor
{
    Provider = 1,
    Reviewer = 2,
}

/// <summary>The review workflow: which moves each side may make. Anything else is refused.</summary>
public static class ServiceWorkflow
{
    private static readonly Dictionary<(ServiceStatus From, ServiceStatus To), ServiceActor> Moves = new()
    {
        [(ServiceStatus.Draft, ServiceStatus.Submitted)] = ServiceActor.Provider,
        [(ServiceStatus.Returned, ServiceStatus.Submitted)] = ServiceActor.Provider,
        [(ServiceStatus.Draft, ServiceStatus.Withdrawn)] = ServiceActor.Provider,
        [(ServiceStatus.Submitted, ServiceStatus.Withdrawn)] = ServiceActor.Provider,
        [(ServiceStatus.Returned, ServiceStatus.Withdrawn)] = ServiceActor.Provider,
        [(ServiceStatus.Submitted, ServiceStatus.UnderReview)] = ServiceActor.Reviewer,
        [(ServiceStatus.UnderReview, ServiceStatus.Registered)] = ServiceActor.Reviewer,
        [(ServiceStatus.UnderReview, ServiceStatus.Returned)] = ServiceActor.Reviewer,
        [(ServiceStatus.UnderReview, ServiceStatus.Rejected)] = ServiceActor.Reviewer,
        [(ServiceStatus.Registered, ServiceStatus.Suspended)] = ServiceActor.Reviewer,
        [(ServiceStatus.Suspended, ServiceStatus.Registered)] = ServiceActor.Reviewer,
    };

    /// <summary>True when <paramref name="actor"/> may move an application from one status to the other.</summary>
    public static bool CanMove(ServiceStatus from, ServiceStatus to, ServiceActor actor) =>
        (Moves.TryGetValue((from, to), out var who) && who == actor)
        || (to == ServiceStatus.Withdrawn && from is ServiceStatus.Registered or ServiceStatus.Suspended);

    /// <summary>The statuses the actor can move an application to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<ServiceStatus> NextFor(ServiceStatus from, ServiceActor actor) =>
        Enum.GetValues<ServiceStatus>().Where(to => CanMove(from, to, actor)).ToList();

    /// <summary>The provider edits only a draft or an application returned to it.</summary>
    public static bool ProviderCanEdit(ServiceStatus status) => status is ServiceStatus.Draft or ServiceStatus.Returned;

    /// <summary>Shown on the public list and in the wizard.</summary>
    public static bool IsListed(ServiceStatus status) => status == ServiceStatus.Registered;
}
