using System.Reflection;
using Xunit;
using Xunit.Abstractions;

namespace Aligners.Testing;

/// <summary>
/// Starts the test collections that hold <c>Slow</c> classes first, then <c>Integration</c>, then
/// <c>Unit</c>. xunit runs as many collections at once as the machine has cores and, by default,
/// in an order that ignores their length, so a minutes-long collection (crash recovery, scale-out,
/// the browser) could start last and run alone while the other cores sat idle. Started first, the
/// long collections run beside the many short ones (longest first is the classic rule for finishing
/// a set of jobs on a few workers early). Within a tier the order is by name, so runs repeat.
/// </summary>
/// <remarks>A test assembly opts in with <c>[assembly: TestCollectionOrderer(...)]</c>.</remarks>
public sealed class SlowFirstCollectionOrderer : ITestCollectionOrderer
{
    /// <summary>The prefix xunit gives the collection of a class that names none.</summary>
    public const string ClassCollectionPrefix = "Test collection for ";

    /// <inheritdoc />
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var collections = testCollections.ToList();
        if (collections.Count == 0)
        {
            return collections;
        }
        var assembly = Assembly.Load(new AssemblyName(collections[0].TestAssembly.Assembly.Name));
        var ranks = Ranks(assembly);
        return collections
            .OrderBy(c => ranks.TryGetValue(c.DisplayName, out var rank) ? rank : TestTiers.All.Count)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Every collection of <paramref name="assembly"/>, by its display name, with the rank of its
    /// slowest class's tier (0 for <c>Slow</c>, the last for <c>Unit</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, int> Ranks(Assembly assembly)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in TestTiers.TestClasses(assembly))
        {
            var named = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(CollectionAttribute));
            var name = named?.ConstructorArguments[0].Value as string ?? ClassCollectionPrefix + type.FullName;
            var rank = TestTiers.Of(type) is { } tier ? Rank(tier) : TestTiers.All.Count;
            ranks[name] = ranks.TryGetValue(name, out var other) ? Math.Min(other, rank) : rank;
        }
        return ranks;
    }

    /// <summary>The rank of <paramref name="tier"/>: the slowest tier first.</summary>
    public static int Rank(string tier) => TestTiers.All.Count - 1 - TestTiers.All.TakeWhile(t => t != tier).Count();
}
