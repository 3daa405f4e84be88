using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aligners.LocalHost.Hosting;

/// <summary>
/// The audit key of a local run on the project's own Azurite: when none is configured, one is
/// generated and written into <c>local.settings.json</c> (created when absent), the way the host
/// makes up function keys, except that it is kept: records signed in one run must still verify in
/// the next. Only for the project's Azurite: against any other storage a missing key stays a
/// configuration error, since a key made up on the spot would sign records nobody else can verify.
/// </summary>
public static class LocalAuditKey
{
    private const string KeySetting = "Audit__HmacKey";
    private const string VersionSetting = "Audit__KeyVersion";

    /// <summary>Makes sure <paramref name="config"/> has <c>Audit:HmacKey</c>, from or into <paramref name="directory"/>'s local.settings.json.</summary>
    public static void EnsureConfigured(IConfiguration config, string directory)
    {
        if (!string.IsNullOrWhiteSpace(config["Audit:HmacKey"]))
        {
            return;
        }
        var path = Path.Combine(directory, "local.settings.json");
        using var file = OpenExclusively(path);
        var root = Read(file);
        var values = root["Values"] as JsonObject ?? [];
        root["Values"] = values;
        // Another process may have written one since this one read its configuration.
        if (values[KeySetting]?.GetValue<string>() is { Length: > 0 } existing)
        {
            config["Audit:HmacKey"] = existing;
            config["Audit:KeyVersion"] = values[VersionSetting]?.GetValue<string>() ?? config["Audit:KeyVersion"];
            return;
        }
        var version = config["Audit:KeyVersion"] is { Length: > 0 } v ? v : "1";
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        values[VersionSetting] = version;
        values[KeySetting] = key;
        file.SetLength(0);
        file.Write(Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n"));
        config["Audit:HmacKey"] = key;
        config["Audit:KeyVersion"] = version;
        Console.Error.WriteLine($"No Audit:HmacKey configured: generated one (version {version}) into {path}. Keep it: the audit records " +
            "this storage holds verify only with it.");
    }

    private static JsonObject Read(FileStream file)
    {
        if (file.Length == 0)
        {
            return new JsonObject { ["IsEncrypted"] = false, ["Values"] = new JsonObject() };
        }
        using var reader = new StreamReader(file, Encoding.UTF8, leaveOpen: true);
        return JsonNode.Parse(reader.ReadToEnd(), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            ?.AsObject() ?? throw new IOException($"{file.Name} is not a JSON object");
    }

    // Two local processes starting together must not write two different keys.
    private static FileStream OpenExclusively(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }
}
