namespace Aligners.Inference.Privacy;

/// <summary>
/// Finds one kind of personal data or secret in a text. Implementations are pure, thread-safe and
/// linear in the text's length: their regular expressions run with
/// <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/>, or they scan by hand.
/// </summary>
public interface IPrivacyDetector
{
    /// <summary>The detector's name, as findings report it.</summary>
    string Name { get; }

    /// <summary>Every entity in <paramref name="text"/>; they may overlap, the scanner resolves that.</summary>
    IEnumerable<PrivacyEntity> Detect(string text);
}
