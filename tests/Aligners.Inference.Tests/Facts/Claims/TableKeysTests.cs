namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The tables' facts by the keys mentions carry: a country's code, an element's number and symbol.</summary>
[Trait("Category", "Unit")]
public class TableKeysTests
{
    private static readonly TableKeys Keys = FactTables.Default.Keys;

    [Fact]
    public void Every_country_is_found_by_its_code()
    {
        foreach (var country in FactTables.Default.Countries)
        {
            Assert.Same(country, Keys.Countries[country.Code]);
        }
    }

    [Theory]
    [InlineData("26", "Fe")]
    [InlineData("79", "Au")]
    [InlineData("1", "H")]
    public void An_element_is_found_by_its_number_and_by_its_symbol(string number, string symbol)
    {
        Assert.Equal(symbol, Keys.ElementsByNumber[number].Symbol);
        Assert.Same(Keys.ElementsByNumber[number], Keys.ElementsBySymbol[symbol]);
    }

    [Fact]
    public void A_symbol_is_found_only_as_written()
    {
        Assert.False(Keys.ElementsBySymbol.ContainsKey("FE"));
        Assert.False(Keys.ElementsBySymbol.ContainsKey("fe"));
    }
}
