namespace Aligners.LocalHost.Tests.Cli;

[Trait("Category", "Integration")]
public class AlignCommandTests(AlignedRun aligned) : IClassFixture<AlignedRun>, IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-cli-").FullName;

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        await _azurite.DisposeAsync();
    }

    private Dictionary<string, string?> Settings() => HostSettings.Fresh(_azurite);

    private string Input(int lines) => WriteInput(_dir, lines);

    /// <summary>An input file of <paramref name="lines"/> lines in <paramref name="dir"/>: every third without an id and without criteria.</summary>
    internal static string WriteInput(string dir, int lines)
    {
        var path = Path.Combine(dir, "in.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, lines).Select(i => i % 3 == 0
            ? JsonSerializer.Serialize(new { prompt = $"How do I cook rice? ({i})", response = "Just search it online." })
            : JsonSerializer.Serialize(new { id = $"q{i}", prompt = $"What is the capital of Peru? ({i})", response = "The capital of Peru is Oslo.", criteria = new[] { "factuality" } })));
        return path;
    }

    private static List<JsonElement> Read(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.TrimEnd().EndsWith('}')).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void Align_File_WritesOneResultLinePerInput()
    {
        Assert.True(aligned.ExitCode == 0, $"exit code {aligned.ExitCode}:\n{aligned.Log}");
        var lines = Read(aligned.Output);
        Assert.Equal(["1", "4", "q1", "q2", "q4", "q5"], lines.Select(l => l.GetProperty("id").GetString()).Order());
        var q1 = lines.Single(l => l.GetProperty("id").GetString() == "q1");
        Assert.Equal(["factuality"], q1.GetProperty("scores").EnumerateObject().Select(p => p.Name));
        foreach (var name in new[] { "prompt", "response", "aligned", "changed", "applied", "instanceId" })
        {
            Assert.True(q1.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task Align_ThroughDotnetRun_ResolvesRelativePathsFromTheCallersFolder()
    {
        File.Move(Input(2), Path.Combine(_dir, "relative-in.jsonl"));

        await using var run = CliProcess.StartWithDotnetRun(["align", "--input", "relative-in.jsonl", "--output", "relative-out.jsonl"], Settings(), _dir);

        Assert.True(await run.WaitAsync(TimeSpan.FromMinutes(5)) == 0, run.Output);
        Assert.Equal(2, Read(Path.Combine(_dir, "relative-out.jsonl")).Count);
    }

    [Fact]
    public async Task Align_InterruptedRun_ResumesWithoutRedoingFinishedIds()
    {
        var input = Input(24);
        var output = Path.Combine(_dir, "out.jsonl");
        var settings = Settings();

        await using (var first = CliProcess.Start(["align", "--input", input, "--output", output, "--concurrency", "2"], settings))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!File.Exists(output) || Read(output).Count < 3)
            {
                Assert.True(DateTime.UtcNow < deadline && !first.HasExited, first.Output);
                await Task.Delay(50);
            }
            first.Kill();
        }
        var before = Read(output).Select(l => l.GetProperty("id").GetString()).ToHashSet();
        Assert.InRange(before.Count, 3, 23);

        await using var second = CliProcess.Start(["align", "--input", input, "--output", output], settings);

        Assert.Equal(0, await second.WaitAsync(TimeSpan.FromMinutes(5)));
        Assert.Contains($"{before.Count} already in", second.Output);
        var ids = Read(output).Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Equal(24, ids.Count);
        Assert.Equal(24, ids.Distinct().Count());
    }

    [Fact]
    public async Task Align_MalformedInputLine_ExitsWithTheLineNumber()
    {
        var input = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllLines(input, ["""{"prompt": "q", "response": "a"}""", "{nope"]);

        await using var run = CliProcess.Start(["align", "--input", input, "--output", Path.Combine(_dir, "o.jsonl")], Settings());

        Assert.Equal(2, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("lines[2]", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task AuditVerify_All_ReportsEveryRecordValid()
    {
        Assert.True(aligned.ExitCode == 0, $"exit code {aligned.ExitCode}:\n{aligned.Log}");

        await using var verify = CliProcess.Start(["audit", "verify", "--all"], aligned.Settings);

        Assert.Equal(0, await verify.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("6 of 6 audit records verify", verify.Output);
    }
}
