namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The capitals of a country that has several, listed inline or as list items after "capitals".</summary>
[Trait("Category", "Unit")]
public class CapitalSetsTests
{
    [Theory]
    [InlineData("what are South Africa's capitals?", "South Africa has three capitals: Pretoria (executive), Durban (legislative) and Bloemfontein (judicial).", "Durban", "Cape Town")]
    [InlineData("Tell me about Bolivia", "Bolivia has two capitals: Sucre and Santa Cruz.", "Santa Cruz", "La Paz")]
    [InlineData("South Africa's capitals?", "Its three capitals are:\n- Executive: Soweto\n- Legislative: Cape Town\n- Judicial: Bloemfontein", "Soweto", "Pretoria")]
    [InlineData("Malaysia's capitals?", "Yes, Malaysia's capitals are Kuala Lumpur and Penang.", "Penang", "Putrajaya")]
    public void A_listed_city_that_is_none_of_the_capitals_is_corrected_to_the_one_left_out(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("what are South Africa's capitals?", "South Africa has three capitals: Pretoria (executive), Cape Town (legislative) and Bloemfontein (judicial).")]
    [InlineData("Tell me about Bolivia", "Bolivia's capitals are La Paz (seat of government) and Sucre (constitutional).")]
    [InlineData("South Africa's capitals?", "Its three capitals are:\n- Executive: Pretoria\n- Legislative: Cape Town\n- Judicial: Bloemfontein")]
    public void A_list_of_the_right_capitals_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void More_wrong_cities_than_capitals_left_out_are_flagged_without_a_correction()
    {
        var finding = FactAssert.Contradiction("What are Bolivia's capitals?", "Bolivia's capitals are Sucre, La Paz and Cochabamba.");

        Assert.Equal(("Cochabamba", -1), (finding.Claim, finding.Start));
    }

    [Theory]
    [InlineData("Capitals of Europe?", "Some European capitals are Paris, Rome and Madrid.")]
    [InlineData("South Africa and Kenya?", "Kenya's largest cities and capitals are Nairobi and Mombasa.")]
    public void Lists_of_other_capitals_are_not_read_as_the_countrys(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
