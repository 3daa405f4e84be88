using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Audit;

/// <summary>Outcome of verifying an audit record: valid, or the first bad entry and why.</summary>
public sealed record VerificationResult(bool Valid, int Entries, long? FirstBadSeq, string? Reason)
{
    /// <summary>A record whose every entry checks out.</summary>
    public static VerificationResult Ok(int entries) => new(true, entries, null, null);
}

/// <summary>
/// The audit trail's tamper evidence. An entry's canonical form is its JSON without <c>hash</c>,
/// object keys sorted ordinally at every depth, no whitespace; its hash is the lower-case hex
/// SHA-256 of <c>prev + "\n" + canonical</c>, and the first entry's <c>prev</c> is
/// <see cref="Genesis"/>. Verification re-derives every hash from the stored lines.
/// </summary>
public static class HashChain
{
    /// <summary>The <c>prev</c> of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Builds the entry that follows <paramref name="prev"/> with its hash.</summary>
    public static AuditEntry Seal(long seq, string id, string type, DateTimeOffset time, JsonObject data, string prev)
    {
        var hash = Compute(prev, Canonical(ToNode(seq, id, type, time, data, prev, hash: null)));
        return new AuditEntry(seq, id, type, time, data, prev, hash);
    }

    /// <summary>The stored line of an entry (no newline).</summary>
    public static string ToLine(AuditEntry e) => Canonical(ToNode(e.Seq, e.Id, e.Type, e.Time, e.Data, e.Prev, e.Hash));

    /// <summary>Parses a stored line.</summary>
    /// <exception cref="JsonException">The line is not an audit entry.</exception>
    public static AuditEntry Parse(string line)
    {
        var node = JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("empty line");
        return new AuditEntry(
            node["seq"]?.GetValue<long>() ?? throw new JsonException("missing seq"),
            node["id"]?.GetValue<string>() ?? throw new JsonException("missing id"),
            node["type"]?.GetValue<string>() ?? throw new JsonException("missing type"),
            DateTimeOffset.Parse(node["time"]?.GetValue<string>() ?? throw new JsonException("missing time"), CultureInfo.InvariantCulture),
            node["data"]?.AsObject() ?? throw new JsonException("missing data"),
            node["prev"]?.GetValue<string>() ?? throw new JsonException("missing prev"),
            node["hash"]?.GetValue<string>() ?? throw new JsonException("missing hash"));
    }

    /// <summary>Checks sequence numbers, links and hashes of stored lines, naming the first bad entry.</summary>
    public static VerificationResult Verify(IReadOnlyList<string> lines)
    {
        var prev = Genesis;
        for (var i = 0; i < lines.Count; i++)
        {
            JsonObject node;
            try
            {
                node = JsonNode.Parse(lines[i])?.AsObject() ?? throw new JsonException("empty");
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return new VerificationResult(false, lines.Count, i, $"line {i + 1} is not a JSON object: {e.Message}");
            }
            var seq = node["seq"] is JsonValue s && s.TryGetValue<long>(out var n) ? n : -1;
            if (seq != i)
            {
                return new VerificationResult(false, lines.Count, i, $"entry {i} carries seq {seq}");
            }
            if (node["prev"]?.GetValue<string>() != prev)
            {
                return new VerificationResult(false, lines.Count, i, $"entry {i}'s prev does not match the hash of entry {i - 1}");
            }
            var stored = node["hash"]?.GetValue<string>();
            node.Remove("hash");
            var actual = Compute(prev, Canonical(node));
            if (stored != actual)
            {
                return new VerificationResult(false, lines.Count, i, $"entry {i}'s hash does not match its content");
            }
            prev = actual;
        }
        return VerificationResult.Ok(lines.Count);
    }

    /// <summary>The canonical JSON of a node: keys sorted ordinally at every depth, compact.</summary>
    public static string Canonical(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            Write(writer, node);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, JsonNode? node)
    {
        switch (node)
        {
            case null:
                w.WriteNullValue();
                break;
            case JsonObject o:
                w.WriteStartObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    w.WritePropertyName(key);
                    Write(w, value);
                }
                w.WriteEndObject();
                break;
            case JsonArray a:
                w.WriteStartArray();
                foreach (var item in a)
                {
                    Write(w, item);
                }
                w.WriteEndArray();
                break;
            default:
                node.WriteTo(w);
                break;
        }
    }

    private static JsonObject ToNode(long seq, string id, string type, DateTimeOffset time, JsonObject data, string prev, string? hash)
    {
        var node = new JsonObject
        {
            ["seq"] = seq,
            ["id"] = id,
            ["type"] = type,
            ["time"] = time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            ["data"] = JsonNode.Parse(data.ToJsonString()),
            ["prev"] = prev,
        };
        if (hash is not null)
        {
            node["hash"] = hash;
        }
        return node;
    }

    private static string Compute(string prev, string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prev + "\n" + canonical)));
}
