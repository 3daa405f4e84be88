namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// Bodies meant to exhaust the app's memory, sent at once over real sockets: every one is refused
/// with a problem, the process stays up, and its peak memory stays under a stated bound.
/// </summary>
[Trait("Category", "Integration")]
public class ResourceExhaustionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    /// <summary>
    /// The bound on the host's peak resident memory: its models and engine take about half a
    /// gigabyte; the four bodies below, at the bulk limit of 64 MiB each, may add their buffers but
    /// not the gigabyte per body that splitting them into strings cost.
    /// </summary>
    private const long PeakBoundBytes = 1_600L * 1024 * 1024;

    private static long PeakResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    [Fact]
    public async Task FourBulkBodiesOfBlankLinesAtOnce_AreRefused_WithinTheMemoryBound()
    {
        var body = new byte[60 * 1024 * 1024];
        Array.Fill(body, (byte)'\n');

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/x-ndjson");
            return await fixture.Host.Client().PostAsync("api/bulk", content);
        }));

        foreach (var answer in answers)
        {
            await HttpAssert.AssertProblemAsync(answer, HttpStatusCode.BadRequest, "body");
        }
        var peak = PeakResidentBytes(fixture.Host.ProcessId);
        Assert.True(peak < PeakBoundBytes, $"peak resident memory {peak / (1024 * 1024)} MiB, bound {PeakBoundBytes / (1024 * 1024)} MiB");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.Client().GetAsync("api/health")).StatusCode);
    }

    [Fact]
    public async Task RaiseEventBodyOverItsLimit_Is413_MalformedIs400()
    {
        var system = fixture.Host.Client(HostSettings.SystemKey);
        var url = "runtime/webhooks/durabletask/instances/0123456789abcdef0123456789abcdef/raiseEvent/poke";

        var huge = await system.PostAsync(url, new StringContent("\"" + new string('x', 2 * 1024 * 1024) + "\"", Encoding.UTF8, "application/json"));
        var malformed = await system.PostAsync(url, new StringContent("{\"a\": ", Encoding.UTF8, "application/json"));

        // The body is checked before the instance is looked up.
        await HttpAssert.AssertProblemAsync(huge, HttpStatusCode.RequestEntityTooLarge, "body");
        await HttpAssert.AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "body");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.Client().GetAsync("api/health")).StatusCode);
    }
}
