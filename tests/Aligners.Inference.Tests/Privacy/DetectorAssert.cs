namespace Aligners.Inference.Tests.Privacy;

/// <summary>What the detectors' tests assert over and over: one entity found, at exactly the expected span.</summary>
internal static class DetectorAssert
{
    /// <summary>The one entity <paramref name="detector"/> finds in <paramref name="text"/>, whose text is <paramref name="expected"/>.</summary>
    public static PrivacyEntity SingleAt(this IPrivacyDetector detector, string text, string expected)
    {
        var entity = Assert.Single(detector.Detect(text));
        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
        return entity;
    }
}
