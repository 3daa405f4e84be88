namespace Aligners.Inference.Privacy;

/// <summary>
/// A Spanish DNI or NIE given without its name, as people write theirs in a chat ("os paso mis datos:
/// 71234567X, teléfono ..."). Its control letter already passed (<see cref="NationalIdChecks.EsDni"/>), a check
/// that one run of eight digits and a letter in 23 passes by chance, so more must hold: the value is written
/// compact (<c>71234567X</c>, <c>71234567-X</c>, <c>X1234567L</c>), stands apart (not inside a path, a URL, a key
/// or a longer code), no other number's label names it ("localizador", "pedido", "ref", "order", ...), it is no
/// well-known sample (<c>12345678Z</c>, one digit repeated), and it stands in a sentence written in Spanish,
/// the one language whose writers hold a DNI: at least two distinct Spanish words on its line within
/// <see cref="Reach"/> characters. A product code or a booking code with a letter at its end, or a value in
/// code or in another language, stays unnamed.
/// </summary>
internal static class UnlabelledDni
{
    private const int Reach = 120;

    // Words of a Spanish sentence that Portuguese, Italian, French or Catalan rarely write the same way (not "os" or "para", which
    // Portuguese writes too, nor "mi", "tu", "con" or "del", which Italian does).
    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "hola", "mis", "datos", "soy", "paso", "gracias", "los", "las", "y", "nombre", "apellidos", "teléfono",
        "móvil", "correo", "aquí", "tengo", "necesito", "quiero", "podéis", "puedes", "buenos", "buenas", "saludos", "mío", "está",
        "también", "usted", "vuestro", "vuestra", "tus", "sus", "estos", "estas",
    };

    // Labels of other numbers that end in a letter, as a booking's, an order's or a product's code does.
    private static readonly ContextWords OtherCodes = new(ReferenceLabels.With(
        "localizador", "pedido", "referencia", "ref", "factura", "expediente", "código", "codigo", "code", "order", "invoice", "sku", "serial",
        "lote", "modelo", "model", "matrícula", "matricula", "bastidor", "albarán", "albaran", "ticket", "id"));

    /// <summary>The value at <paramref name="start"/> is a DNI or NIE given in a Spanish sentence without its name.</summary>
    public static bool Counts(string text, int start, int length)
    {
        var value = text.AsSpan(start, length);
        if (!Compact(value) || Sample(value) || !StandsApart(text, start, start + length) || OtherCodes.Labels(text, start))
        {
            return false;
        }
        return SpanishAround(text, start, start + length) >= 2;
    }

    // 12345678Z, 12345678-Z or X1234567L: no dots or spaces, which a form's field gives beside its label.
    private static bool Compact(ReadOnlySpan<char> value) => !value.ContainsAny('.', ' ');

    // Samples documentation and forms print: the digits in order, or one digit repeated (00000000T, 11111111H).
    private static bool Sample(ReadOnlySpan<char> value)
    {
        var digits = value[0] is 'X' or 'Y' or 'Z' ? value[1..8] : value[..8];
        return digits.SequenceEqual("12345678") || digits.SequenceEqual("87654321") || !digits.ContainsAnyExcept(digits[0]);
    }

    // Whitespace, a bracket, a colon or a comma before; whitespace, a sentence's marks or a bracket after.
    private static bool StandsApart(string text, int start, int end) =>
        (start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or ':' or ',' or '¿' or '¡')
        && (end == text.Length || char.IsWhiteSpace(text[end]) || (text[end] is ',' or ';' or ')' or ':' or '.' or '!' or '?'
            && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))));

    /// <summary>How many distinct Spanish words stand on the value's line within <see cref="Reach"/> characters either side.</summary>
    internal static int SpanishAround(string text, int start, int end)
    {
        var from = LineBounds.Start(text, start, Reach - 1);
        var to = LineBounds.End(text, end, Reach - 1);
        HashSet<string>? seen = null;
        var i = from;
        while (i < to)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var begin = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i - begin <= 10)
            {
                var word = text.Substring(begin, i - begin).ToLowerInvariant();
                if (SpanishWords.Contains(word))
                {
                    (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
                }
            }
        }
        return seen?.Count ?? 0;
    }
}
