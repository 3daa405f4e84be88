namespace Aligners.Inference.Privacy;

/// <summary>
/// The check-digit schemes the detectors verify: a number that fails its check is a typo or a
/// look-alike, not the identifier it resembles.
/// </summary>
internal static class Checksums
{
    /// <summary>The Luhn (mod 10) check over decimal digits, rightmost digit being the check digit.</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /// <summary>
    /// The ISO 7064 mod 97-10 check of an IBAN written without spaces: the first four characters
    /// move to the end, letters become 10..35, and the number must leave remainder 1.
    /// </summary>
    public static bool IbanMod97(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (c is >= '0' and <= '9')
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }
        return remainder == 1;
    }

    /// <summary>
    /// The Dutch "elfproef" of a BSN: nine digits weighted 9, 8, ..., 2 and -1 sum to a multiple of
    /// 11 (and not to zero).
    /// </summary>
    public static bool ElevenProof(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }
            sum += i == 8 ? -d : d * (9 - i);
        }
        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>The control letter of a Spanish DNI number (the number mod 23 indexes a fixed table).</summary>
    public static char DniLetter(int number) => "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23];
}
