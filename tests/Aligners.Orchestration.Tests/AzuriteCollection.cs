namespace Aligners.Orchestration.Tests;

/// <summary>The test classes that share the assembly's Azurite and run one after another, each on storage of its own.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
