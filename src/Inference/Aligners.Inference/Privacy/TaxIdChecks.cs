namespace Aligners.Inference.Privacy;

/// <summary>
/// The checks of three tax identifiers the deployment's users give: Germany's Steuer-ID (IdNr: 11
/// digits, no leading zero, one digit of the first ten used two or three times and the rest at most
/// once, the last an ISO 7064 MOD 11,10 check digit), Australia's tax file number (9 digits whose
/// weighted sum, weights 1 4 3 7 5 8 6 9 10, is a multiple of 11) and Canada's social insurance number
/// (9 digits passing the Luhn check, never starting 0 or 8). Separators (spaces, dashes, dots) are left out.
/// </summary>
internal static class TaxIdChecks
{
    private static readonly int[] TfnWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10];

    /// <summary>A German Steuer-ID: structure and check digit.</summary>
    public static bool GermanSteuerId(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[11];
        if (NationalIdChecks.Digits(value, d) != 11 || d[0] == '0')
        {
            return false;
        }
        Span<int> counts = stackalloc int[10];
        foreach (var c in d[..10])
        {
            counts[c - '0']++;
        }
        var repeated = 0;
        foreach (var n in counts)
        {
            if (n > 3)
            {
                return false;
            }
            repeated += n > 1 ? 1 : 0;
        }
        if (repeated != 1)
        {
            return false;
        }
        // ISO 7064 MOD 11,10.
        var product = 10;
        foreach (var c in d[..10])
        {
            var sum = (c - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        var check = 11 - product;
        return (check == 10 ? 0 : check) == d[10] - '0';
    }

    /// <summary>An Australian tax file number of nine digits: its weighted sum is a multiple of 11.</summary>
    public static bool AustralianTfn(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[9];
        if (NationalIdChecks.Digits(value, d) != 9)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (d[i] - '0') * TfnWeights[i];
        }
        return sum % 11 == 0 && sum > 0;
    }

    /// <summary>A Canadian social insurance number: nine digits, Luhn-valid, not starting with 0 (never issued) or 8 (business numbers).</summary>
    public static bool CanadianSin(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[9];
        return NationalIdChecks.Digits(value, d) == 9 && d[0] is not ('0' or '8') && Checksums.Luhn(d);
    }
}
