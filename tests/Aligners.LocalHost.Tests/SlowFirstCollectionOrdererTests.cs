using Aligners.LocalHost.Tests.Runtime;
using Xunit.Sdk;

namespace Aligners.LocalHost.Tests;

/// <summary>The order in which this assembly's collections start: the slow ones first, so none runs alone at the end.</summary>
[Trait("Category", "Unit")]
public class SlowFirstCollectionOrdererTests
{
    private static readonly TestAssembly Assembly = new(Reflector.Wrap(typeof(SlowFirstCollectionOrdererTests).Assembly));

    private static TestCollection Collection(string name) => new(Assembly, null, name);

    private static string OfClass<T>() => SlowFirstCollectionOrderer.ClassCollectionPrefix + typeof(T).FullName;

    [Fact]
    public void SlowCollections_StartFirst_ThenIntegration_ThenUnit()
    {
        var collections = new[] { OfClass<TestTiersTests>(), HostCollection.Name, OfClass<ScaleOutTests>(), AzuriteCollection.Name, OfClass<CrashTests>() }
            .Select(Collection);

        var order = new SlowFirstCollectionOrderer().OrderTestCollections(collections).Select(c => c.DisplayName);

        Assert.Equal([OfClass<CrashTests>(), OfClass<ScaleOutTests>(), AzuriteCollection.Name, HostCollection.Name, OfClass<TestTiersTests>()], order);
    }

    [Fact]
    public void ANamedCollection_TakesTheTierOfItsClasses()
    {
        var ranks = SlowFirstCollectionOrderer.Ranks(typeof(SlowFirstCollectionOrdererTests).Assembly);

        Assert.Equal(SlowFirstCollectionOrderer.Rank("Integration"), ranks[HostCollection.Name]);
        Assert.Equal(SlowFirstCollectionOrderer.Rank("Slow"), ranks[OfClass<CrashTests>()]);
    }

    [Fact]
    public void ACollectionItCannotPlace_StartsAfterEveryTier()
    {
        var order = new SlowFirstCollectionOrderer().OrderTestCollections([Collection("made up"), Collection(OfClass<TestTiersTests>())]);

        Assert.Equal([OfClass<TestTiersTests>(), "made up"], order.Select(c => c.DisplayName));
    }

    [Theory]
    [InlineData("Slow", 0)]
    [InlineData("Integration", 1)]
    [InlineData("Unit", 2)]
    public void Rank_PutsTheSlowestTierFirst(string tier, int rank)
    {
        Assert.Equal(rank, SlowFirstCollectionOrderer.Rank(tier));
    }
}
