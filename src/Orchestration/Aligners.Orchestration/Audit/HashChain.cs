using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Audit;

/// <summary>
/// The audit trail's tamper evidence. An entry's canonical form is its JSON without <c>hash</c>,
/// object keys sorted ordinally at every depth, no whitespace; its hash is the lower-case hex
/// HMAC-SHA256 of <c>prev + "\n" + canonical</c> under the audit key of the version the entry
/// records in <c>keyVersion</c> (part of the canonical form), and the first entry's <c>prev</c> is
/// <see cref="Genesis"/>. Verification re-derives every hash from the stored lines with the key of
/// each entry's version.
/// </summary>
/// <remarks>
/// Entries written before keyed chaining carry no <c>keyVersion</c> and a plain SHA-256 hash. They
/// are read and checked as such while no keyed entry precedes them (an instance that was running
/// when keyed chaining came continues its record), and the record then verifies as
/// <see cref="VerificationResult.Unkeyed"/>: anyone with write access could have written those
/// entries, even where keyed entries follow them. An unkeyed entry after a keyed one can only have
/// been written without the key and is reported as bad.
/// </remarks>
public static class HashChain
{
    /// <summary>The <c>prev</c> of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Builds the entry that follows <paramref name="prev"/>, sealed with the current key of <paramref name="keys"/>.</summary>
    public static AuditEntry Seal(long seq, string id, string type, DateTimeOffset time, JsonObject data, string prev, AuditKeys keys)
    {
        var hash = Mac(keys.Current, prev, Canonical(ToNode(seq, id, type, time, data, prev, keys.CurrentVersion, hash: null)));
        return new AuditEntry(seq, id, type, time, data, prev, keys.CurrentVersion, hash);
    }

    /// <summary>The stored line of an entry (no newline).</summary>
    public static string ToLine(AuditEntry e) => Canonical(ToNode(e.Seq, e.Id, e.Type, e.Time, e.Data, e.Prev, e.KeyVersion, e.Hash));

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
            node["keyVersion"]?.GetValue<string>(),
            node["hash"]?.GetValue<string>() ?? throw new JsonException("missing hash"));
    }

    /// <summary>
    /// Checks sequence numbers, links and hashes of stored lines with <paramref name="keys"/>,
    /// naming the first bad entry: one that was changed, removed or inserted, one signed with a
    /// key version <paramref name="keys"/> does not hold, or one appended without the key.
    /// </summary>
    public static VerificationResult Verify(IReadOnlyList<string> lines, AuditKeys keys)
    {
        var prev = Genesis;
        var keyed = 0;
        var unkeyed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            JsonObject node;
            try
            {
                node = JsonNode.Parse(lines[i])?.AsObject() ?? throw new JsonException("empty");
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return VerificationResult.Bad(lines.Count, i, $"line {i + 1} is not a JSON object: {e.Message}");
            }
            var seq = node["seq"] is JsonValue s && s.TryGetValue<long>(out var n) ? n : -1;
            if (seq != i)
            {
                return VerificationResult.Bad(lines.Count, i, $"entry {i} carries seq {seq}");
            }
            if (!(node["prev"] is JsonValue p && p.TryGetValue<string>(out var linked) && linked == prev))
            {
                return VerificationResult.Bad(lines.Count, i, $"entry {i}'s prev does not match the hash of entry {i - 1}");
            }
            var stored = node["hash"] is JsonValue h && h.TryGetValue<string>(out var hash) ? hash : "";
            node.Remove("hash");
            string actual;
            switch (node["keyVersion"])
            {
                case null when keyed > 0:
                    return VerificationResult.Bad(lines.Count, i,
                        $"entry {i} carries no key version after signed entries: it was appended by someone without the audit key");
                case null:
                    actual = Sha256(prev, Canonical(node));
                    unkeyed++;
                    break;
                case JsonValue v when v.TryGetValue<string>(out var version):
                    if (!keys.TryGet(version, out var key))
                    {
                        return VerificationResult.Bad(lines.Count, i,
                            $"entry {i} is signed with key version '{version}', which is not configured (Audit:HmacKey with Audit:KeyVersion, or Audit:Keys:{version})");
                    }
                    actual = Mac(key, prev, Canonical(node));
                    keyed++;
                    break;
                default:
                    return VerificationResult.Bad(lines.Count, i, $"entry {i}'s keyVersion is not a string");
            }
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(actual)))
            {
                return VerificationResult.Bad(lines.Count, i, node["keyVersion"] is null
                    ? $"entry {i}'s hash does not match its content"
                    : $"entry {i}'s hash does not match its content under key version '{node["keyVersion"]}': it was changed, or written without the key");
            }
            prev = actual;
        }
        return unkeyed > 0 ? VerificationResult.UnkeyedOk(lines.Count) : VerificationResult.Ok(lines.Count);
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

    private static JsonObject ToNode(long seq, string id, string type, DateTimeOffset time, JsonObject data, string prev, string? keyVersion, string? hash)
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
        if (keyVersion is not null)
        {
            node["keyVersion"] = keyVersion;
        }
        if (hash is not null)
        {
            node["hash"] = hash;
        }
        return node;
    }

    private static string Mac(byte[] key, string prev, string canonical) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prev + "\n" + canonical)));

    // Entries written before keyed chaining: read and verified, never written.
    private static string Sha256(string prev, string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prev + "\n" + canonical)));
}
