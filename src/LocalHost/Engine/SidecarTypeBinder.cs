using DurableTask.AzureStorage;

namespace Aligners.LocalHost.Engine;

/// <summary>
/// Names the types in the engine's queue messages so they read back. The sidecar hands the engine
/// a sub-orchestration's tags as a protobuf <c>MapField</c>; the Azure Storage backend writes each
/// object's type name into the message and resolves it on read from its own assembly, where the
/// protobuf type cannot be found, so every sub-orchestration start would fail to load. Tags are
/// written as the plain dictionary they are, and a message written before that reads back as one.
/// </summary>
public sealed class SidecarTypeBinder : ICustomTypeBinder
{
    private const string ProtobufMap = "Google.Protobuf.Collections.MapField`2";

    /// <inheritdoc />
    public void BindToName(Type serializedType, out string assemblyName, out string typeName)
    {
        assemblyName = null!;
        typeName = serializedType.IsGenericType && serializedType.GetGenericTypeDefinition().FullName == ProtobufMap
            ? typeof(Dictionary<,>).MakeGenericType(serializedType.GetGenericArguments()).FullName!
            : serializedType.FullName!;
    }

    /// <inheritdoc />
    public Type BindToType(string assemblyName, string typeName) => typeName.StartsWith(ProtobufMap, StringComparison.Ordinal)
        ? typeof(Dictionary<string, string>)
        : Type.GetType(typeName, throwOnError: true)!;
}
