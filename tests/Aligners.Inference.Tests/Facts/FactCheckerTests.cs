namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class FactCheckerTests
{
    private static readonly FactChecker Checker = FactChecker.Default;

    private static FactFinding Single(string prompt, string answer) => Assert.Single(Checker.Check(prompt, answer).Findings);

    [Theory]
    [InlineData("What is the capital city of Peru?", "Peru's capital is Cusco, high in the Andes.", "capital", "Cusco", "Lima")]
    [InlineData("Remind me which city is Vietnam's capital.", "That's Ho Chi Minh City.", "capital", "Ho Chi Minh City", "Hanoi")]
    [InlineData("What's the chemical symbol for copper?", "Copper is written as Co.", "element", "Co", "Cu")]
    [InlineData("Which element has the symbol Na?", "Na is nitrogen.", "element", "nitrogen", "sodium")]
    [InlineData("Which element is atomic number 79?", "That's silver.", "element", "silver", "gold")]
    [InlineData("Which planet is farthest from the sun?", "Pluto is the farthest planet.", "planet", "Pluto", "Neptune")]
    [InlineData("Which is the smallest planet?", "Mars is the smallest planet in the solar system.", "planet", "Mars", "Mercury")]
    [InlineData("What's the third planet from the sun?", "Venus.", "planet", "Venus", "Earth")]
    [InlineData("How much is 38 times 12?", "That comes to 446.", "arithmetic", "446", "456")]
    [InlineData("What is 40 percent of 35?", "It is 16.", "arithmetic", "16", "14")]
    [InlineData("Subtract 58 from 200, please.", "The answer is 152.", "arithmetic", "152", "142")]
    [InlineData("How many metres are in 4.5 kilometres?", "4.5 km is 450 metres.", "conversion", "450", "4500")]
    [InlineData("Convert 50 degrees Fahrenheit to Celsius.", "50 °F is 20 °C.", "conversion", "20", "10")]
    [InlineData("How many seconds are in an hour?", "There are 360 seconds in an hour.", "conversion", "360", "3600")]
    [InlineData("What temperature does water freeze at in Celsius?", "It freezes at 4 degrees Celsius.", "constant", "4", "0")]
    [InlineData("Who wrote Crime and Punishment?", "Crime and Punishment was written by Leo Tolstoy.", "author", "Leo Tolstoy", "Fyodor Dostoevsky")]
    [InlineData("When did the Titanic go down?", "It sank in April 1913.", "date", "1913", "1912")]
    [InlineData("What year did World War I end?", "The First World War ended in 1919.", "date", "1919", "1918")]
    public void A_wrong_claim_inside_a_domain_is_contradicted_with_the_right_value(string prompt, string answer, string domain, string claim, string expected)
    {
        var finding = Single(prompt, answer);

        Assert.Equal((domain, FactVerdicts.Contradicted, claim, expected), (finding.Domain, finding.Verdict, finding.Claim, finding.Expected));
        Assert.Equal(claim, answer.Substring(finding.Start, claim.Length));
        Assert.False(string.IsNullOrWhiteSpace(finding.Source));
    }

    [Theory]
    [InlineData("What planet is known as the red planet?", "Mars is first from the sun.", "first", "fourth")]
    [InlineData("Tell me about Saturn.", "Saturn is the sixth planet from the sun, and Jupiter is the third planet from the sun.", "third", "fifth")]
    public void A_planets_stated_place_from_the_sun_is_checked_whatever_the_question(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_wrong_planet_for_the_asked_place_is_one_claim_and_its_correction_answers_the_question()
    {
        const string answer = "Jupiter is the fourth planet from the sun.";
        var report = Checker.Check("Which planet is fourth from the sun?", answer);

        var wrong = Assert.Single(report.Findings, f => f.Verdict == FactVerdicts.Contradicted);
        Assert.Equal(("Jupiter", "Mars"), (wrong.Claim, wrong.Expected));
        var corrected = FactChecker.Correct(answer, report.Findings)!;
        Assert.Equal("Mars is the fourth planet from the sun.", corrected);
        Assert.False(Checker.Check("Which planet is fourth from the sun?", corrected).Flagged);
    }

    [Theory]
    [InlineData("What is the capital city of Peru?", "Lima.")]
    [InlineData("Capital of Brazil?", "Brasilia, not Rio as many people think.")]
    [InlineData("Which city is the capital of the USA?", "Washington, D.C.")]
    [InlineData("What's the chemical symbol for copper?", "Cu, from the Latin cuprum.")]
    [InlineData("Which element has the symbol W?", "Tungsten.")]
    [InlineData("How many planets are in the solar system?", "There are 8 planets.")]
    [InlineData("How much is 38 times 12?", "38 × 12 = 456.")]
    [InlineData("What's 2,500 divided by 4?", "625.")]
    [InlineData("Convert 50 degrees Fahrenheit to Celsius.", "About 10 °C.")]
    [InlineData("How many feet are in a mile?", "5,280 feet.")]
    [InlineData("What temperature does water boil at in Kelvin?", "At sea level about 373 K.")]
    [InlineData("Who wrote One Hundred Years of Solitude?", "Gabriel Garcia Marquez wrote it in 1967.")]
    [InlineData("When did Columbus first reach the Americas?", "In 1492.")]
    [InlineData("Who painted the Sistine Chapel ceiling?", "Michelangelo, between 1508 and 1512.")]
    [InlineData("Tell me about Paris.", "Paris is the capital of France and home to the Louvre.")]
    [InlineData("Who painted The Starry Night?", "Vincent van Gogh, in 1889.")]
    public void A_right_claim_is_confirmed(string prompt, string answer) => Assert.False(FactAssert.Confirmed(prompt, answer).Flagged);

    [Theory]
    [InlineData("What should I cook for dinner tonight?", "A quick stir-fry with vegetables and rice is easy and healthy.")]
    [InlineData("Who designed the Burj Khalifa?", "Adrian Smith, whose design was chosen in 2004.")]
    [InlineData("How long should I boil water for pasta?", "Bring it to a rolling boil, then cook the pasta for 8 to 10 minutes.")]
    [InlineData("Is it safe to mix bleach and ammonia?", "No. Together they release toxic chloramine gas.")]
    [InlineData("Tell me about Lyon.", "Lyon is the third-largest city of France and famous for its food.")]
    [InlineData("What is the capital of Kenya?", "I can't look that up for you. Please check an atlas or an encyclopedia.")]
    [InlineData("capital of portugal?", "Sorry, no idea. Maybe try a search engine.")]
    public void A_claim_outside_the_domains_yields_nothing(string prompt, string answer)
    {
        Assert.True(Checker.Check(prompt, answer).Empty, string.Join("; ", Checker.Check(prompt, answer).Findings));
    }

    [Fact]
    public void A_wrong_capital_stated_in_an_answer_to_another_question_is_contradicted()
    {
        var finding = Single("Tell me something about Canada.", "Toronto is the capital of Canada and its largest city.");

        Assert.Equal(("Toronto", "Ottawa"), (finding.Claim, finding.Expected));
    }

    [Fact]
    public void A_wrong_equation_inside_an_answer_is_contradicted()
    {
        var finding = Single("Can you check my maths homework?", "Sure: 7 × 8 = 54, so your answer is right.");

        Assert.Equal(("54", "56"), (finding.Claim, finding.Expected));
    }

    [Theory]
    [InlineData("When does the train leave?", "It leaves at 7:45.")]
    [InlineData("How much does it cost?", "It costs 20 euros.")]
    [InlineData("Did my package arrive?", "Yes, it was delivered this morning.")]
    public void A_confident_answer_to_an_underspecified_question_is_flagged(string prompt, string answer)
    {
        var finding = Single(prompt, answer);

        Assert.Equal(FactVerdicts.Underspecified, finding.Verdict);
    }

    [Theory]
    [InlineData("When does the train leave?", "Which train do you mean? Tell me the route and the day.")]
    [InlineData("How much does it cost?", "That depends on what you're buying; which item is it?")]
    public void A_question_back_to_an_underspecified_question_is_not_flagged(string prompt, string answer)
    {
        Assert.False(Checker.Check(prompt, answer).Flagged);
    }

    [Fact]
    public void Correcting_replaces_each_contradicted_claim_with_the_right_value_and_keeps_the_rest()
    {
        const string answer = "Sydney is the capital of Australia, and 6 × 7 = 43.";
        var report = Checker.Check("Any facts about Australia?", answer);

        Assert.Equal("Canberra is the capital of Australia, and 6 × 7 = 42.", FactChecker.Correct(answer, report.Findings));
    }

    [Fact]
    public void Correcting_an_answer_without_contradictions_gives_nothing()
    {
        var report = Checker.Check("What's the capital of Chile?", "Santiago.");

        Assert.Null(FactChecker.Correct("Santiago.", report.Findings));
    }

    [Fact]
    public void The_bundled_tables_are_complete_and_name_their_sources()
    {
        var tables = FactTables.Default;

        Assert.Equal(118, tables.Elements.Count);
        Assert.Equal(8, tables.Planets.Count);
        Assert.True(tables.Countries.Count >= 190);
        Assert.Contains(tables.Countries, c => c.Country == "Japan" && c.Capital == "Tokyo");
        Assert.All(tables.Sources.Values, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        Assert.Contains("countries-list 3.4.1", tables.Sources["capitals"]);
    }

    [Fact]
    public void A_contradicted_claim_scores_zero_however_sure_the_model_is_so_no_threshold_passes_it()
    {
        var report = Checker.Check("What is the capital of Australia?", "Sydney.");

        Assert.True(report.Flagged);
        Assert.Equal(0, report.Combine(0.99));
    }

    [Fact]
    public void An_answer_outside_the_domains_keeps_the_models_score()
    {
        var report = Checker.Check("Who designed the Burj Khalifa?", "Adrian Smith, in 2004.");

        Assert.True(report.Empty);
        Assert.Equal(0.37, report.Combine(0.37));
    }
}
