namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// The attack classes that share one <see cref="TwoTenantsFixture"/> (one <c>serve</c> process and
/// its tenants' finished bulk job) rather than start their own; they run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TwoTenantsCollection : ICollectionFixture<TwoTenantsFixture>
{
    public const string Name = "TwoTenants";
}
