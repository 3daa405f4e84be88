using Aligners.Orchestration.Requests;

namespace Aligners.Orchestration.Bulk;

/// <summary>
/// The name of a bulk job's input blob as a caller gives it (HTTP <c>{"blob": name}</c>, a
/// <c>bulk-requests</c> message), confined to the tenant's own folder of the inputs container:
/// <c>tenants/{tenant}/{name}</c>.
/// </summary>
/// <remarks>
/// The inputs container also holds every job's validated chunks (<c>bulk/{jobId}/...</c>), and the
/// storage SDK resolves <c>../</c> in a blob name across containers, so a name taken as given
/// could read any blob of the account. A name here is a relative path of plain segments, checked
/// before it is joined to the prefix: nothing it can say reaches outside the tenant's folder.
/// </remarks>
public static class InputBlobName
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxLength = 512;

    /// <summary>The folder of <paramref name="tenant"/>'s input blobs, with its trailing slash.</summary>
    public static string Prefix(string tenant) => $"tenants/{tenant}/";

    /// <summary>The full blob name of <paramref name="name"/> in <paramref name="tenant"/>'s folder.</summary>
    /// <exception cref="InvalidRequestException">The name is missing or is no plain relative path.</exception>
    public static string Resolve(string? name, string tenant)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidRequestException("blob", "name a JSONL blob in your folder of the inputs container, or send the lines as application/x-ndjson");
        }
        if (name.Length > MaxLength)
        {
            throw new InvalidRequestException("blob", $"is {name.Length} characters; the limit is {MaxLength}");
        }
        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')))
        {
            throw new InvalidRequestException("blob", "may hold only letters, digits, '-', '_', '.' and '/' (no encoded, absolute or query characters)");
        }
        if (name.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidRequestException("blob", "must be a relative path of named segments: no leading or doubled '/', no '.' or '..'");
        }
        return Prefix(tenant) + name;
    }
}
