namespace Aligners.Inference.Tests.Facts.Claims;

[Trait("Category", "Unit")]
public class ClaimReaderTests
{
    [Theory]
    [InlineData("Name the capitals of these countries.", "1. France – Paris\n2. Germany – Berlin\n3. Australia – Sydney\n4. Canada – Ottawa", "Sydney", "Canberra")]
    [InlineData("A table please.", "| Country | Capital |\n|---|---|\n| Turkey | Istanbul |\n| Japan | Tokyo |", "Istanbul", "Ankara")]
    [InlineData("Tell me about Brazil.", "Brazil is the largest country in South America. The capital of Brazil is Rio de Janeiro.", "Rio de Janeiro", "Brasília")]
    [InlineData("Symbols of gold, silver and iron?", "Gold (Au), silver (Ag) and iron (Fi).", "Fi", "Fe")]
    [InlineData("Which is which?", "| Element | Symbol |\n|---|---|\n| Gold | Ag |\n| Iron | Fe |", "Ag", "Au")]
    [InlineData("What does Fe mean?", "Fe stands for fluorine.", "Fe", "F")]
    [InlineData("Tell me about gold.", "Gold is a transition metal with atomic number 80.", "80", "79")]
    [InlineData("Who invented the telephone?", "Thomas Edison invented the telephone in 1876.", "Thomas Edison", "Alexander Graham Bell")]
    [InlineData("Tell me about penicillin.", "Penicillin was discovered by Louis Pasteur in 1928.", "Louis Pasteur", "Alexander Fleming")]
    [InlineData("Who came up with evolution?", "Gregor Mendel formulated the theory of evolution.", "Gregor Mendel", "Charles Darwin or Alfred Russel Wallace")]
    [InlineData("When was the web invented?", "Tim Berners-Lee invented the World Wide Web in 1995 while at CERN.", "1995", "1989 or 1990 or 1991")]
    [InlineData("Summarise the Berlin Wall.", "The Berlin Wall was built in 1961 and fell in 1991, reuniting Berlin.", "1991", "1989")]
    [InlineData("Summarise WWII.", "World War II began in 1939 and ended in 1946, after the atomic bombing of Hiroshima in 1945.", "1946", "1945")]
    [InlineData("What's the highest mountain in Africa?", "Mount Kenya is the highest mountain in Africa.", "Mount Kenya", "Kilimanjaro")]
    [InlineData("Longest river?", "The longest river in South America is the Orinoco.", "Orinoco", "Amazon")]
    [InlineData("What's the hardest mineral?", "The hardest natural mineral is quartz.", "quartz", "diamond")]
    [InlineData("Which is the farthest planet?", "Pluto is the farthest planet from the sun.", "Pluto", "Neptune")]
    [InlineData("What language is spoken in Brazil?", "Most people in Brazil speak Spanish.", "Spanish", "Portuguese")]
    [InlineData("What's the currency of Japan?", "Japan uses the yuan.", "yuan", "Yen")]
    [InlineData("What's the currency of Japan?", "The yuan.", "yuan", "Yen")]
    [InlineData("Where is Egypt?", "Egypt is a country in South America.", "South America", "Africa or Asia")]
    [InlineData("Which planet does Titan orbit?", "Titan is a moon of Jupiter.", "Jupiter", "Saturn")]
    [InlineData("How many bones does an adult have?", "An adult human has 312 bones.", "312", "206")]
    [InlineData("How many chambers are in the heart?", "The human heart has three chambers.", "three", "four")]
    [InlineData("How fast is sound?", "The speed of sound in air is about 1,000 m/s.", "1,000", "343")]
    [InlineData("How fast is light?", "Light travels at roughly 150,000 km per second.", "150,000", "299,792.5")]
    [InlineData("Teeth?", "Adults have 28 teeth.", "28", "32")]
    public void A_wrong_claim_is_read_wherever_it_stands(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.ContradictedAt(prompt, answer, claim, expected);

        Assert.False(string.IsNullOrWhiteSpace(finding.Source));
    }

    [Theory]
    [InlineData("Name some capitals.", "1. France – Paris\n2. Germany – Berlin\n3. Australia – Canberra")]
    [InlineData("Symbols?", "Gold (Au), silver (Ag) and iron (Fe).")]
    [InlineData("Who invented the web?", "The World Wide Web was invented by Tim Berners-Lee in 1989.")]
    [InlineData("Tell me about evolution.", "Charles Darwin formulated the theory of evolution by natural selection in 1859.")]
    [InlineData("Languages of Switzerland?", "Switzerland's official languages are German, French, Italian and Romansh.")]
    [InlineData("Highest mountain?", "Mount Everest, at 8,849 metres, is the highest mountain in the world.")]
    [InlineData("Highest in Africa?", "Kilimanjaro is the highest mountain in Africa, taller than Mount Kenya.")]
    [InlineData("Mercury?", "Mercury (Hg) is a liquid at room temperature.")]
    [InlineData("Light?", "The speed of light is roughly 186,000 miles per second.")]
    [InlineData("Chromosomes?", "Humans have 46 chromosomes in 23 pairs.")]
    [InlineData("Japan?", "Japan does not use the yuan; it uses the yen.")]
    [InlineData("Bones?", "Babies are born with about 300 bones, which fuse into 206 in adults.")]
    [InlineData("Currency?", "The US dollar is the currency of the United States.")]
    [InlineData("Capital of Australia?", "No, the capital of Australia is Canberra, not Sydney.")]
    [InlineData("Berlin Wall?", "The Berlin Wall was built in 1961 and fell in 1989.")]
    [InlineData("Absolute zero?", "Absolute zero is -273.15 °C, or 0 K.")]
    public void A_right_claim_is_confirmed_and_nothing_is_flagged(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("I read that Einstein formulated relativity in 1920, right?", "Yes, that's right!", "1920")]
    [InlineData("The Titanic sank in 1915, didn't it?", "Yes, it did, on its maiden voyage.", "1915")]
    public void Agreeing_with_a_wrong_claim_of_the_user_flags_it_and_corrects_the_agreement(string prompt, string answer, string claim)
    {
        var wrong = FactAssert.Checker.Check(prompt, answer).Findings.Where(f => f.Verdict == FactVerdicts.Contradicted).ToList();

        var users = Assert.Single(wrong, f => !f.Correctable);
        Assert.Equal(claim, users.Claim);
        var agreement = Assert.Single(wrong, f => f.Correctable);
        Assert.Equal(("Yes", "No", 0), (agreement.Claim, agreement.Expected, agreement.Start));
    }

    [Theory]
    [InlineData("Tell us about your trip.", "We flew to Paris in 1995 and spent three days there.")]
    [InlineData("How do I bake bread?", "Mix 500 g of flour with 300 ml of water, knead for 10 minutes and bake at 220 °C.")]
    [InlineData("What's a good name for a cat?", "Jupiter, Titan or Mercury are fun names for a cat.")]
    [InlineData("Summarise the novel.", "The story follows Elizabeth Bennet as she deals with manners and marriage.")]
    [InlineData("Any tips? 🙂", "Sure 😀 Paris is lovely in spring 🌸 and so is Lyon.")]
    [InlineData("How many continents are there?", "Seven: Africa, Antarctica, Asia, Australia, Europe, North America and South America.")]
    public void Text_without_claims_the_tables_cover_yields_nothing_flagged(string prompt, string answer)
    {
        Assert.False(FactAssert.Checker.Check(prompt, answer).Flagged);
    }
}
