using Microsoft.Playwright;

namespace Aligners.LocalHost.Tests.Console;

/// <summary>
/// A local host with real storage and a headless Chromium (Debian's, through Playwright) for the
/// review console's tests. A <c>strict</c> policy sends every flagged answer to the review queue.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    /// <summary>Where the browser lives; the test run installs it from Debian.</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Screenshots, kept with the test results.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "console-screenshots");

    public AzuriteFixture Azurite { get; } = new();

    public LocalHostProcess Host { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        var settings = HostSettings.Fresh(Azurite);
        settings["Alignment:Policies:default:Version"] = "1";
        settings["Alignment:Policies:strict:Version"] = "1";
        settings["Alignment:Policies:strict:Thresholds:helpful"] = "0.99999";
        Host = await LocalHostProcess.StartAsync(settings);
        Directory.CreateDirectory(Screenshots);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page, signed in when <paramref name="signIn"/>.</summary>
    public async Task<IPage> OpenAsync(bool signIn = true)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console");
        if (signIn)
        {
            await page.GetByLabel("Reviewer key").FillAsync(HostSettings.ReviewerKey);
            await page.GetByLabel("Reviewer key").PressAsync("Enter");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Instances" }).WaitForAsync();
        }
        return page;
    }

    /// <summary>Aligns one answer through the API and returns its instance id.</summary>
    public async Task<string> AlignAsync(string prompt, string response, string? policy = null, string[]? criteria = null)
    {
        var body = JsonSerializer.Serialize(new { prompt, response, policy, criteria = criteria ?? ["helpful"] });
        var answer = await Host.Client().PostAsync("api/align", new StringContent(body, Encoding.UTF8, "application/json"));
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
