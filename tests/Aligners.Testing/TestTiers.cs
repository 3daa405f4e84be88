using System.Reflection;
using Xunit;

namespace Aligners.Testing;

/// <summary>
/// The test tiers that <c>scripts/test.sh --fast</c> and <c>dotnet test --filter Category=...</c>
/// select on. A test class without its tier would silently drop out of every filtered run, so each
/// test assembly checks its own classes with <see cref="Untiered"/>.
/// </summary>
public static class TestTiers
{
    /// <summary>The tiers a test class may carry as <c>[Trait("Category", ...)]</c>.</summary>
    public static readonly IReadOnlyList<string> All = ["Unit", "Integration", "Slow"];

    /// <summary>The classes of <paramref name="assembly"/> that hold tests but carry no single known tier.</summary>
    public static IReadOnlyList<string> Untiered(Assembly assembly) =>
        [.. TestClasses(assembly)
            .Where(t => Tiers(t).Count != 1)
            .Select(t => t.FullName ?? t.Name)
            .Order()];

    /// <summary>The classes of <paramref name="assembly"/> that hold tests.</summary>
    public static IEnumerable<Type> TestClasses(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()));

    /// <summary>The tier <paramref name="type"/> carries, or null when it carries none or several.</summary>
    public static string? Of(Type type) => Tiers(type) is [var tier] ? tier : null;

    private static List<string> Tiers(Type type) =>
        [.. type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute) && a.ConstructorArguments.Count == 2
                && (string?)a.ConstructorArguments[0].Value == "Category")
            .Select(a => (string?)a.ConstructorArguments[1].Value)
            .OfType<string>()
            .Where(All.Contains)];
}
