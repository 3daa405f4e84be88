namespace Aligners.Inference.Privacy;

/// <summary>
/// Decimal commas inside a CSV row's amounts (<c>€ 1840,25</c>, <c> 99,90</c>): a comma between digits after a space or a
/// currency sign and exactly two digits before the next comma or the line's end. A row written so holds more commas than
/// its heading names columns; counting these as part of their amount lets <see cref="TextLayout"/> pair the row's cells with
/// its heading. Digits right after a delimiter (<c>5,10,7</c>) are fields of their own, never an amount's decimals.
/// </summary>
internal static class DecimalCommas
{
    /// <summary>How many decimal commas <paramref name="line"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 1; i + 3 <= line.Length; i++)
        {
            count += IsDecimal(line, i) ? 1 : 0;
        }
        return count;
    }

    /// <summary>The comma at <paramref name="i"/> of <paramref name="line"/> separates an amount's decimals.</summary>
    public static bool IsDecimal(ReadOnlySpan<char> line, int i)
    {
        if (i < 1 || i + 3 > line.Length || line[i] != ',' || !char.IsAsciiDigit(line[i - 1]) || !char.IsAsciiDigit(line[i + 1])
            || !char.IsAsciiDigit(line[i + 2]) || (i + 3 < line.Length && line[i + 3] != ','))
        {
            return false;
        }
        var k = i - 1;
        while (k > 0 && char.IsAsciiDigit(line[k - 1]))
        {
            k--;
        }
        return k > 0 && (line[k - 1] == ' ' || char.GetUnicodeCategory(line[k - 1]) == System.Globalization.UnicodeCategory.CurrencySymbol);
    }
}
