using Aligners.LocalHost.Hosting;
using Microsoft.Extensions.Configuration;

namespace Aligners.LocalHost.Tests.Hosting;

[Trait("Category", "Unit")]
public class LocalAuditKeyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-key-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string SettingsFile => Path.Combine(_dir, "local.settings.json");

    // As the host builds it: other sources first, so a value can be set when no settings file exists yet.
    private IConfigurationRoot Configuration() => new ConfigurationBuilder().AddInMemoryCollection().AddLocalSettings(_dir).Build();

    [Fact]
    public void NoKey_GeneratesOneIntoLocalSettings_WhichTheNextRunReads()
    {
        var first = Configuration();

        LocalAuditKey.EnsureConfigured(first, _dir);
        var second = Configuration();
        LocalAuditKey.EnsureConfigured(second, _dir);

        Assert.Equal(32, Convert.FromBase64String(first["Audit:HmacKey"]!).Length);
        Assert.Equal(first["Audit:HmacKey"], second["Audit:HmacKey"]);
        Assert.Equal("1", second["Audit:KeyVersion"]);
    }

    [Fact]
    public void ExistingLocalSettings_KeepTheirOtherValues()
    {
        File.WriteAllText(SettingsFile, """
            {
              // comments are allowed in local settings
              "IsEncrypted": false,
              "Values": { "Keys__AdminKey": "admin-key-0123456789", "Audit__HmacKey": "", "Audit__KeyVersion": "dev" }
            }
            """);
        var config = Configuration();

        LocalAuditKey.EnsureConfigured(config, _dir);

        var values = JsonDocument.Parse(File.ReadAllText(SettingsFile)).RootElement.GetProperty("Values");
        Assert.Equal("admin-key-0123456789", values.GetProperty("Keys__AdminKey").GetString());
        Assert.Equal("dev", values.GetProperty("Audit__KeyVersion").GetString());
        Assert.Equal(config["Audit:HmacKey"], values.GetProperty("Audit__HmacKey").GetString());
    }

    [Fact]
    public void ConfiguredKey_WritesNothing()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:HmacKey"] = "configured" }).Build();

        LocalAuditKey.EnsureConfigured(config, _dir);

        Assert.False(File.Exists(SettingsFile));
        Assert.Equal("configured", config["Audit:HmacKey"]);
    }
}
