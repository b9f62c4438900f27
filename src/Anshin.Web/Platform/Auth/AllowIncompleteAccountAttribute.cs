namespace Anshin.Web.Platform.Auth;

/// <summary>Marks the pages a staff member may use before changing a one-time password or enrolling two-factor.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowIncompleteAccountAttribute : Attribute;
