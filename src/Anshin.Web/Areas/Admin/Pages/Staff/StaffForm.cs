using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.Admin.Pages.Staff;

/// <summary>The fields an administrator edits on a staff account (shared by the create and edit pages).</summary>
public sealed class StaffForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Staff.DisplayName")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Staff.Email")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    public string Email { get; set; } = "";

    [Display(Name = "Staff.Roles")]
    public List<string> Roles { get; set; } = [];
}
