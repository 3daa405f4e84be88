using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Aligners.LocalHost.Functions;

/// <summary>A <c>[Function]</c> method of the function app with its trigger.</summary>
public sealed record FunctionEntry(string Name, Type Type, MethodInfo Method, ParameterInfo Trigger, Attribute TriggerAttribute);

/// <summary>
/// The function app's functions, found the way the Functions SDK finds them for
/// <c>functions.metadata</c>: public methods with <c>[Function]</c>, each with one trigger parameter.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>Every function of <paramref name="assembly"/> whose trigger is a <typeparamref name="TTrigger"/>.</summary>
    public static IReadOnlyList<FunctionEntry> Find<TTrigger>(Assembly assembly) where TTrigger : Attribute =>
        [.. from type in assembly.GetTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            where function is not null
            from parameter in method.GetParameters()
            let trigger = parameter.GetCustomAttribute<TTrigger>()
            where trigger is not null
            select new FunctionEntry(function.Name, type, method, parameter, trigger)];

    /// <summary>Resolves <c>%setting%</c> binding expressions against configuration, as the host does.</summary>
    /// <exception cref="InvalidOperationException">A named setting is missing.</exception>
    public static string Resolve(string expression, IConfiguration configuration)
    {
        var parts = expression.Split('%');
        for (var i = 1; i < parts.Length; i += 2)
        {
            parts[i] = configuration[parts[i]] ?? throw new InvalidOperationException($"the binding expression '{expression}' names the setting '{parts[i]}', which is not set");
        }
        return string.Concat(parts);
    }

    /// <summary>Awaits a function's return value, whatever task shape it has.</summary>
    public static async Task<object?> InvokeAsync(FunctionEntry function, object? target, object?[] args)
    {
        var returned = function.Method.Invoke(target, args);
        if (returned is Task task)
        {
            await task.ConfigureAwait(false);
            return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
        }
        return returned;
    }
}
