namespace Aligners.Inference.Tests.Privacy;

/// <summary>National identifiers whose kind the text states away from the words right before them: a country, a URL, a comment, an error.</summary>
[Trait("Category", "Unit")]
public class NationalIdDetectorContextTests
{
    private static readonly NationalIdDetector Detector = new();

    private static IEnumerable<(string Value, string Rule)> Found(string text) =>
        Detector.Detect(text).Select(e => (text.Substring(e.Start, e.Length), e.Detector));

    [Fact]
    public void Identifiers_after_bare_country_codes_are_read_with_each_countrys_rule()
    {
        const string text = "KYC batch 7: FI 240775-219J; DK 240663-1236; NO 23049112300; PL 88071503613 (scanned twice).";

        Assert.Equal(
            [("240775-219J", "fi-hetu"), ("23049112300", "no-fodselsnummer"), ("88071503613", "pl-pesel"), ("240663-1236", "dk-cpr")],
            Found(text).OrderBy(f => f.Rule == "dk-cpr").ThenBy(f => text.IndexOf(f.Value, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("NO 23049112301")] // fails the second mod-11 digit
    [InlineData("FI 240775-219K")] // wrong check character
    [InlineData("SE 23049112300")] // a Norwegian number under Sweden's code
    [InlineData("NOTE23049112300")] // no code standing alone
    public void A_country_code_only_says_which_rule_reads_the_value(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("[{\"country\":\"NO\",\"id\":\"23049112300\"},{\"country\":\"FI\",\"id\":\"081103A552L\"}]", "23049112300")]
    [InlineData("{\"national_id\": \"081103A552L\", \"country\": \"Finland\"}", "081103A552L")]
    [InlineData("user=4411 country=NL pid=725763863 status=active", "725763863")]
    public void A_records_country_field_names_the_identifier_under_its_id_key(string text, string expected)
    {
        Assert.Contains(expected, Found(text).Select(f => f.Value));
    }

    [Theory]
    [InlineData("{\"country\":\"NL\",\"phone\":\"725763863\"}")] // the value's key names no identifier
    [InlineData("{\"country\":\"DE\",\"id\":\"725763863\"}")] // a BSN's shape in a German record
    [InlineData("shipment 725763863 left the depot, batch 23049112300")] // no kind, no country
    [InlineData("ticket 88071503613 was merged into 192285142")]
    public void A_bare_number_without_a_kind_word_or_its_country_stays_unreported(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_bsn_written_with_dots_after_its_passports_name_is_found()
    {
        Assert.Equal([("1922.85.142", "nl-bsn")], Found("Paspoort | Persoonsnummer 1922.85.142 | afgifte 2024"));
    }

    [Theory]
    [InlineData("GET /api/v2/bsn/162275869/addresses HTTP/1.1", "162275869")]
    [InlineData("curl https://registry.example/persons/162275869?id_type=bsn", "162275869")]
    [InlineData("fetch('/personnummer/lookup/19811228-9874')", "19811228-9874")]
    public void An_identifier_in_a_url_path_that_names_its_kind_is_found(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found(text)).Value);
    }

    [Theory]
    [InlineData("GET /api/v2/orders/162275869/items HTTP/1.1")] // the path names no identifier
    [InlineData("see /bsn/docs/page162275869")] // not a whole segment
    public void Digits_in_a_path_that_names_no_identifier_are_not_one(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_comment_above_a_statement_names_the_identifier_it_holds()
    {
        const string text = "def test_fixture():\n    // copied a customer's BSN from production, scrub before merging\n    payload = {'ref': '192285142'}";

        Assert.Equal([("192285142", "nl-bsn")], Found(text));
    }

    [Fact]
    public void A_comment_naming_nothing_leaves_the_line_below_alone()
    {
        Assert.Empty(Detector.Detect("# retry twice before giving up on the upstream service\nref = '192285142'"));
    }

    [Theory]
    [InlineData("ValueError: invalid tax_id '88071503613' in row 17", "88071503613")]
    [InlineData("ERROR rejected id_number=23049112300 (checksum service timeout)", "23049112300")]
    public void An_identifier_quoted_by_an_error_message_under_an_identifiers_field_is_found(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found(text)).Value);
    }

    [Theory]
    [InlineData("ValueError: invalid order_id '88071503613' in row 17")] // the field names no identifier
    [InlineData("INFO accepted tax_id '88071503613'")] // no error
    [InlineData("ValueError: invalid tax_id '123456789'")] // a bare SSN shape has no check digit to pass
    public void Other_quoted_numbers_in_logs_are_not_identifiers(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Payroll rows\nFI|Ada Lind|150376-287Y|FI2112345600000785\nNO|Per Aas|25087112392|NO9386011117947", "150376-287Y", "fi-hetu")]
    [InlineData("Payroll rows\nFI|Ada Lind|150376-287Y|FI2112345600000785\nNO|Per Aas|25087112392|NO9386011117947", "25087112392", "no-fodselsnummer")]
    public void A_row_led_by_a_country_code_is_read_with_that_countrys_format(string text, string value, string rule)
    {
        Assert.Contains((value, rule), Found(text));
    }

    [Theory]
    [InlineData("eID dump: rrn=68.03.14-215.38 valid=2030-01-01", "68.03.14-215.38")]
    [InlineData("eID dump: rrn=68031421538 valid=2030-01-01", "68031421538")]
    [InlineData("Rijksregisternummer: 91.07.02-046.11", "91.07.02-046.11")]
    [InlineData("NN 91.07.02-046.11", "91.07.02-046.11")]
    public void A_belgian_national_number_after_its_short_names_is_found_dotted_or_not(string text, string value)
    {
        Assert.Contains((value, "be-national-number"), Found(text));
    }

    [Theory]
    [InlineData("hetu: 030991-118F", "030991-118F")]
    [InlineData("Henkilötunnus 150376-287Y", "150376-287Y")]
    public void A_finnish_hetu_ending_in_its_check_letter_is_found_after_its_name(string text, string value)
    {
        Assert.Contains((value, "fi-hetu"), Found(text));
    }
}
