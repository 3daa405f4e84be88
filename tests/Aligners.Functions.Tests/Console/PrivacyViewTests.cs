using Aligners.Functions.Console;
using Aligners.Orchestration.Instances;

namespace Aligners.Functions.Tests.Console;

[Trait("Category", "Unit")]
public class PrivacyViewTests
{
    [Fact]
    public void Texts_are_shown_with_every_value_masked_but_the_allowed_ones()
    {
        var settings = new PrivacySettings { Allow = ["support@example.com"] };
        var output = new AlignmentOutput
        {
            Prompt = "Charge 4111 1111 1111 1111 and mail jane.doe@example.com.",
            Response = "Done for jane.doe@example.com; ask support@example.com.",
            Aligned = "Done for jane.doe@example.com; ask support@example.com.",
        };

        var shown = PrivacyView.Mask(output, settings);

        Assert.Equal("Charge **** **** **** 1111 and mail ****.***@*******.***.", shown.Prompt);
        Assert.Equal("Done for ****.***@*******.***; ask support@example.com.", shown.Aligned);
        Assert.DoesNotContain("jane", shown.Response);
    }

    [Fact]
    public void Rows_list_each_finding_by_stage_type_and_span()
    {
        var report = new PrivacyReport("upstream",
            [new PrivacyMark("email", 36, 20, "email", 0.95, "ab12", "prompt")], [], [new PrivacyMark("card", 7, 19, "luhn-card", 0.98, "cd34", "aligned")]);

        var rows = PrivacyView.Rows(report);

        Assert.Equal([new PrivacyRow("request", "prompt", "email", 36, 56, "email", 0.95), new PrivacyRow("released", "aligned", "card", 7, 26, "luhn-card", 0.98)], rows);
    }
}
