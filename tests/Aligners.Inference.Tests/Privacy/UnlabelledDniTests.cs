namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// A Spanish DNI or NIE given in a Spanish sentence without its name: its control letter and the language around it
/// name it; the same shape in code, in another language, under another code's label or as a sample stays unnamed.
/// </summary>
[Trait("Category", "Unit")]
public class UnlabelledDniTests
{
    private static readonly NationalIdDetector Detector = new();

    // 71234568A, 39481726H, 52093184R: eight digits and the letter of their remainder mod 23; Y4817263L a NIE.
    [Theory]
    [InlineData("Buenas, aquí tenéis mis datos: 71234568A y el móvil lo mando luego.", "71234568A")]
    [InlineData("Hola! Para la matrícula necesito dar el 39481726H, ¿vale así?", "39481726H")]
    [InlineData("Soy Lucía, os dejo mis datos (52093184R) para el contrato.", "52093184R")]
    [InlineData("Hola, gracias. Pongo Y4817263L en el formulario, ¿también la fecha?", "Y4817263L")]
    public void A_dni_in_a_spanish_sentence_without_its_name_is_found(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);
        Assert.Equal("es-dni", entity.Detector);
    }

    [Theory]
    [InlineData("Buenas, aquí tenéis mis datos: 71234568B y el móvil lo mando luego.")] // the wrong letter
    [InlineData("Hola, gracias por el pedido. Localizador: 71234568A, salida a las 9.")] // a booking's code
    [InlineData("Hi, here are my details: 71234568A, see you tomorrow.")] // not Spanish
    [InlineData("Hola, para los datos de prueba usad 12345678Z en el formulario.")] // the sample every form shows
    [InlineData("Hola, para los datos de prueba usad 33333333P, gracias.")] // one digit repeated
    [InlineData("Hola, mis datos están en /clientes/71234568A/ficha, gracias.")] // a path's segment
    [InlineData("sku=71234568A qty=2")]
    public void A_dni_shaped_value_outside_a_spanish_sentence_or_named_otherwise_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Hola, os paso mis datos", 4)]
    [InlineData("Ciao, ti passo i miei dati", 0)] // Italian
    [InlineData("Olá, envio os meus dados para a reserva", 0)] // Portuguese
    public void Spanish_words_are_counted_once_each(string text, int expected)
    {
        Assert.Equal(expected, UnlabelledDni.SpanishAround(text, text.Length, text.Length));
    }
}
