namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PrivacyScannerTests
{
    private static readonly PrivacyScanner Scanner = PrivacyScanner.Create();

    [Fact]
    public void A_text_with_nothing_personal_scores_one()
    {
        var scan = Scanner.Scan("Rice needs about 18 minutes; rinse it first and use 1.5 cups of water per cup.");

        Assert.Empty(scan.Findings);
        Assert.Equal(1.0, scan.Score);
        Assert.False(scan.Flagged());
    }

    [Fact]
    public void Findings_of_every_kind_come_back_in_text_order()
    {
        var text = "Jane (jane.doe@example.com, +1 202-555-0143) paid with 4111 1111 1111 1111 from 203.0.113.9 to GB82WEST12345698765432.";

        var scan = Scanner.Scan(text);

        Assert.Equal([PrivacyTypes.Email, PrivacyTypes.Phone, PrivacyTypes.Card, PrivacyTypes.Ip, PrivacyTypes.Iban], scan.Findings.Select(f => f.Type));
        Assert.Equal(["jane.doe@example.com", "+1 202-555-0143", "4111 1111 1111 1111", "203.0.113.9", "GB82WEST12345698765432"], scan.Findings.Select(f => f.Value));
    }

    [Fact]
    public void One_confident_finding_flags_the_text_at_the_pipelines_threshold()
    {
        var scan = Scanner.Scan("reach me at jane.doe@example.com");

        Assert.True(scan.Score <= 1 - scan.Findings[0].Confidence + 1e-9);
        Assert.True(scan.Flagged(PrivacyScore.Threshold));
    }

    [Fact]
    public void The_score_falls_with_every_further_finding()
    {
        var one = Scanner.Scan("a@example.com").Score;
        var two = Scanner.Scan("a@example.com b@example.com").Score;

        Assert.True(two < one);
        Assert.Equal(PrivacyScore.Of([0.95, 0.95]), two, 9);
    }

    [Fact]
    public void Overlapping_candidates_leave_the_longest()
    {
        var shortOne = new PrivacyEntity(PrivacyTypes.Phone, 5, 10, "phone", 0.99);
        var longOne = new PrivacyEntity(PrivacyTypes.Card, 3, 16, "luhn-card", 0.9);
        var apart = new PrivacyEntity(PrivacyTypes.Ip, 30, 8, "ip-address", 0.9);
        var scanner = PrivacyScanner.Create(PrivacyPolicy.Default, [new FixedDetector(shortOne, longOne, apart)]);

        var scan = scanner.Scan(new string('x', 40));

        Assert.Equal([longOne, apart], scan.Findings.Select(f => f.Entity));
    }

    [Fact]
    public void A_checked_identifier_wins_over_a_longer_phone_number_on_the_same_digits()
    {
        var phone = new PrivacyEntity(PrivacyTypes.Phone, 4, 11, "phone", 0.95);
        var bsn = new PrivacyEntity(PrivacyTypes.NationalId, 5, 9, "nl-bsn", 0.95);
        var scanner = PrivacyScanner.Create(PrivacyPolicy.Default, [new FixedDetector(phone, bsn)]);

        Assert.Equal(bsn, Assert.Single(scanner.Scan(new string('x', 20)).Findings).Entity);
    }

    [Fact]
    public void A_bsn_that_also_reads_as_a_phone_number_is_reported_once_as_the_bsn()
    {
        var text = "Bel me terug over mijn BSN 619402738, want het formulier weigert het.";
        var policy = new PrivacyPolicy { PhoneRegion = "NL", PhoneRegions = ["ES"] };

        var scan = PrivacyScanner.Create(policy).Scan(text);

        Assert.NotEmpty(new PhoneDetector([.. policy.ReadPhoneRegions]).Detect(text)); // a Spanish mobile number after "bel", to libphonenumber
        var finding = Assert.Single(scan.Findings);
        Assert.Equal((PrivacyTypes.NationalId, "619402738"), (finding.Type, finding.Value));
    }

    [Fact]
    public void Equal_spans_go_to_the_more_confident_detector()
    {
        var weak = new PrivacyEntity(PrivacyTypes.Credential, 0, 12, "entropy-secret", 0.7);
        var strong = new PrivacyEntity(PrivacyTypes.Email, 0, 12, "email", 0.95);
        var scanner = PrivacyScanner.Create(PrivacyPolicy.Default, [new FixedDetector(weak, strong)]);

        Assert.Equal(strong, Assert.Single(scanner.Scan(new string('x', 12)).Findings).Entity);
    }

    [Fact]
    public void Allowed_values_are_not_findings_and_email_is_compared_without_case()
    {
        var policy = new PrivacyPolicy { Allow = ["support@example.com", "+1 800 555 0199"] };
        var scanner = PrivacyScanner.Create(policy);

        var scan = scanner.Scan("Mail Support@Example.COM or call (800) 555-0199; not jane@example.com.");

        Assert.Equal("jane@example.com", Assert.Single(scan.Findings).Value);
    }

    [Fact]
    public void Findings_below_the_policys_confidence_are_dropped()
    {
        var weak = new PrivacyEntity(PrivacyTypes.Credential, 0, 4, "guess", 0.4);
        var scanner = PrivacyScanner.Create(new PrivacyPolicy { MinConfidence = 0.5 }, [new FixedDetector(weak)]);

        Assert.Empty(scanner.Scan("abcd").Findings);
    }

    [Fact]
    public void A_scan_prints_counts_and_score_but_no_value()
    {
        var scan = Scanner.Scan("jane.doe@example.com and 4111111111111111");

        var printed = scan.ToString() + string.Join(";", scan.Findings);

        Assert.DoesNotContain("jane", printed);
        Assert.DoesNotContain("4111", printed);
        Assert.Contains("email: 1", printed);
    }

    [Fact]
    public void Any_text_scans_without_throwing_and_findings_stay_inside_it()
    {
        // Pieces of every format the detectors read, glued at random: the edges of every scanner.
        string[] pieces = ["4111", " ", "-", ".", ":", "::", "@", "example.com", "GB82", "WEST", "1234", "+1", "(", ")", "555", "0143",
            "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "eyJhbGciOiJub25lIn0", "password", "=", "\"", "AKIA", "ghp_",
            "sk-", "sig=", "&sv=", "?", "SSN", "BSN", "DNI", "\u0661", "é", "\n", "[EMAIL_1]", "0", "9", "Z", "x", "ff", "%3D", "=="];
        var random = new Random(11);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            var scan = Scanner.Scan(text);

            Assert.All(scan.Findings, f => Assert.True(f.Start >= 0 && f.Length > 0 && f.Start + f.Length <= text.Length, text));
            Assert.Equal(text, new PrivacyVault() is var vault ? vault.Restore(new Redactor(PrivacyPolicy.Default).Redact(text, scan, vault)) : null);
        }
    }

    private sealed class FixedDetector(params PrivacyEntity[] entities) : IPrivacyDetector
    {
        public string Name => "fixed";

        public IEnumerable<PrivacyEntity> Detect(string text) => entities;
    }
}
