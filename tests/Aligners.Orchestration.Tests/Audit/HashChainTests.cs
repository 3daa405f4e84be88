using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Aligners.Orchestration.Tests.Audit;

[Trait("Category", "Unit")]
public class HashChainTests
{
    private static readonly AuditKeys Keys = AuditKeys.Create("1", Key("the app's key"));

    private static byte[] Key(string seed) => SHA256.HashData(Encoding.UTF8.GetBytes(seed));

    private static AuditEntry Entry(int i, string prev, AuditKeys keys) =>
        HashChain.Seal(i, $"inspect:0:c{i}", "Inspected", new DateTimeOffset(2026, 5, 1, 12, 0, i, TimeSpan.Zero),
            new JsonObject { ["activityId"] = $"a{i}", ["output"] = new JsonObject { ["score"] = 0.1 * i, ["text"] = "é ü \"quoted\" 日本" } }, prev, keys);

    private static List<string> Chain(int n, AuditKeys? keys = null, List<string>? after = null)
    {
        var lines = after is null ? [] : new List<string>(after);
        var prev = lines.Count == 0 ? HashChain.Genesis : HashChain.Parse(lines[^1]).Hash;
        for (var i = lines.Count; i < n; i++)
        {
            var e = Entry(i, prev, keys ?? Keys);
            lines.Add(HashChain.ToLine(e));
            prev = e.Hash;
        }
        return lines;
    }

    /// <summary>Lines as written before keyed chaining: no keyVersion, plain SHA-256.</summary>
    private static List<string> UnkeyedChain(int n, List<string>? after = null)
    {
        var lines = after is null ? [] : new List<string>(after);
        var prev = lines.Count == 0 ? HashChain.Genesis : HashChain.Parse(lines[^1]).Hash;
        for (var i = lines.Count; i < n; i++)
        {
            var node = new JsonObject
            {
                ["seq"] = i, ["id"] = $"inspect:0:c{i}", ["type"] = "Inspected", ["time"] = "2026-05-01T12:00:00.0000000Z",
                ["data"] = new JsonObject { ["score"] = 0.5 }, ["prev"] = prev,
            };
            prev = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prev + "\n" + HashChain.Canonical(node))));
            node["hash"] = prev;
            lines.Add(HashChain.Canonical(node));
        }
        return lines;
    }

    [Fact]
    public void Verify_UntouchedChain_IsValidAndKeyed()
    {
        var result = HashChain.Verify(Chain(6), Keys);

        Assert.True(result.Valid, result.Reason);
        Assert.False(result.Unkeyed);
        Assert.Equal(6, result.Entries);
    }

    [Fact]
    public void Verify_TamperedData_NamesThatEntry()
    {
        var lines = Chain(6);
        lines[3] = lines[3].Replace("a3", "a9");

        var result = HashChain.Verify(lines, Keys);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBadSeq);
        Assert.Contains("hash", result.Reason);
    }

    [Fact]
    public void Verify_RemovedEvent_NamesTheGap()
    {
        var lines = Chain(5);
        lines.RemoveAt(2);

        Assert.Equal(2, HashChain.Verify(lines, Keys).FirstBadSeq);
    }

    [Fact]
    public void Verify_RecomputedHashAfterEdit_BreaksTheNextLink()
    {
        var lines = Chain(4);
        var e = HashChain.Parse(lines[1]);
        var forged = HashChain.Seal(1, e.Id, e.Type, e.Time, new JsonObject { ["activityId"] = "forged" }, e.Prev, Keys);
        lines[1] = HashChain.ToLine(forged);

        var result = HashChain.Verify(lines, Keys);

        Assert.Equal(2, result.FirstBadSeq);
        Assert.Contains("prev", result.Reason);
    }

    [Fact]
    public void Verify_EntryAppendedWithoutTheKey_IsTheFirstBadEntry()
    {
        // Someone who can write the blob, and knows the format and the version label, but not the key.
        var intruder = AuditKeys.Create("1", Key("a guess"));
        var lines = Chain(5, intruder, after: Chain(3));

        var result = HashChain.Verify(lines, Keys);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBadSeq);
        Assert.Contains("without the key", result.Reason);
    }

    [Fact]
    public void Verify_UnkeyedEntryAfterSignedOnes_IsBad()
    {
        var lines = UnkeyedChain(4, after: Chain(3));

        var result = HashChain.Verify(lines, Keys);

        Assert.Equal(3, result.FirstBadSeq);
        Assert.Contains("no key version", result.Reason);
    }

    [Fact]
    public void Verify_RecordRewrittenUnderAnotherKey_FailsAtItsFirstEntry()
    {
        var result = HashChain.Verify(Chain(4, AuditKeys.Create("1", Key("someone else's"))), Keys);

        Assert.Equal(0, result.FirstBadSeq);
    }

    [Fact]
    public void Verify_EntryRelabelledWithAnotherVersion_IsBad()
    {
        var other = AuditKeys.Create("1", Key("the app's key"), new Dictionary<string, byte[]> { ["0"] = Key("an old key") });
        var lines = Chain(3);
        lines[1] = lines[1].Replace("\"keyVersion\":\"1\"", "\"keyVersion\":\"0\"");

        var result = HashChain.Verify(lines, other);

        Assert.Equal(1, result.FirstBadSeq);
    }

    [Fact]
    public void Verify_EntrySignedWithAnUnknownVersion_IsBad_NamingTheVersion()
    {
        var lines = Chain(4, AuditKeys.Create("2026-07", Key("a newer key")), after: Chain(2));

        var result = HashChain.Verify(lines, Keys);

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBadSeq);
        Assert.Contains("'2026-07'", result.Reason);
    }

    [Fact]
    public void Rotation_EntriesOfEveryVersionHeld_Verify()
    {
        var rotated = AuditKeys.Create("2", Key("the new key"), new Dictionary<string, byte[]> { ["1"] = Key("the app's key") });
        var lines = Chain(6, rotated, after: Chain(3));

        Assert.True(HashChain.Verify(lines, rotated).Valid);
        Assert.Equal("1", HashChain.Parse(lines[2]).KeyVersion);
        Assert.Equal("2", HashChain.Parse(lines[3]).KeyVersion);
        // Without the earlier key the first entry it signed is bad; without the new key, the first the new key signed.
        Assert.Equal(0, HashChain.Verify(lines, AuditKeys.Create("2", Key("the new key"))).FirstBadSeq);
        Assert.Equal(3, HashChain.Verify(lines, Keys).FirstBadSeq);
    }

    [Fact]
    public void Verify_RecordWrittenBeforeKeyedChaining_IsValidButUnkeyed()
    {
        var result = HashChain.Verify(UnkeyedChain(4), Keys);

        Assert.True(result.Valid, result.Reason);
        Assert.True(result.Unkeyed);
    }

    [Fact]
    public void Verify_UnkeyedEntriesThenSignedOnes_IsValidButUnkeyed_AndAChangeInThemIsNamed()
    {
        // An instance that was running when keyed chaining came: its record goes on, but its
        // unkeyed entries could have been written by anyone, so the record stays unkeyed.
        var lines = Chain(5, Keys, after: UnkeyedChain(2));

        var result = HashChain.Verify(lines, Keys);
        lines[1] = lines[1].Replace("0.5", "0.6");

        Assert.True(result.Valid, result.Reason);
        Assert.True(result.Unkeyed);
        Assert.Equal(1, HashChain.Verify(lines, Keys).FirstBadSeq);
    }

    [Fact]
    public void Verify_GarbageLine_IsReported()
    {
        var lines = Chain(2);
        lines.Add("{not json");

        Assert.Equal(2, HashChain.Verify(lines, Keys).FirstBadSeq);
    }

    [Fact]
    public void Parse_RoundTripsSealedEvent()
    {
        var line = Chain(1)[0];
        var e = HashChain.Parse(line);

        Assert.Equal(line, HashChain.ToLine(e));
        Assert.Equal("1", e.KeyVersion);
        Assert.Equal("é ü \"quoted\" 日本", e.Data["output"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Parse_RoundTripsAnUnkeyedEntry()
    {
        var line = UnkeyedChain(1)[0];
        var e = HashChain.Parse(line);

        Assert.Null(e.KeyVersion);
        Assert.Equal(line, HashChain.ToLine(e));
    }

    [Fact]
    public void Canonical_SortsKeysAtEveryDepth()
    {
        var node = JsonNode.Parse("""{"b":1,"a":{"d":[{"z":1,"y":2}],"c":null}}""");

        Assert.Equal("""{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}""", HashChain.Canonical(node));
    }
}
