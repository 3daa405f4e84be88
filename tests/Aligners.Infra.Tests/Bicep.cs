using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Aligners.Testing;

namespace Aligners.Infra.Tests;

/// <summary>The bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
internal static class Bicep
{
    public static string Executable { get; } = Locate();

    public static string Infra => Path.Combine(RepositoryPaths.Root, "infra");

    private static string Locate()
    {
        var path = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!
            .Replace('\\', '/');
        if (!OperatingSystem.IsWindows())
        {
            // NuGet does not keep the executable bit on every machine.
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return path;
    }

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Infra };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["ALIGNERS_FUNCTION_KEY"] = "build-only-function-key";
        info.Environment["ALIGNERS_ADMIN_KEY"] = "build-only-admin-key";
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr);
    }

    /// <summary>main.bicep compiled to an ARM template.</summary>
    public static JsonElement CompileMain()
    {
        var (code, output) = Run("build", "main.bicep", "--stdout");
        Assert.True(code == 0, output);
        return JsonDocument.Parse(output).RootElement;
    }

    /// <summary>A module deployment's parameter value in a compiled template.</summary>
    public static JsonElement ModuleParameter(JsonElement template, string module, string parameter) =>
        Module(template, module).GetProperty("properties").GetProperty("parameters").GetProperty(parameter).GetProperty("value");

    /// <summary>The resources of a compiled template (an array, or an object of symbolic names in language version 2.0).</summary>
    public static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(p => p.Value) : resources.EnumerateArray();
    }

    /// <summary>The module deployment named <paramref name="module"/> (its deployment name, as main.bicep gives it).</summary>
    public static JsonElement Module(JsonElement template, string module) =>
        Resources(template).Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == module);

    /// <summary>The compiled template of a module.</summary>
    public static JsonElement ModuleTemplate(JsonElement template, string module) =>
        Module(template, module).GetProperty("properties").GetProperty("template");

    /// <summary>The one resource of <paramref name="type"/> in a module.</summary>
    public static JsonElement Resource(JsonElement template, string module, string type) =>
        Resources(ModuleTemplate(template, module)).Single(r => r.GetProperty("type").GetString() == type);

    /// <summary>The module deployments of a compiled template with their templates, nested ones included.</summary>
    public static IEnumerable<(string Name, JsonElement Deployment)> Modules(JsonElement template)
    {
        foreach (var r in Resources(template).Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments"))
        {
            yield return (r.GetProperty("name").GetString()!, r);
            foreach (var nested in Modules(r.GetProperty("properties").GetProperty("template")))
            {
                yield return nested;
            }
        }
    }
}
