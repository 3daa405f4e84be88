namespace Aligners.Functions.Http;

/// <summary>
/// Instance ids as routes may carry them: generated and keyed ids are 32 hex digits, bulk lines
/// and chunks add a suffix. Anything else (control characters, separators, overlong) cannot name
/// an instance and is answered as unknown before storage is asked.
/// </summary>
internal static class InstanceIds
{
    public static bool CanExist(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
