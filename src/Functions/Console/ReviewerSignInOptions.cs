using System.ComponentModel.DataAnnotations;

namespace Aligners.Functions.Console;

/// <summary>Entra ID sign-in for reviewers through App Service Authentication (section <c>ReviewerSignIn</c>).</summary>
public sealed class ReviewerSignInOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ReviewerSignIn";

    /// <summary>Whether App Service Authentication stands in front of the app, so its principal header can be trusted.</summary>
    public bool AppServiceAuthentication { get; set; }

    /// <summary>The app role a signed-in principal needs to review.</summary>
    [Required]
    public string Role { get; set; } = "Reviewer";
}
