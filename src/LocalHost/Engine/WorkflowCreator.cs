using DurableTask.Core;

namespace Aligners.LocalHost.Engine;

/// <summary>Creates a fresh DTFx object for each work item of the task named <see cref="ObjectCreator{T}.Name"/>.</summary>
public sealed class WorkflowCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    /// <summary>A creator of <paramref name="name"/>, unversioned.</summary>
    public WorkflowCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        _create = create;
    }

    /// <inheritdoc />
    public override T Create() => _create();
}
