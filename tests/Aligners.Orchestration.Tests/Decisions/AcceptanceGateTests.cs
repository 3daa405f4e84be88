using Aligners.Inference.Client;
using Aligners.Inference.Generation;

namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class AcceptanceGateTests
{
    private static readonly AlignmentPolicy Policy = new();

    private static Candidate Rewrite(string text = "Rinse the rice, simmer it in twice its volume of water for 15 minutes, then let it rest.",
        double own = 0.9, double ethicalAfter = 0.99, double topic = 0.6, double previousTopic = 0.55, bool cutOff = false) => new(
        "helpful", new RewrittenText(text, CutOff: cutOff),
        Before: new Dictionary<string, double> { ["helpful"] = 0.1, ["ethical"] = 0.99, ["factuality"] = 0.9 },
        After: new Dictionary<string, double> { ["helpful"] = own, ["ethical"] = ethicalAfter, ["factuality"] = 0.9 },
        new TopicEvidence(topic, previousTopic));

    /// <summary><paramref name="candidate"/> as a refusal restating <paramref name="request"/>, that close to the prompt.</summary>
    private static Candidate Refusing(Candidate candidate, string request, double similarity) =>
        candidate with { Topic = candidate.Topic! with { Restatement = request, PromptToRestatement = similarity } };

    /// <summary><paramref name="candidate"/> with its rewrite changed by <paramref name="change"/>.</summary>
    private static Candidate With(Candidate candidate, Func<RewrittenText, RewrittenText> change) => candidate with { Rewrite = change(candidate.Rewrite) };

    [Fact]
    public void ARefusalWhoseReasonsTakeItFromThePromptsWords_IsJudgedOnTheRequestItRestates()
    {
        // 0.55 to 0.25 is a drop the gate refuses in a composed answer; the restatement is on the prompt's topic.
        var refusal = Refusing(Rewrite(topic: 0.25, previousTopic: 0.55), "hurting yourself", 0.7);
        var composed = Rewrite(topic: 0.25, previousTopic: 0.55);

        Assert.True(AcceptanceGate.Evaluate(refusal, Policy).Accepted);
        Assert.Equal("on-topic", AcceptanceGate.Evaluate(composed, Policy).Check);
        Assert.Equal("on-topic", AcceptanceGate.Evaluate(Refusing(Rewrite(topic: 0.25, previousTopic: 0.55), "selling stolen goods", 0.1), Policy).Check);
    }

    [Fact]
    public void GoodRewrite_IsAccepted()
    {
        Assert.True(AcceptanceGate.Evaluate(Rewrite(), Policy).Accepted);
    }

    private const string Garbled = "Put your sleep another room, study in your contact details, addst your experience with results and numbers.";

    /// <summary>A rewrite of the bundled aligner, which reports how sure it was (no floor, so the confidence check passes).</summary>
    private static Candidate Bundled(string text) => With(Rewrite(text), r => r with { Confidence = new RewriteConfidence(-0.5, null) });

    [Fact]
    public void ABundledAlignersRewriteWithAWordThatIsNoWord_IsRefusedAsMalformed()
    {
        var verdict = AcceptanceGate.Evaluate(Bundled(Garbled) with { Prompt = "How do I set up a budget spreadsheet in Google Sheets?" }, Policy);

        Assert.False(verdict.Accepted);
        Assert.Equal("well-formed", verdict.Check);
        Assert.Contains("\"addst\" is no English word", verdict.Reason);
    }

    [Fact]
    public void AWordThePromptHas_OrACorrectionOrRedactionKeeps_IsNoReasonToRefuse()
    {
        Assert.True(AcceptanceGate.Evaluate(Bundled(Garbled) with { Prompt = "what does addst mean in my notes" }, Policy).Accepted);
        Assert.True(AcceptanceGate.Evaluate(With(Bundled(Garbled), r => r with { Kind = RewriteKind.CheckerCorrection }), Policy).Accepted);
        Assert.True(AcceptanceGate.Evaluate(With(Bundled(Garbled), r => r with { Kind = RewriteKind.Redaction }), Policy).Accepted);
    }

    [Fact]
    public void AnLlmsRewriteWithARareWord_IsNotReadForNonWords()
    {
        // An LLM aligner reports no confidence; its rare real words are not in the list.
        const string text = "Create a venv first, then install the package into it with pip.";
        Assert.False(AcceptanceGate.Evaluate(Bundled(text) with { Prompt = "How do I install a Python package?" }, Policy).Accepted);
        Assert.True(AcceptanceGate.Evaluate(Rewrite(text) with { Prompt = "How do I install a Python package?" }, Policy).Accepted);
    }

    [Theory]
    [InlineData(-0.9, -0.5, false)]
    [InlineData(-0.2, -0.5, true)]
    [InlineData(-3.0, null, true)]
    public void ARewriteItsAlignerWasUnsureOf_IsRefusedAsMalformed_WhenTheAlignerNamesAFloor(double meanLogProbability, double? floor, bool accepted)
    {
        var verdict = AcceptanceGate.Evaluate(With(Rewrite(), r => r with { Confidence = new RewriteConfidence(meanLogProbability, floor) }), Policy);

        Assert.Equal(accepted, verdict.Accepted);
        if (!accepted)
        {
            Assert.Equal("well-formed", verdict.Check);
            Assert.Contains("unsure", verdict.Reason);
            Assert.Contains("-0.900", verdict.Reason);
        }
    }

    [Fact]
    public void ThePolicysConfidenceFloor_OverridesTheAligners()
    {
        var strict = Policy with { Gate = Policy.Gate with { ConfidenceFloor = -0.1 } };

        var verdict = AcceptanceGate.Evaluate(With(Rewrite(), r => r with { Confidence = new RewriteConfidence(-0.2, -0.5) }), strict);

        Assert.Equal("well-formed", verdict.Check);
        Assert.Contains("-0.100", verdict.Reason);
    }

    [Theory]
    [InlineData(0.9676, 0.968, "still scores 0.9676 on helpful, below its threshold 0.968")]
    [InlineData(0.3, 0.8086, "still scores 0.300 on helpful, below its threshold 0.8086")]
    public void OwnCriterionJustUnderItsThreshold_IsReportedWithDecimalsThatShowIt(double own, double threshold, string reason)
    {
        var policy = Policy with { Thresholds = new Dictionary<string, double> { ["helpful"] = threshold } };

        var verdict = AcceptanceGate.Evaluate(Rewrite(own: own), policy);

        Assert.Equal("own-criterion", verdict.Check);
        Assert.Contains(reason, verdict.Reason);
    }

    [Fact]
    public void OwnCriterionStillFailing_IsRefused()
    {
        var verdict = AcceptanceGate.Evaluate(Rewrite(own: 0.3), Policy);

        Assert.Equal("own-criterion", verdict.Check);
        Assert.Contains("helpful", verdict.Reason);
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(0.8)]
    public void AnotherCriterionFallingBelowItsThresholdOrDroppingTooFar_IsRefused(double ethicalAfter)
    {
        var verdict = AcceptanceGate.Evaluate(Rewrite(ethicalAfter: ethicalAfter), Policy);

        Assert.Equal("other-criteria", verdict.Check);
        Assert.Contains("ethical", verdict.Reason);
    }

    [Theory]
    [InlineData(0.05, 0.5)]
    [InlineData(0.3, 0.7)]
    public void OffTopicRewrite_IsRefused(double topic, double previous)
    {
        Assert.Equal("on-topic", AcceptanceGate.Evaluate(Rewrite(topic: topic, previousTopic: previous), Policy).Check);
    }

    [Theory]
    [InlineData("the the the the rice is done.")]
    [InlineData("Rinse the rice. Rinse the rice. Rinse the rice. Rinse the rice. Rinse the rice.")]
    [InlineData("Rinse the rice [DONE] and cook it.")]
    [InlineData("Whisk in 1 cup of milk, 1 egg and 2 tablespoons of mel of mel of mel of mustard, then flip.")]
    [InlineData("That's Iightightightight helpve. Call roadside assistance.")]
    [InlineData("Plantttttt after the last frost and water deeply at the base.")]
    [InlineData("I rice, add add add it to a pot with 2 cups of water.")]
    [InlineData("   ")]
    public void MalformedRewrite_IsRefused(string text)
    {
        Assert.Equal("well-formed", AcceptanceGate.Evaluate(Rewrite(text), Policy).Check);
    }

    [Fact]
    public void CutOffRewrite_IsRefused()
    {
        Assert.Equal("well-formed", AcceptanceGate.Evaluate(Rewrite(cutOff: true), Policy).Check);
    }

    [Fact]
    public void LongStepByStepAnswer_WithOrdinaryRepetition_IsWellFormed()
    {
        var text = "Step 1: rinse the rice. Step 2: put the rice in a pot with water. Step 3: bring the water to a boil. " +
            "Step 4: cover the pot and turn the heat down. Step 5: after 15 minutes, take the pot off the heat and let the rice rest.";

        Assert.Null(AcceptanceGate.Malformed(text, cutOff: false, new GateSettings()));
    }

    [Theory]
    [InlineData("Stir, taste, stir, taste, and add salt only at the end.")]
    [InlineData("Little by little, day by day, the habit sticks.")]
    [InlineData("Mississippi bananas, a cuckoo and a murmur: hahaha, said the coconut.")]
    [InlineData("The bookkeeper had had enough of the committee's woolly goose feathers. Zzz.")]
    public void APhraseSaidTwice_IsWellFormed(string text)
    {
        Assert.Null(AcceptanceGate.Malformed(text, cutOff: false, new GateSettings()));
    }

    [Theory]
    [InlineData("In brief: 1. So, 1. Throw away overripe fruit. 2. Wipe up spills.", "the rewrite's numbered list goes from 1 to 1")]
    [InlineData("1. Rinse the rice. 2. Add water. 4. Cover the pot.", "the rewrite's numbered list goes from 2 to 4")]
    public void ANumberedListThatLosesCount_IsMalformed(string text, string reason)
    {
        Assert.Equal(reason, AcceptanceGate.Malformed(text, cutOff: false, new GateSettings()));
    }

    [Theory]
    [InlineData("1. Rinse the rice. 2. Add water. 3. Cover the pot and simmer for 12 minutes.")]
    [InlineData("Simmer for 12. Stir, then rest it for 5. Serve with 1.5 cups of sauce.")]
    [InlineData("Short answer: 1. Unplug it. 2. Wait 30 seconds. 3. Plug it back in.")]
    public void AListThatCountsUp_OrNumbersThatAreNoList_AreWellFormed(string text)
    {
        Assert.Null(AcceptanceGate.Malformed(text, cutOff: false, new GateSettings()));
    }

    [Fact]
    public void APhraseSaidThreeTimesBackToBack_IsALoop()
    {
        Assert.Equal("the rewrite repeats 'of mel' 3 times back to back",
            AcceptanceGate.Malformed("2 tablespoons of mel of mel of mel of mustard", cutOff: false, new GateSettings()));
    }

    [Fact]
    public void NoEncoder_SkipsOnlyTheTopicCheck()
    {
        Assert.True(AcceptanceGate.Evaluate(Rewrite(topic: double.NaN) with { Topic = null }, Policy).Accepted);
    }

    [Fact]
    public void ASentenceTheAlignerLearnedForAnotherQuestionOnly_IsRefused()
    {
        var stock = new StockMatch("Rinse 1 cup of rice, add it to a pot with 2 cups of water.", "Rinse 1 cup of rice, add it to a pot with 2 cups of water and a pinch of salt.",
            0.97, "How do I cook rice?", 0.22);

        var verdict = AcceptanceGate.Evaluate(With(Rewrite(), r => r with { StockMatches = [stock] }), Policy);

        Assert.Equal("on-topic", verdict.Check);
        Assert.Contains("\"How do I cook rice?\"", verdict.Reason);
    }

    [Theory]
    [InlineData(0.97, 0.75)]
    [InlineData(0.70, 0.10)]
    public void AStockSentenceOfASimilarQuestion_OrASentenceOnlyLooselyAlike_IsAccepted(double similarity, double questionSimilarity)
    {
        var stock = new StockMatch("Place the egg in a pot of cold water and bring it to a boil.", "Place the egg in a pot, cover it with cold water and bring it to a boil.",
            similarity, "How do I boil an egg?", questionSimilarity);

        Assert.True(AcceptanceGate.Evaluate(With(Rewrite(), r => r with { StockMatches = [stock] }), Policy).Accepted);
    }

    [Fact]
    public void AStockSentenceBegunAndLeft_IsRefusedAsMalformed_NamingTheSentenceAndTheStockSentence()
    {
        const string stock = "Getting into someone else's account without permission is illegal and violates their privacy.";
        var garbled = new StockMatch("Getting into someone else's account with that.", stock, 0.9, "How do I get into my ex's account?", 0.7, stock, 5, 13);
        var candidate = With(Rewrite("I'm not able to help you break into your school's grading system. Getting into someone else's account with that."),
            r => r with { StockMatches = [garbled] });

        var verdict = AcceptanceGate.Evaluate(candidate, Policy);

        Assert.Equal("well-formed", verdict.Check);
        Assert.Contains("\"Getting into someone else's account with that.\"", verdict.Reason);
        Assert.Contains("after 5 of its 13 words", verdict.Reason);
        Assert.True(AcceptanceGate.Evaluate(candidate, new AlignmentPolicy { Gate = new GateSettings { StockOpeningWords = 0 } }).Accepted);
    }

    [Fact]
    public void ARefusalOfARequestThePromptDidNotMake_IsRefused()
    {
        var verdict = AcceptanceGate.Evaluate(Refusing(Rewrite("I'm sorry, but I can't help you break into your neighbor's house."), "break into your neighbor's house", 0.12), Policy);

        Assert.Equal("on-topic", verdict.Check);
        Assert.Contains("\"break into your neighbor's house\"", verdict.Reason);
    }

    [Fact]
    public void ASelfHarmRefusal_IsNotMeasuredAgainstThePromptsTopic_ButAComposedTextAsFarFromItIs()
    {
        const string crisis = "I'm really sorry you're going through this. I can't help with hurting yourself. Please reach out to a crisis line now.";
        var offTopic = Refusing(Rewrite(crisis, topic: 0.08, previousTopic: 0.6), "losing weight in a way that could harm you", 0.2);

        Assert.True(AcceptanceGate.Evaluate(With(offTopic, r => r with { Kind = RewriteKind.SelfHarmRefusal }), Policy).Accepted);
        Assert.Equal("on-topic", AcceptanceGate.Evaluate(offTopic, Policy).Check);
        // Every other check still applies: a self-harm refusal that leaves its own criterion failing is refused.
        Assert.Equal("own-criterion", AcceptanceGate.Evaluate(With(Rewrite(crisis, own: 0.1, topic: 0.08), r => r with { Kind = RewriteKind.SelfHarmRefusal }), Policy).Check);
    }

    [Fact]
    public void ARefusalRestatingThePromptsRequest_IsAccepted()
    {
        Assert.True(AcceptanceGate.Evaluate(Refusing(Rewrite("I can't help you get into your ex's account."), "get into your ex's account", 0.71), Policy).Accepted);
    }

    [Fact]
    public void TheCheckersCorrection_MayMoveAnotherScoreByMoreThanTheMargin_ButNotBelowItsThreshold()
    {
        var corrected = With(Rewrite("The Berlin Wall fell in 1989.", ethicalAfter: 0.8), r => r with { Kind = RewriteKind.CheckerCorrection });

        Assert.True(AcceptanceGate.Evaluate(corrected, Policy).Accepted);
        Assert.Equal("other-criteria", AcceptanceGate.Evaluate(With(corrected, r => r with { Kind = RewriteKind.Composed }), Policy).Check);
        Assert.Equal("other-criteria", AcceptanceGate.Evaluate(With(Rewrite("The Berlin Wall fell in 1989.", ethicalAfter: 0.4), r => r with { Kind = RewriteKind.CheckerCorrection }), Policy).Check);
    }

    private static Candidate Redaction(string text, double privacyAfter, double helpfulAfter = 0.2) => new(
        "privacy", new RewrittenText(text, Kind: RewriteKind.Redaction),
        Before: new Dictionary<string, double> { ["privacy"] = 0.0025, ["helpful"] = 0.9, ["ethical"] = 0.99 },
        After: new Dictionary<string, double> { ["privacy"] = privacyAfter, ["helpful"] = helpfulAfter, ["ethical"] = 0.99 });

    [Fact]
    public void Redaction_ThatLeavesNothing_IsAccepted_EvenWhereAModelsRewriteWouldBeRefused()
    {
        // Repeated placeholders read as a loop, and helpful falls below its threshold without the values: neither judges a redaction.
        var verdict = AcceptanceGate.Evaluate(Redaction("Card [CARD_1] [CARD_1] [CARD_1] is on file for [EMAIL_1].", privacyAfter: 1.0), Policy);

        Assert.True(verdict.Accepted);
        Assert.False(AcceptanceGate.Evaluate(With(Redaction("Card [CARD_1] [CARD_1] [CARD_1] is on file.", 1.0), r => r with { Kind = RewriteKind.Composed }), Policy).Accepted);
    }

    [Fact]
    public void Redaction_ThatLeavesAFinding_IsRefusedByItsOwnCriterion()
    {
        var verdict = AcceptanceGate.Evaluate(Redaction("Mail [EMAIL_1] or call 202-555-0143.", privacyAfter: 0.15), Policy);

        Assert.False(verdict.Accepted);
        Assert.Equal("own-criterion", verdict.Check);
        Assert.Contains("privacy", verdict.Reason);
    }
}
