using Microsoft.Playwright;

namespace Aligners.LocalHost.Tests.Console;

/// <summary>The review console in a real browser against the local host and real storage.</summary>
[Trait("Category", "Slow")]
public class ConsoleTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ConsoleFixture.Screenshots, name + ".png"), FullPage = true });

    private static async Task<int> SubmitKeyAsync(IPage page, string key)
    {
        await page.Keyboard.TypeAsync(key);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.PressAsync("Enter"), r => r.Url.Contains("/api/reviews?pageSize=1"));
        return response.Status;
    }

    [Fact]
    public async Task SignIn_WithTheKeyboard_WrongAndAdminKeysAreRefused_ReviewerKeyOpensTheConsole_AndStaysOutOfTheUrl()
    {
        var page = await fixture.OpenAsync(signIn: false);

        // The key field has focus on arrival: typing and Enter are all it takes. Each try waits for
        // the console's own check of the key, so the next key is not typed while the last is judged.
        Assert.Equal(401, await SubmitKeyAsync(page, "not-the-admin-key-000"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("refused");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Reviewer key" })).ToBeEmptyAsync();
        // The host's master key is no reviewer's credential.
        Assert.Equal(403, await SubmitKeyAsync(page, HostSettings.AdminKey));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reviewer");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Reviewer key" })).ToBeEmptyAsync();
        Assert.Equal(200, await SubmitKeyAsync(page, HostSettings.ReviewerKey));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Instances" })).ToBeVisibleAsync();
        Assert.DoesNotContain(HostSettings.ReviewerKey, page.Url);
        Assert.Equal(HostSettings.ReviewerKey, await page.EvaluateAsync<string>("sessionStorage.getItem('aligners.reviewerKey')"));
        await ShotAsync(page, "signed-in");
    }

    [Fact]
    public async Task Instance_OpenedFromTheList_ShowsScoresTheWordDiffAndTheVerifiedAuditRecord()
    {
        var id = await fixture.AlignAsync("How do I cook rice?", "Just search it online.");
        var page = await fixture.OpenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = id }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Instance {id}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#scores th[scope=row]")).ToHaveTextAsync(["helpful"]);
        Assert.True(await page.Locator("#diff del").CountAsync() > 0, "no removed words in the diff");
        Assert.True(await page.Locator("#diff ins").CountAsync() > 0, "no added words in the diff");
        Assert.Contains("search", string.Join(" ", await page.Locator("#diff del").AllInnerTextsAsync()));
        await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("hash chain intact");
        await ShotAsync(page, "instance");
    }

    [Fact]
    public async Task Instance_ThatUsedPrivacy_ListsItsFindingsByTypeAndSpan_AndShowsNoValue()
    {
        var id = await fixture.AlignAsync("Can I reach jane.doe@example.com?", "Yes: write to jane.doe@example.com or call +1 202-555-0143.", criteria: ["privacy"]);
        var page = await fixture.OpenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = id }).ClickAsync();

        await Assertions.Expect(page.Locator("#privacy th[scope=row]")).ToHaveTextAsync(["email", "phone"]);
        await Assertions.Expect(page.Locator("#privacy tbody tr").First).ToContainTextAsync("14–34");
        Assert.DoesNotContain("jane.doe", await page.ContentAsync());
        Assert.DoesNotContain("202-555", await page.Locator("#main").InnerTextAsync());
        await ShotAsync(page, "instance-privacy");
    }

    [Fact]
    public async Task ReviewQueue_ApproveRewriteWithAClick_AndEditAndApproveWithTheKeyboard_AreRecordedInTheAuditRecords()
    {
        var first = await fixture.AlignAsync("How do I cook rice?", "Just search it online.", policy: "strict");
        var second = await fixture.AlignAsync("How do I cook rice?", "Just search it online.", policy: "strict");
        var page = await fixture.OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();
        await ShotAsync(page, "review-queue");

        var firstCard = page.GetByRole(AriaRole.Article, new() { Name = $"Review default/{first}" });
        await firstCard.GetByRole(AriaRole.Button, new() { Name = "Approve rewrite" }).ClickAsync();
        await Assertions.Expect(firstCard).ToContainTextAsync("Decided: approve-rewrite");

        var secondCard = page.GetByRole(AriaRole.Article, new() { Name = $"Review default/{second}" });
        await secondCard.GetByRole(AriaRole.Button, new() { Name = "Edit and approve" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Put the egg in boiling water for nine minutes, then cool it in cold water.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(secondCard).ToContainTextAsync("Decided: replace");

        var admin = fixture.Host.Client(HostSettings.AdminKey);
        foreach (var (id, action) in new[] { (first, "approve-rewrite"), (second, "replace") })
        {
            var audit = await admin.GetFromJsonAsync<JsonElement>($"api/align/{id}/audit");
            Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
            var reviewed = audit.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Reviewed");
            Assert.Equal(action, reviewed.GetProperty("data").GetProperty("action").GetString());
            Assert.Equal(HostSettings.Reviewer, reviewed.GetProperty("data").GetProperty("reviewer").GetString());
        }
        await ShotAsync(page, "review-decided");
    }

    [Fact]
    public async Task BulkJobs_ProgressBarFollowsAJobUntilItFinishes()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 6).Select(i => JsonSerializer.Serialize(new { prompt = $"How do I cook rice? ({i})", response = "Just search it online." })));
        var started = await fixture.Host.Client().PostAsync("api/bulk", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var page = await fixture.OpenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Bulk jobs" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Progressbar, new() { Name = $"Job {jobId}: 6 of 6 lines done" });
        await Assertions.Expect(progress).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#jobs tr", new() { HasText = jobId }).Locator(".job-status")).ToHaveTextAsync("Completed", new() { Timeout = 30_000 });
        await ShotAsync(page, "bulk-finished");
    }

    [Fact]
    public async Task Rates_ChartAndTableCountTodaysInstances()
    {
        await fixture.AlignAsync("How do I cook pasta?", "No idea.");
        var page = await fixture.OpenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Rates" }).ClickAsync();

        var helpful = page.GetByRole(AriaRole.Region, new() { Name = "helpful" });
        await Assertions.Expect(helpful.GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var checkedToday = await helpful.Locator("tbody tr", new() { HasText = today }).Locator("td").Nth(1).InnerTextAsync();
        Assert.True(int.Parse(checkedToday) >= 1, $"checked today: {checkedToday}");
        await ShotAsync(page, "rates");
    }

    [Fact]
    public async Task EveryControl_HasALabel_AndEveryButtonAName()
    {
        await fixture.AlignAsync("How do I cook rice?", "Just search it online.", policy: "strict");
        var page = await fixture.OpenAsync();
        var unlabeled = new List<string>();

        foreach (var section in new[] { "Instances", "Review queue", "Bulk jobs", "Rates" })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = section }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First.WaitForAsync();
            unlabeled.AddRange(await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('input, select, textarea, button')]
                  .filter(c => !c.closest('[hidden]'))
                  .filter(c => c.tagName === 'BUTTON' ? !c.textContent.trim() && !c.getAttribute('aria-label') : c.labels.length === 0 && !c.getAttribute('aria-label'))
                  .map(c => c.outerHTML.slice(0, 80))
                """));
        }

        Assert.Empty(unlabeled);
    }
}
