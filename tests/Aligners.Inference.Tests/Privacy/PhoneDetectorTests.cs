namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PhoneDetectorTests
{
    private static readonly PhoneDetector Detector = new();

    [Theory]
    [InlineData("Call me at (202) 555-0143 tomorrow.", "(202) 555-0143")]
    [InlineData("Office: 212-555-0199", "212-555-0199")]
    [InlineData("London office +44 20 7946 0958, ask for Joe.", "+44 20 7946 0958")]
    [InlineData("Sydney: +61 2 5550 1234", "+61 2 5550 1234")]
    [InlineData("phone 2125550123", "2125550123")]
    public void A_valid_number_is_found_with_its_exact_span(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);

        Assert.Equal(PrivacyTypes.Phone, entity.Type);
    }

    [Theory]
    [InlineData("ISBN 978-0-306-40615-7")]
    [InlineData("Timestamp 2024-05-17 10:22:31")]
    [InlineData("request 2125550123 completed")]
    [InlineData("order number 212-555-0123 shipped")]
    [InlineData("UK mobile drama range 07700 900123")]
    [InlineData("version 10.0.19045.3693")]
    [InlineData("OID 1.3.6.1.4.1.5866.7")]
    [InlineData("row 819360-7713 of the archive")]
    [InlineData("--text: #212121;")] // a colour, after a phone word
    [InlineData("phone-shaped SSN 078-05-1120")]
    [InlineData("Replacement part P/N 202-555-0143 is back in stock")]
    public void Dates_identifiers_and_invalid_numbers_are_not_phone_numbers(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Next_to_a_phone_word_an_oddly_grouped_number_still_counts()
    {
        Assert.Single(Detector.Detect("call me on 21255 50199"));
        Assert.Empty(Detector.Detect("see 21255 50199"));
    }

    [Fact]
    public void A_national_number_is_read_in_the_default_region()
    {
        var text = "Tel 020 7946 0018";

        Assert.Empty(new PhoneDetector("US").Detect(text));
        Assert.Single(new PhoneDetector("GB").Detect(text));
    }

    [Theory]
    [InlineData("Ansprechpartnerin: Frau Berger, 040 66969 555.", "040 66969 555")]
    [InlineData("Pour toute question, appelez le 01 42 68 53 00.", "01 42 68 53 00")]
    [InlineData("Questions → jo@example.org or 020 7946 0321.", "020 7946 0321")]
    public void A_national_number_of_any_listed_region_is_found(string text, string expected)
    {
        var detector = new PhoneDetector("US", "GB", "DE", "FR");

        var entity = Assert.Single(detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void Regions_are_tried_in_order_and_an_international_number_is_found_once()
    {
        var detector = new PhoneDetector("GB", "DE", "FR");

        Assert.Single(detector.Detect("Call +49 30 901820 today"));
        Assert.Equal(["GB", "DE", "FR"], detector.Regions);
        Assert.Throws<ArgumentException>(() => new PhoneDetector("XX"));
    }

    [Theory]
    [InlineData("your work number is +44 7700 900456", "+44 7700 900456")] // Ofcom's drama range, with its country code
    [InlineData("Contact : +33 6 39 98 12 34.", "+33 6 39 98 12 34")] // ARCEP's fiction range
    [InlineData("Telefon: 07700 900782", "07700 900782")] // with a phone word, in national format
    public void A_number_of_a_range_reserved_for_fiction_counts_with_its_country_code_or_a_phone_word(string text, string expected)
    {
        var entity = Assert.Single(new PhoneDetector("US", "GB", "FR").Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void A_number_of_a_range_reserved_for_fiction_alone_is_not_found()
    {
        Assert.Empty(new PhoneDetector("GB").Detect("build 07700 900782 passed"));
    }

    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("ik wil mijn telefoonnummer wijzigen naar +31 6 67132506", "+31 6 67132506")]
    [InlineData("j'ai changé de numéro, c'est le 06 39 98 04 77 maintenant", "06 39 98 04 77")]
    [InlineData("Mobiel: 06 39 98 04 77", "06 39 98 04 77")]
    [InlineData("Portable : 06 39 98 04 77", "06 39 98 04 77")]
    [InlineData("Tél. 06 39 98 04 77", "06 39 98 04 77")]
    public void A_number_after_a_phone_word_of_a_listed_language_counts(string text, string expected)
    {
        var entity = Assert.Single(EightRegions.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("Ruud Bakker\nT +31 20 703 6319 | M +31 6 88 86 63 93", "+31 6 88 86 63 93")]
    [InlineData("Jane Roe\nM: 06 39 98 04 77", "06 39 98 04 77")]
    [InlineData("Jane Roe | P: 06 39 98 04 77", "06 39 98 04 77")]
    public void A_signatures_one_letter_label_is_a_phone_word(string text, string expected)
    {
        Assert.Contains(EightRegions.Detect(text), e => text.Substring(e.Start, e.Length) == expected);
    }

    [Theory]
    [InlineData("Kleppmann, M. (2017). Designing Data-Intensive Applications.")]
    [InlineData("Navette (M. Petit) : 07 27 48 34 29")] // an initial; and 072 is a range the metadata holds unassigned
    public void An_initial_is_not_a_signature_label(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void A_bare_run_of_digits_under_a_name_counts_when_valid_for_a_region()
    {
        Assert.Single(EightRegions.Detect("Met vriendelijke groet,\nSanne de Vries\n0648890360"));
        Assert.Empty(EightRegions.Detect("Met vriendelijke groet,\nSanne de Vries\n0000000000")); // not valid anywhere
        Assert.Empty(EightRegions.Detect("Invoice Total\n0648890360")); // the line above is no name
        Assert.Empty(EightRegions.Detect("Sanne de Vries 0648890360 ref")); // not alone on its line
    }

    [Theory]
    [InlineData("\"telecom\": \"phone\", \"birthDate\": \"1991-10-04\"")]
    [InlineData("Telefon-Update am 04.10.1991 eingetragen")]
    [InlineData("Conversions: 1 lb = 0.45359237 kg, 1 US gal = 3.785411784 l.")]
    public void Dates_and_decimal_numbers_are_not_phone_numbers_even_after_a_phone_word(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void A_nearer_word_naming_another_number_outweighs_a_phone_word()
    {
        Assert.Empty(EightRegions.Detect("numéro de commande 0639980477"));
        Assert.Single(EightRegions.Detect("commande livrée ; numéro 06 39 98 04 77"));
    }

    [Fact]
    public void A_french_07_number_follows_libphonenumbers_metadata()
    {
        // The metadata holds 073 to 079 as assigned mobile ranges and 070 to 072 as not yet assigned:
        // the first counts without a phone word, the second only with one.
        Assert.Single(EightRegions.Detect("Navette : 07 81 48 34 29"));
        Assert.Empty(EightRegions.Detect("Navette : 07 27 48 34 29"));
        Assert.Single(EightRegions.Detect("Portable : 07 27 48 34 29"));
    }

    [Fact]
    public void Numbers_every_region_finds_are_reported_once_in_text_order()
    {
        var text = string.Join(" ; ", Enumerable.Range(0, 200).Select(i => $"call +44 20 7946 {i:0000}"));

        var found = EightRegions.Detect(text).ToList();

        Assert.Equal(200, found.Count);
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    [Theory]
    [InlineData("Numéro de suivi : LX482915637FR, livraison demain")] // a postal item's S10 number
    [InlineData("Número de envío 7HKQPZ612483905 en reparto")] // a carrier's number, digits glued to letters
    [InlineData("Telefon-Hotline Referenz AB0612345678")]
    public void Digits_inside_a_longer_token_are_not_a_phone_number_even_after_a_phone_word(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Theory]
    [InlineData("Abfahrt Zentrum 17.11.2025 09:45:10, weiter nach Lyon")]
    [InlineData("Paket verladen am 02.03.2026 14 Uhr")]
    [InlineData("Bug fixes for the fixed-line parser. ## 3.2.1 (2025-11-17)")] // a date in the bracket that closes after it
    public void A_date_with_its_hour_is_not_a_phone_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Theory]
    [InlineData("[09:12] Bram: ja hoor, +31 6 2938 4417, bel maar", "+31 6 2938 4417")]
    [InlineData("[09:12] Bram: schrijf op: 06 2938 4417 graag", "06 2938 4417")]
    [InlineData("Neu seit Montag: +49 171 2345 6789 (bitte speichern)", "+49 171 2345 6789")]
    public void A_valid_mobile_number_counts_without_a_phone_word_however_its_groups_fall(string text, string expected)
    {
        var entity = Assert.Single(EightRegions.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void A_phone_words_reach_covers_the_alternatives_listed_after_its_number()
    {
        var text = "Meine Handynummer ist 0171 2345678, die alte (030 9876543) bitte löschen.";

        var found = EightRegions.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["0171 2345678", "030 9876543"], found);
    }

    [Fact]
    public void A_number_after_a_phone_number_that_names_something_else_is_not_an_alternative()
    {
        var text = "Ring the desk on 0161 496 0391 quoting staff number 482913.";

        var found = EightRegions.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["0161 496 0391"], found);
    }

    [Fact]
    public void An_address_in_an_ipv4_shape_is_left_to_the_address_detector()
    {
        Assert.Empty(EightRegions.Detect("the metadata endpoint (169.254.169.254) did not answer"));
    }

    [Fact]
    public void English_fixes_is_not_the_french_landline_label()
    {
        Assert.Empty(EightRegions.Detect("Bug fixes. 2.40.1 released"));
        Assert.Single(EightRegions.Detect("Fixe : 01 42 68 53 00"));
    }

    private static readonly PhoneDetector European = new("ES", "DE", "FR", "NL", "GB");

    [Theory]
    [InlineData("Expediente número 40217733/2025, abierto el lunes")]
    [InlineData("Geschäftszeichen 21093375/2024 bitte angeben")]
    [InlineData("uitbetaling op rekening 1503.27.61894")]
    [InlineData("Pedido número 9123456780 enviado")]
    [InlineData("Número de solicitud 912345678 recibido")]
    [InlineData("IBAN DE12 5001 0517 9931 2245 67 is not valid")]
    [InlineData("VAT reg.: GB 721 4583 19")]
    [InlineData("Aktenzeichen: 030 2234 5678")]
    public void Case_file_account_and_reference_numbers_are_not_phone_numbers(string text)
    {
        Assert.Empty(European.Detect(text));
    }

    [Theory]
    [InlineData("my new number is +447700900318, the old one can go", "+447700900318")]
    [InlineData("Teléfono: número 612 345 678", "612 345 678")]
    [InlineData("devuélveme la llamada al 612345678 antes de las seis", "612345678")]
    public void A_compact_international_number_and_a_phone_words_number_count(string text, string expected)
    {
        var entity = Assert.Single(European.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void A_csv_column_headed_phone_names_its_numbers()
    {
        var text = "id;name;telefon\n7;Ana Ruiz;0199004412\n8;Bo Lind;0612345678";

        var found = European.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["0199004412", "0612345678"], found);
    }

    [Theory]
    [InlineData("Tirage du samedi, numéros gagnants : 03 09 27 38 44, étoile 5")]
    [InlineData("Lottery results tonight: 02 15 19 33 47 and bonus 08")]
    [InlineData("Die Gewinnzahlen der Ziehung: 05 12 18 29 41 49")]
    public void A_rising_list_of_small_numbers_after_a_draw_word_is_not_a_phone_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void A_number_grouped_in_pairs_after_a_phone_word_still_counts_beside_a_draw_word()
    {
        var text = "Résultats du tirage au 01 42 68 53 00, téléphone : 01 42 68 53 00";

        Assert.Equal(["01 42 68 53 00"], EightRegions.Detect(text).Select(e => text.Substring(e.Start, e.Length)).Distinct());
    }

    [Theory]
    [InlineData("Rolled out 4.12.7 to every node")]
    [InlineData("pip install requests==2.31.0 && restart")]
    public void A_three_part_version_is_not_a_phone_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Fact]
    public void A_csv_rows_first_cell_is_read_under_its_own_heading_not_the_phone_columns()
    {
        var text = "account_no,full_name,mobile\n402817,Lena Vogt,(212) 555-0143\n518311,Ravi Shah,(415) 555-0178";

        var found = EightRegions.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["(212) 555-0143", "(415) 555-0178"], found);
    }

    [Theory]
    [InlineData("Paiement accepté, numéro d'autorisation 318204, merci.")]
    [InlineData("Ihr Autorisierungscode lautet 905311.")]
    [InlineData("Su código de autorización es 774120.")]
    [InlineData("Uw autorisatiecode: 662019")]
    [InlineData("Approval code 551093 - keep it for the refund.")]
    [InlineData("Enter the verification number 284467 on the next screen.")]
    public void A_short_code_named_as_a_code_is_no_phone_number(string text)
    {
        Assert.Empty(European.Detect(text));
    }

    [Theory]
    [InlineData("Telefon 482913")] // six digits without the trunk prefix: a German reading calls them valid, a reader does not
    [InlineData("Tél. 551093")]
    public void Six_digits_without_the_trunk_prefix_are_no_full_number_even_after_a_phone_word(string text)
    {
        Assert.Empty(European.Detect(text));
    }

    [Theory]
    [InlineData("Telefon 030 4829137", "030 4829137")] // with the trunk prefix
    [InlineData("call 923456781 for bookings", "923456781")] // a Spanish number, whose country has no trunk prefix
    public void A_national_number_with_its_trunk_prefix_or_without_one_to_drop_still_counts(string text, string expected)
    {
        European.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Warsaw desk: +48 221 334 455 (weekdays).", "+48 221 334 455")]
    [InlineData("Lyon office +33 472 10 20 30", "+33 472 10 20 30")]
    public void An_international_number_in_groups_of_digits_counts_however_its_country_groups_them(string text, string expected)
    {
        European.SingleAt(text, expected);
    }

    [Fact]
    public void Bare_digits_in_an_sql_inserts_phone_column_are_a_phone_number()
    {
        var text = "INSERT INTO contacts (name, mobiel) VALUES ('Sanne', '0612345678');";

        new PhoneDetector("NL").SingleAt(text, "0612345678");
    }

    [Fact]
    public void Bare_digits_in_a_markdown_tables_phone_column_are_a_phone_number()
    {
        var text = "| naam | mobiel |\n| --- | --- |\n| Sanne | 0612345678 |";

        new PhoneDetector("NL").SingleAt(text, "0612345678");
    }
}
