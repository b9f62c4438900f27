namespace Anshin.Core.Otasuketai;

/// <summary>How users reach a service's consultation desk.</summary>
[Flags]
public enum DeskChannels
{
    None = 0,
    Phone = 1,
    Email = 2,
    WebForm = 4,
    Chat = 8,
}

/// <summary>How a service tells its user that something was detected.</summary>
[Flags]
public enum NotificationMethods
{
    None = 0,
    Phone = 1,
    Email = 2,
    App = 4,
}
