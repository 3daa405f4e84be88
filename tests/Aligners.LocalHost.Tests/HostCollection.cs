namespace Aligners.LocalHost.Tests;

/// <summary>
/// The classes that share one <see cref="HostFixture"/> (one <c>serve</c> process) rather than
/// start their own; they run one after another, and each test's data is its own (its own ids,
/// idempotency keys and queue messages).
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "Host";
}
