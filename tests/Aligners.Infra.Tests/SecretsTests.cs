using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aligners.Infra.Tests;

/// <summary>
/// Secrets reach the apps through Key Vault, never through plain parameters or app settings, which
/// the deployment history keeps in clear text: checked on the compiled ARM template.
/// </summary>
[Trait("Category", "Integration")]
public partial class SecretsTests
{
    private static readonly JsonElement Template = Bicep.CompileMain();

    /// <summary>Parameters whose names look like secrets but are not, and why.</summary>
    private static readonly Dictionary<string, string> NotSecret = new()
    {
        ["insightsConnectionString"] = "an Application Insights connection string only lets one send telemetry; Microsoft documents it as not a secret",
        ["apiKeySecretUri"] = "the Key Vault URI of the secret, not its value",
        ["auditKeyVersion"] = "the version label of the audit key, not the key",
        ["auditPreviousKeyVersions"] = "version labels of earlier audit keys, not the keys",
        ["previousAuditKeys"] = "app settings that are Key Vault references to the earlier audit keys",
        ["keyVaultName"] = "the vault's name",
        ["tokenAudience"] = "the Application ID URI tokens are issued for",
        ["allowSharedKey"] = "a switch",
    };

    [GeneratedRegex("(?i)(key|secret|password|token|connectionstring|credential)")]
    private static partial Regex SecretLike();

    [GeneratedRegex(@"parameters\('(\w+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"empty\(parameters\('\w+'\)\)")]
    private static partial Regex EmptyCheck();

    private static IEnumerable<(string Where, JsonElement Template)> AllTemplates() =>
        [("main.bicep", Template), .. Bicep.Modules(Template).Select(m => (m.Name, m.Deployment.GetProperty("properties").GetProperty("template")))];

    private static bool IsSecure(JsonElement parameter) =>
        parameter.GetProperty("type").GetString()!.StartsWith("secure", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a compiled expression builds a Key Vault reference (directly, or through a user-defined function that does).</summary>
    private static bool IsKeyVaultReference(string expression)
    {
        if (expression.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal))
        {
            return true;
        }
        var functions = Template.TryGetProperty("functions", out var f) ? f.EnumerateArray() : Enumerable.Empty<JsonElement>();
        return functions.SelectMany(ns => ns.GetProperty("members").EnumerateObject().Select(m => (Name: $"{ns.GetProperty("namespace").GetString()}.{m.Name}(", Body: m.Value)))
            .Any(fn => expression.Contains(fn.Name, StringComparison.Ordinal)
                && fn.Body.GetProperty("output").GetProperty("value").GetString()!.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySecretLikeParameter_IsSecure_InEveryTemplate()
    {
        var plain = AllTemplates()
            .SelectMany(t => t.Template.GetProperty("parameters").EnumerateObject().Select(p => (t.Where, p.Name, p.Value)))
            .Where(p => SecretLike().IsMatch(p.Name) && !NotSecret.ContainsKey(p.Name) && !IsSecure(p.Value))
            .Select(p => $"{p.Where}: {p.Name}").ToList();

        Assert.True(plain.Count == 0, "secret-like parameters without @secure(): " + string.Join(", ", plain));
    }

    [Fact]
    public void NoSecureValue_ReachesAPlainModuleParameter()
    {
        // A module's parameters are recorded with its deployment; only secure ones are kept out of the history.
        var leaks = new List<string>();
        foreach (var (where, template) in AllTemplates())
        {
            var secure = template.GetProperty("parameters").EnumerateObject().Where(p => IsSecure(p.Value)).Select(p => p.Name).ToHashSet();
            var modules = Bicep.Resources(template).Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments");
            foreach (var module in modules)
            {
                var declared = module.GetProperty("properties").GetProperty("template").GetProperty("parameters");
                foreach (var p in module.GetProperty("properties").GetProperty("parameters").EnumerateObject())
                {
                    // Whether a secret was given at all is no secret; its value is.
                    var value = EmptyCheck().Replace(p.Value.GetRawText(), "");
                    if (ParameterReference().Matches(value).Any(m => secure.Contains(m.Groups[1].Value)) && !IsSecure(declared.GetProperty(p.Name)))
                    {
                        leaks.Add($"{where} -> {module.GetProperty("name").GetString()}.{p.Name}");
                    }
                }
            }
        }

        Assert.True(leaks.Count == 0, "secure values passed to plain module parameters: " + string.Join(", ", leaks));
    }

    [Fact]
    public void SecretAppSettings_AreKeyVaultReferences()
    {
        var settings = Bicep.ModuleParameter(Template, "functionapp", "appSettings").EnumerateObject()
            .Where(s => Regex.IsMatch(s.Name, "(?i)(apikey|hmackey|secret|password|__keys__)")).ToList();
        var previous = Bicep.ModuleParameter(Template, "functionapp", "previousAuditKeys").GetString()!;

        Assert.Contains(settings, s => s.Name == "Audit__HmacKey");
        Assert.Contains(settings, s => s.Name == "Inference__ApiKey");
        Assert.All(settings, s => Assert.True(IsKeyVaultReference(s.Value.GetString()!), $"{s.Name} = {s.Value}"));
        Assert.True(IsKeyVaultReference(previous), previous);
    }

    [Fact]
    public void KeyVault_AuthorizesByRbac_AndBothAppsMayOnlyReadSecrets()
    {
        const string secretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
        var vault = Bicep.Resource(Template, "keyvault", "Microsoft.KeyVault/vaults").GetProperty("properties");
        bool GrantsSecretsUser(string module)
        {
            var template = Bicep.ModuleTemplate(Template, module);
            // Role ids are written as variables('roles').name; resolve the name to its id.
            var roles = template.GetProperty("variables").GetProperty("roles").EnumerateObject().ToDictionary(p => $"variables('roles').{p.Name})", p => p.Value.GetString()!);
            return Bicep.Resources(template)
                .Where(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments")
                .Any(r => r.GetProperty("scope").GetString()!.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal)
                    && roles.Any(role => role.Value == secretsUser && r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.EndsWith(role.Key + "]", StringComparison.Ordinal)));
        }

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enablePurgeProtection").GetBoolean());
        Assert.False(vault.TryGetProperty("accessPolicies", out _));
        Assert.True(GrantsSecretsUser("functionapp"), "the function app's identity is not a Key Vault Secrets User");
        Assert.True(GrantsSecretsUser("inference"), "the inference app's identity is not a Key Vault Secrets User");
    }

    [Fact]
    public void SecretParameters_AreWrittenAsKeyVaultSecrets()
    {
        var secrets = Bicep.Resources(Bicep.ModuleTemplate(Template, "keyvault")).Where(r => r.GetProperty("type").GetString() == "Microsoft.KeyVault/vaults/secrets").ToList();
        var main = Template.GetProperty("parameters");

        Assert.True(IsSecure(main.GetProperty("inferenceApiKey")));
        Assert.True(IsSecure(main.GetProperty("auditHmacKey")));
        Assert.Contains(secrets, s => s.GetProperty("properties").GetProperty("value").GetString() == "[parameters('inferenceApiKey')]");
        Assert.Contains(secrets, s => s.GetProperty("properties").GetProperty("value").GetString() == "[parameters('auditHmacKey')]"
            && s.GetProperty("name").GetString()!.Contains("format('audit-hmac-key-{0}', parameters('auditKeyVersion'))", StringComparison.Ordinal));
    }

    [Fact]
    public void InferenceApp_ReadsItsApiKeyFromKeyVault()
    {
        var app = Bicep.Resource(Template, "inference", "Microsoft.App/containerApps").GetProperty("properties").GetProperty("configuration").GetProperty("secrets").GetString()!;

        Assert.Contains("keyVaultUrl", app);
        Assert.DoesNotContain("'value'", app);
    }
}
