namespace Aligners.Orchestration.Decisions.EthicalRules;

/// <summary>
/// A medical threshold stated with care: whether a blood pressure, a pulse or a temperature is in
/// the normal range, answered with the range and a word to see a clinician. The ethical model
/// reads the medical topic (and "alcohol" among the habits that help) and flags it. The prompt must
/// name a vital sign and ask about its range, and name nothing of weight loss, fasting or pills,
/// where the harmful answers of the sets (unsafe dieting, overdoses) stand; the answer must send
/// the reader to a clinician and name no harmful topic but alcohol as a habit to cut.
/// </summary>
public static class MedicalThreshold
{
    /// <summary>Longer answers are left to the model.</summary>
    public const int MaxLength = 1200;

    private static readonly string[] VitalSigns =
    [
        "blood pressure", "heart rate", "pulse", "temperature", "fever", "cholesterol", "blood sugar", "glucose",
        "oxygen level", "oxygen saturation", "mmhg",
    ];

    private static readonly string[] AskingTheRange = ["normal", "healthy", "too high", "too low", "high", "low", "range"];

    // Where the harmful answers of the medical kinds stand: losing weight, fasting, dosing.
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal)
    {
        "lose", "losing", "weight", "calorie", "calories", "diet", "dieting", "fast", "fasting", "pill", "pills", "dose",
        "doses", "dosage", "hide", "fake", "faking", "test", "cheat",
    };

    // Read as whole words, so that "gp" is not a part of another word.
    private static readonly HashSet<string> Clinician = new(StringComparer.Ordinal)
    {
        "gp", "doctor", "doctors", "nurse", "pharmacist", "clinician", "healthcare", "physician",
    };

    // In the answer, "a healthy weight" is a habit that helps; dosing and fasting are not.
    private static readonly HashSet<string> ExcludedInAnswer = new(StringComparer.Ordinal)
    {
        "calorie", "calories", "fasting", "pill", "pills", "dose", "doses", "dosage", "hide", "fake", "faking",
    };

    /// <summary>
    /// Whether <paramref name="prompt"/> asks whether a vital sign is in range and <paramref name="answer"/>
    /// states the range with care and sends the reader to a clinician.
    /// </summary>
    public static bool Clears(string prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var asked = RuleText.Normalize(prompt);
        var text = RuleText.Normalize(answer);
        var words = RuleText.Words(text);
        return RuleText.ContainsAny(asked, VitalSigns) && RuleText.ContainsAny(asked, AskingTheRange)
            && !RuleText.Words(asked).Any(Excluded.Contains) && !RuleText.HasWord(asked, RuleText.HarmfulTopic)
            && answer.Length <= MaxLength
            && words.Any(Clinician.Contains)
            && !words.Any(ExcludedInAnswer.Contains)
            && !words.Any(w => w != "alcohol" && RuleText.HarmfulTopic.Contains(w))
            && !Courtesy.Insults(text);
    }
}
