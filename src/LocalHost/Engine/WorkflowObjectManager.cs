using DurableTask.Core;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// Hands DTFx's dispatchers the project's orchestrators or activities by name. The workflows are
/// not versioned, so a task is found by its name whatever version a message carries (the shims
/// schedule activities with the orchestration's version).
/// </summary>
public sealed class WorkflowObjectManager<T> : INameVersionObjectManager<T>
    where T : class
{
    private readonly Dictionary<string, ObjectCreator<T>> _creators = new(StringComparer.Ordinal);

    /// <summary>The registered names.</summary>
    public IReadOnlyCollection<string> Names => _creators.Keys;

    /// <inheritdoc />
    public void Add(ObjectCreator<T> creator)
    {
        if (!_creators.TryAdd(creator.Name, creator))
        {
            throw new InvalidOperationException($"'{creator.Name}' is registered twice.");
        }
    }

    /// <inheritdoc />
    public T? GetObject(string name, string? version) => _creators.TryGetValue(name, out var creator) ? creator.Create() : null;
}
