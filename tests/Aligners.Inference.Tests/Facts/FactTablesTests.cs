namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class FactTablesTests
{
    private static readonly FactTables Tables = FactTables.Default;

    [Fact]
    public void The_bundled_tables_hold_at_least_two_thousand_checkable_facts()
    {
        Assert.True(Tables.FactCount >= 2000, $"{Tables.FactCount} facts");
    }

    [Fact]
    public void Every_table_names_its_source()
    {
        foreach (var table in new[] { "capitals", "elements", "planets", "works", "events", "discoveries", "superlatives", "measures" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Tables.Sources[table]), table);
        }
        Assert.Contains("countries-list 3.4.1", Tables.Sources["capitals"]);
        Assert.Contains("periodic-table-data 1.1.1", Tables.Sources["elements"]);
    }

    [Fact]
    public void Every_hand_written_row_names_its_reference()
    {
        Assert.All(Tables.Discoveries, d => Assert.False(string.IsNullOrWhiteSpace(d.Source), d.Subject));
        Assert.All(Tables.Superlatives, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Kinds[0]));
        Assert.All(Tables.Measures, m => Assert.False(string.IsNullOrWhiteSpace(m.Source), m.Subject));
    }

    [Fact]
    public void Countries_carry_their_capital_continent_languages_and_currency_from_the_packages()
    {
        var brazil = Tables.Countries.Single(c => c.Code == "BR");
        Assert.Equal("Brasília", brazil.Capital);
        Assert.Contains("South America", brazil.Continents!);
        Assert.Contains("Portuguese", brazil.Languages!);
        Assert.Contains("Brazilian Real", brazil.Currencies!);
        Assert.Contains("Japanese yen", Tables.Countries.Single(c => c.Code == "JP").Currencies!);
    }

    [Fact]
    public void All_118_elements_carry_their_symbol_number_and_mass()
    {
        Assert.Equal(Enumerable.Range(1, 118), Tables.Elements.Select(e => e.Number).Order());
        var gold = Tables.Elements.Single(e => e.Symbol == "Au");
        Assert.Equal(("gold", 79, "solid"), (gold.Name, gold.Number, gold.State));
        Assert.InRange(gold.AtomicMass!.Value, 196.9, 197.0);
        Assert.Equal("liquid", Tables.Elements.Single(e => e.Symbol == "Hg").State);
    }

    [Fact]
    public void Each_countrys_highest_point_is_a_record_under_its_names_and_a_rival_of_the_others()
    {
        var japan = Tables.Superlatives.Single(s => s.Scope.Contains("Japan") && s.Group == "mountain");
        Assert.Contains("Mount Fuji", japan.Answer);
        Assert.Contains("Mount Fuji", Tables.Rivals["mountain"]);
        Assert.Contains("Everest", Tables.Rivals["mountain"]);
        Assert.Contains("Nile", Tables.Rivals["river"]);
    }

    [Fact]
    public void Moons_name_their_planets()
    {
        Assert.Equal("Saturn", Tables.Moons.Single(m => m.Name == "Titan").Planet);
        Assert.Equal("Mars", Tables.Moons.Single(m => m.Name == "Phobos").Planet);
    }
}
