namespace Aligners.Inference.Tests.Facts.Claims;

[Trait("Category", "Unit")]
public class StatedDiscoverersTests
{
    [Theory]
    [InlineData("Who discovered penicillin?", "Penicillin was discovered by Joseph Lister in 1928, from mould on a dish.", "Joseph Lister", "Alexander Fleming")]
    [InlineData("Who worked out DNA's shape?", "The double helix structure of DNA was first discovered by Erwin Chargaff in 1953.", "Erwin Chargaff", "James Watson")]
    [InlineData("Who invented the telephone?", "Thomas Young invented the telephone in 1876.", "Thomas Young", "Alexander Graham Bell")]
    [InlineData("Who made the periodic table?", "The periodic table was created by John Dalton in 1869, who ordered the elements by atomic weight.", "John Dalton", "Dmitri Mendeleev")]
    [InlineData("who came up with the periodic table", "The periodic table was created by John Dalton in 1869, who left gaps for elements that hadn't been discovered yet.", "John Dalton", "Dmitri Mendeleev")]
    public void A_person_the_knowledge_does_not_credit_is_contradicted_whole(string prompt, string answer, string claim, string expected)
    {
        var finding = FactAssert.Contradiction(prompt, answer);

        Assert.Equal(claim, answer.Substring(finding.Start, claim.Length));
        // A discovery of several people names them all: "James Watson or Francis Crick or ...".
        Assert.Contains(expected, finding.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who discovered penicillin?", "Penicillin was discovered by Alexander Fleming in 1928.")]
    [InlineData("Who found DNA's shape?", "The structure of DNA was discovered by James Watson and Francis Crick in 1953.")]
    public void A_credited_person_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("When was penicillin found?", "Penicillin was discovered by accident in 1928.")]
    [InlineData("What about penicillin?", "Penicillin was later mass-produced by Howard Florey's team.")]
    [InlineData("Who used the telephone first?", "The telephone was later improved by Emile Berliner's microphone.")]
    [InlineData("Who discovered penicillin?", "It was not discovered by Louis Lister, but by Alexander Fleming.")]
    public void A_name_beside_the_discovery_that_is_not_credited_with_it_is_not_judged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);
}
