namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PhoneShapesTests
{
    [Theory]
    [InlineData("1991-10-04", true)]
    [InlineData("04.10.1991", true)]
    [InlineData("10/04/1991", true)]
    [InlineData("212-968-3711", false)]
    [InlineData("1991-13-04", false)]
    [InlineData("06.39.98.04.77", false)]
    public void A_date_is_three_groups_with_a_year_a_month_and_a_day(string raw, bool date)
    {
        Assert.Equal(date, PhoneShapes.IsDate(raw));
    }

    [Theory]
    [InlineData("0.45359237", true)]
    [InlineData("3,785411784", true)]
    [InlineData("06.39.98.04.77", false)]
    [InlineData("0639980477", false)]
    public void A_decimal_has_one_point_or_comma_and_digits(string raw, bool decimalNumber)
    {
        Assert.Equal(decimalNumber, PhoneShapes.IsDecimal(raw));
    }

    [Theory]
    [InlineData("M: 06 39 98 04 77", true)]
    [InlineData("T +31 20 703 6319", true)]
    [InlineData("E-mail | M. 06 39 98 04 77", true)]
    [InlineData("M 06 39 98 04 77", false)] // without ':' only before a '+' number
    [InlineData("Navette (M. Petit) : 07 27 48 34 29", false)]
    [InlineData("ATM: 06 39 98 04 77", false)] // the letter ends a word
    public void A_signature_label_is_one_letter_beginning_its_line_or_field(string text, bool label)
    {
        var start = text.IndexOfAny(['+', '0']);

        Assert.Equal(label, PhoneShapes.SignatureLabel(text, start));
    }

    [Theory]
    [InlineData("Groet,\nSanne de Vries\n0648890360", true)]
    [InlineData("Groet,\nSanne de Vries\n0648890360\n", true)]
    [InlineData("Groet,\nsanne de vries\n0648890360", false)]
    [InlineData("Error code\n0648890360", false)]
    [InlineData("Invoice Total\n0648890360", false)]
    [InlineData("Sanne de Vries\n0648890360 and more", false)]
    public void A_number_alone_under_a_name_is_told_by_its_lines(string text, bool underName)
    {
        var start = text.IndexOf("0648890360", StringComparison.Ordinal);

        Assert.Equal(underName, PhoneShapes.AloneUnderAName(text, start, start + 10, new ContextWords("invoice", "order")));
    }

    [Theory]
    [InlineData("on 17.11.2025 09:45", "17.11.2025 09", true)] // a date and its hour
    [InlineData("at 2025-11-17 9", "2025-11-17 9", true)]
    [InlineData("12 Dec 2025 16:30", "2025 16", true)] // the hour glued to its minutes
    [InlineData("call 030 1234 5678 today", "030 1234 5678", false)]
    public void A_number_holding_a_date_or_running_into_a_time_is_a_date(string text, string raw, bool date)
    {
        var end = text.IndexOf(raw, StringComparison.Ordinal) + raw.Length;

        Assert.Equal(date, PhoneShapes.HoldsDate(text, end, raw));
    }

    [Theory]
    [InlineData("LX482915637FR", "482915637", true)]
    [InlineData("K7Q612483905", "612483905", true)]
    [InlineData("tel:0612345678;", "0612345678", false)]
    [InlineData("(0612345678)", "0612345678", false)]
    public void Digits_touching_a_letter_or_digit_are_part_of_a_longer_token(string text, string digits, bool glued)
    {
        var start = text.IndexOf(digits, StringComparison.Ordinal);

        Assert.Equal(glued, PhoneShapes.PartOfToken(text, start, start + digits.Length));
    }

    [Theory]
    [InlineData("169.254.169.254", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("020.794.600.18", false)] // a leading zero: a number written with dots
    [InlineData("300.1.1.1", false)]
    [InlineData("06.39.98.04.77", false)]
    public void An_ipv4_shape_is_four_dotted_groups_up_to_255(string raw, bool address)
    {
        Assert.Equal(address, PhoneShapes.IsIpv4(raw));
    }

    [Theory]
    [InlineData("box: 'AB 12 34 56 C' left as it was", "12 34 56", true)]
    [InlineData("NINO CE 43 21 09 A.", "43 21 09", true)]
    [InlineData("Call 0161 496 0123 About the order", "0161 496 0123", false)] // a word, not a single letter, follows
    [InlineData("call 0161 496 0123 A or B", "0161 496 0123", false)] // no capital before
    public void Digits_between_capitals_and_a_single_capital_letter_are_a_codes(string text, string digits, bool code)
    {
        var start = text.IndexOf(digits, StringComparison.Ordinal);

        Assert.Equal(code, PhoneShapes.InsideLetterCode(text, start, start + digits.Length));
    }
}
