using System.Text.Json.Nodes;
using Aligners.Orchestration.Audit;

namespace Aligners.Orchestration.Tests.Audit;

public class HashChainTests
{
    private static List<string> Chain(int n)
    {
        var lines = new List<string>();
        var prev = HashChain.Genesis;
        for (var i = 0; i < n; i++)
        {
            var e = HashChain.Seal(i, $"inspect:0:c{i}", "Inspected", new DateTimeOffset(2026, 5, 1, 12, 0, i, TimeSpan.Zero),
                new JsonObject { ["activityId"] = $"a{i}", ["output"] = new JsonObject { ["score"] = 0.1 * i, ["text"] = "é ü \"quoted\" 日本" } }, prev);
            lines.Add(HashChain.ToLine(e));
            prev = e.Hash;
        }
        return lines;
    }

    [Fact]
    public void Verify_UntouchedChain_IsValid()
    {
        var result = HashChain.Verify(Chain(6));

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(6, result.Entries);
    }

    [Fact]
    public void Verify_TamperedData_NamesThatEntry()
    {
        var lines = Chain(6);
        lines[3] = lines[3].Replace("a3", "a9");

        var result = HashChain.Verify(lines);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBadSeq);
        Assert.Contains("hash", result.Reason);
    }

    [Fact]
    public void Verify_RemovedEvent_NamesTheGap()
    {
        var lines = Chain(5);
        lines.RemoveAt(2);

        Assert.Equal(2, HashChain.Verify(lines).FirstBadSeq);
    }

    [Fact]
    public void Verify_RecomputedHashAfterEdit_BreaksTheNextLink()
    {
        var lines = Chain(4);
        var e = HashChain.Parse(lines[1]);
        var forged = HashChain.Seal(1, e.Id, e.Type, e.Time, new JsonObject { ["activityId"] = "forged" }, e.Prev);
        lines[1] = HashChain.ToLine(forged);

        var result = HashChain.Verify(lines);

        Assert.Equal(2, result.FirstBadSeq);
        Assert.Contains("prev", result.Reason);
    }

    [Fact]
    public void Verify_GarbageLine_IsReported()
    {
        var lines = Chain(2);
        lines.Add("{not json");

        Assert.Equal(2, HashChain.Verify(lines).FirstBadSeq);
    }

    [Fact]
    public void Parse_RoundTripsSealedEvent()
    {
        var line = Chain(1)[0];
        var e = HashChain.Parse(line);

        Assert.Equal(line, HashChain.ToLine(e));
        Assert.Equal("é ü \"quoted\" 日本", e.Data["output"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Canonical_SortsKeysAtEveryDepth()
    {
        var node = JsonNode.Parse("""{"b":1,"a":{"d":[{"z":1,"y":2}],"c":null}}""");

        Assert.Equal("""{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}""", HashChain.Canonical(node));
    }
}
