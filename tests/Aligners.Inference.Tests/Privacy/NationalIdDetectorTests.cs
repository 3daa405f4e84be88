namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NationalIdDetectorTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("SSN: 078-05-1120", "078-05-1120", "us-ssn")]
    [InlineData("social security number 219 09 9999 on file", "219 09 9999", "us-ssn")]
    [InlineData("National Insurance number AB 12 34 56 C", "AB 12 34 56 C", "uk-nino")]
    [InlineData("NINO: AB123456C", "AB123456C", "uk-nino")]
    [InlineData("BSN 111222333", "111222333", "nl-bsn")]
    [InlineData("burgerservicenummer: 1234.56.782", "1234.56.782", "nl-bsn")]
    [InlineData("DNI 12345678Z", "12345678Z", "es-dni")]
    [InlineData("NIE: X1234567L", "X1234567L", "es-dni")]
    [InlineData("personnummer 19121212-1212", "19121212-1212", "se-personnummer")]
    [InlineData("Personnummer: 19770314-4126 (Skatteverket)", "19770314-4126", "se-personnummer")]
    [InlineData("Su DNI: 47291836 H, gracias", "47291836 H", "es-dni")] // a space before the letter, as forms print it
    [InlineData("numéro de sécurité sociale 1 84 03 75 113 042 28", "1 84 03 75 113 042 28", "fr-nir")]
    [InlineData("NIR : 172052A00401129", "172052A00401129", "fr-nir")]
    [InlineData("Rijksregisternummer 88.04.12-135.23", "88.04.12-135.23", "be-national-number")]
    [InlineData("numéro de registre national : 05091824789", "05091824789", "be-national-number")]
    [InlineData("henkilötunnus 170589-146N", "170589-146N", "fi-hetu")]
    [InlineData("HETU: 030412A327T", "030412A327T", "fi-hetu")]
    public void An_identifier_that_passes_its_rules_is_found(string text, string expected, string rule)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal((expected, rule, PrivacyTypes.NationalId), (text.Substring(entity.Start, entity.Length), entity.Detector, entity.Type));
    }

    [Theory]
    [InlineData("SSN 000-12-3456")] // area 000
    [InlineData("SSN 666-12-3456")] // area 666
    [InlineData("SSN 912-34-5678")] // area 9xx
    [InlineData("SSN 123-00-4567")] // group 00
    [InlineData("SSN 123-45-0000")] // serial 0000
    [InlineData("NINO QA 12 34 56 C")] // Q is never a first letter
    [InlineData("NI number: QQ 12 34 56 C")] // HMRC's example prefix is never issued, whatever the text says around it
    [InlineData("National Insurance No. QQ123456D")]
    [InlineData("NINO GB 12 34 56 A")] // GB is never issued
    [InlineData("BSN 111222334")] // fails the 11-proof
    [InlineData("DNI 12345678A")] // wrong control letter
    [InlineData("personnummer 19121312-1212")] // month 13
    [InlineData("personnummer 17121212-1212")] // no personnummer holder was born in the 1700s
    [InlineData("DNI 47291836 J")] // wrong control letter after a space
    [InlineData("sécurité sociale 1 84 03 75 113 042 27")] // wrong key
    [InlineData("rijksregisternummer 88.04.12-135.22")] // wrong check
    [InlineData("henkilötunnus 170589-146P")] // wrong check character
    public void An_identifier_that_breaks_its_rules_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("part 078-05-1120 in stock")]
    [InlineData("order 111222333 shipped")]
    [InlineData("code 12345678Z")]
    [InlineData("range 121212-1212")]
    [InlineData("parcel 1 84 03 75 113 042 28")]
    [InlineData("meter 88.04.12-135.23")]
    [InlineData("batch 170589-146N")]
    public void A_number_without_its_identifiers_name_nearby_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("DNI \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668Z")]
    [InlineData("personnummer \u0661\u0669\u0661\u0662\u0661\u0662\u0661\u0662-1212")]
    [InlineData("SSN \u0660\u0667\u0668-05-1120")]
    public void Digits_of_other_scripts_are_not_read_as_identifiers(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_nino_counts_on_its_own_but_surer_with_its_name()
    {
        var alone = Assert.Single(Detector.Detect("ref AB 12 34 56 C"));
        var named = Assert.Single(Detector.Detect("National Insurance AB 12 34 56 C"));

        Assert.True(named.Confidence > alone.Confidence);
    }

    [Fact]
    public void Identifiers_in_csv_rows_are_named_by_their_columns_heading()
    {
        var text = "ssn,first,last,dob\n078-05-1120,Tyler,Brooks,1984-02-19\n219-09-9999,Keisha,Monroe,1990-11-30";

        Assert.Equal(2, Detector.Detect(text).Count());
        Assert.Empty(Detector.Detect("case,first,last\n078-05-1120,Tyler,Brooks"));
    }

    [Theory]
    [InlineData(" uid | name   | ssn\n-----+--------+-------------\n  17 | Tyler  | 078-05-1120\n  18 | Keisha | 219-09-9999\n(2 rows)")] // psql
    [InlineData("+-----+--------+-------------+\n| uid | name   | ssn         |\n+-----+--------+-------------+\n|  17 | Tyler  | 078-05-1120 |\n|  18 | Keisha | 219-09-9999 |\n+-----+--------+-------------+")] // MySQL
    public void Identifiers_in_a_database_clients_text_table_are_named_by_their_columns_heading(string text)
    {
        Assert.Equal(2, Detector.Detect(text).Count(e => e.Detector == "us-ssn"));
        Assert.Empty(Detector.Detect(text.Replace("ssn", "ref", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Patient: A. Berg, personnr 121212-1212, rum 4")]
    [InlineData("pnr: 19121212-1212")]
    [InlineData("Pers.nr 121212-1212 enligt avtalet")]
    public void Swedish_abbreviations_of_personnummer_name_one(string text)
    {
        Assert.Contains(Detector.Detect(text), e => e.Detector == "se-personnummer");
    }

    [Fact]
    public void Identifiers_in_a_list_are_named_by_the_line_that_introduces_it()
    {
        var text = "Swedish contractors (for the Skatteverket report):\n- Johanna Berg, 121212-1212\n- Mats Eklund, 19121212-1212\n";

        Assert.Equal(2, Detector.Detect(text).Count());
        Assert.Empty(Detector.Detect("Contractors:\n- Johanna Berg, 121212-1212"));
    }

    [Theory]
    [InlineData("Documento: 12.345.678-Z", "12.345.678-Z")]
    [InlineData("DNI 12.345.678Z", "12.345.678Z")]
    public void A_dni_written_with_dots_is_found(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Fact]
    public void A_national_id_column_names_whichever_identifier_each_row_holds()
    {
        var text = "staff;country;national_id\n4411;FI;170589-146N\n4412;BE;88.04.12-135.23\n4413;SE;19770314-4126\n4414;NL;2738.50.167";

        var found = Detector.Detect(text).Select(e => (text.Substring(e.Start, e.Length), e.Detector)).ToList();

        Assert.Contains(("170589-146N", "fi-hetu"), found);
        Assert.Contains(("88.04.12-135.23", "be-national-number"), found);
        Assert.Contains(("19770314-4126", "se-personnummer"), found);
        Assert.Contains(("2738.50.167", "nl-bsn"), found);
    }

    [Theory]
    [InlineData("Codice fiscale del titolare: RSSMRA85T10A562S", "RSSMRA85T10A562S", "it-codice-fiscale")]
    [InlineData("intestatario RSSMRA85T10A562S, residente a Roma", "RSSMRA85T10A562S", "it-codice-fiscale")]
    [InlineData("Søknad mottatt, fødselsnummer 15088312381.", "15088312381", "no-fodselsnummer")]
    [InlineData("Pacjent (PESEL 03272101239) zapisany", "03272101239", "pl-pesel")]
    [InlineData("Borgerens CPR-nr. 120385-4417 er slettet", "120385-4417", "dk-cpr")]
    public void Italian_norwegian_polish_and_danish_identifiers_are_found(string text, string expected, string rule)
    {
        var entity = Assert.Single(Detector.Detect(text), e => e.Detector == rule);

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("fødselsnummer 15088312382")] // a check digit wrong
    [InlineData("PESEL 44051401358")]
    [InlineData("CPR-nr. 310285-1234")] // 31 February
    [InlineData("shipment 120385-4417 left the depot")] // a real date, but no CPR named
    [InlineData("order 03272101239 confirmed")] // a valid PESEL's digits, but no PESEL named
    public void A_look_alike_or_an_unnamed_number_of_these_kinds_is_not_found(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Detector is "no-fodselsnummer" or "pl-pesel" or "dk-cpr");
    }

    [Fact]
    public void A_second_nie_counts_once_the_text_named_the_first()
    {
        var text = "Necesito tu NIE (Y1234567X) para el contrato. El de tu hermano, si firma también, es el Z7654321H.";

        var found = Detector.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["Y1234567X", "Z7654321H"], found);
    }

    [Fact]
    public void A_tables_country_cell_names_the_identifier_in_its_row()
    {
        var text = "| country | id |\n|---|---|\n| NO | 15088312381 |\n| PL | 03272101239 |";

        var found = Detector.Detect(text).Select(e => e.Detector).ToList();

        Assert.Equal(["no-fodselsnummer", "pl-pesel"], found.Order().ToList());
    }

    [Theory]
    [InlineData("{\"payroll\":{\"routing\":\"121042882\",\"ssn_on_file\":false}}")]
    [InlineData("ABA: 121042882 (SSN checked separately)")]
    [InlineData("bank,rtn,acct\nFirst Federal,121042882,88812345")]
    public void Nine_digits_named_as_a_routing_number_are_not_an_ssn(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void An_ssn_beside_a_routing_number_is_still_found()
    {
        var text = "{\"ssn\":\"219-09-9999\",\"routing\":\"121042882\"}";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal("219-09-9999", text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("Soc. Sec. No ..... 512-47-3301", "512-47-3301")]
    [InlineData("SOC. SEC. NUMBER: 806-21-4470", "806-21-4470")]
    public void An_ssn_named_by_the_dotted_abbreviation_of_a_form_is_found(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("NI number field, e.g. AB 12 34 56 C")]
    [InlineData("Placeholder in the NINO box: 'CE 43 21 09 A'")]
    public void A_nino_shown_as_an_example_or_placeholder_is_no_ones(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("N.I.E. Y1234567X", "Y1234567X")]
    [InlineData("TARJETA DE IDENTIDAD DE EXTRANJERO\nNúm. X7654321J", "X7654321J")]
    public void An_nie_named_by_its_dotted_abbreviation_or_its_cards_title_is_found(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("personnummer 191212121212", "191212121212")]
    [InlineData("country,id_type,id_value\nSE,PNR,197703144126", "197703144126")]
    public void A_twelve_digit_personnummer_without_its_separator_is_found(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal((expected, "se-personnummer"), (text.Substring(entity.Start, entity.Length), entity.Detector));
    }

    [Fact]
    public void A_bsn_in_an_sql_insert_is_named_by_its_column()
    {
        var text = "INSERT INTO clienten (id, naam, bsn) VALUES (12, 'Jansen', '507529170'), (13, 'Smit', '628194821');";

        var found = Detector.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["507529170", "628194821"], found);
    }

    [Fact]
    public void Nine_digits_in_another_column_of_an_sql_insert_are_no_bsn()
    {
        Assert.Empty(Detector.Detect("INSERT INTO orders (id, order_no) VALUES (12, '507529170');"));
    }

    [Fact]
    public void A_markdown_tables_ssn_column_names_its_numbers()
    {
        var text = "| employee | ssn |\n|---|---|\n| R. Diaz | 219-09-9999 |";

        Detector.SingleAt(text, "219-09-9999");
    }
}
