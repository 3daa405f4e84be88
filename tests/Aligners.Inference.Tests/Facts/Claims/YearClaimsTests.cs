namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>The year of a discovery, read where a year dates it and not where it dates something else.</summary>
[Trait("Category", "Unit")]
public class YearClaimsTests
{
    [Fact]
    public void A_year_before_an_honour_dates_the_honour_not_the_discovery() =>
        FactAssert.NotFlagged("Who discovered radium?",
            "Marie and Pierre Curie, in 1898. Marie Curie went on to win the 1911 Nobel Prize in Chemistry for the discovery of radium and polonium.");

    [Fact]
    public void A_wrong_year_of_the_discovery_itself_is_still_contradicted() =>
        FactAssert.ContradictedAt("When was penicillin discovered?", "Alexander Fleming discovered penicillin in 1945.", "1945", "1928");
}
