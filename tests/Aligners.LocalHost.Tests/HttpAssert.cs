namespace Aligners.LocalHost.Tests;

/// <summary>Assertions shared by the HTTP tests.</summary>
public static class HttpAssert
{
    /// <summary>The answer is <paramref name="status"/> as <c>application/problem+json</c> naming <paramref name="field"/>.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    /// <summary>
    /// The end of a synchronous request: its own answer, or, where the instance outlived the inline
    /// budget and the answer is 202 with a <c>Location</c>, that location's answer once the instance
    /// has ended, polled as a client of the API would.
    /// </summary>
    public static async Task<HttpResponseMessage> EndedAsync(HttpClient client, HttpResponseMessage response)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } location)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{location} still running after 3 minutes");
            await Task.Delay(250);
            response = await client.GetAsync(location);
        }
        return response;
    }

    /// <summary>The number of blobs in a container (0 when it does not exist).</summary>
    public static async Task<int> CountBlobsAsync(Azure.Storage.Blobs.BlobContainerClient container)
    {
        if (!await container.ExistsAsync())
        {
            return 0;
        }
        var n = 0;
        await foreach (var _ in container.GetBlobsAsync())
        {
            n++;
        }
        return n;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200.</summary>
    public static async Task<JsonElement> PollAsync(HttpClient client, string url, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }
            Assert.True(DateTime.UtcNow < deadline, $"{url} still answers {(int)response.StatusCode}");
            await Task.Delay(100);
        }
    }
}
