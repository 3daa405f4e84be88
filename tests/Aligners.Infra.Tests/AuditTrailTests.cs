using System.Text.Json;

namespace Aligners.Infra.Tests;

/// <summary>The audit container's retention policy and the audit key, as the templates deploy them.</summary>
[Trait("Category", "Integration")]
public class AuditTrailTests
{
    private static readonly JsonElement Template = Bicep.CompileMain();

    private static JsonElement StorageResource(string type) => Bicep.Resource(Template, "storage", type);

    [Fact]
    public void LockAuditPolicy_IsAParameter_OffByDefault()
    {
        var parameter = Template.GetProperty("parameters").GetProperty("lockAuditPolicy");

        Assert.Equal("bool", parameter.GetProperty("type").GetString());
        Assert.False(parameter.GetProperty("defaultValue").GetBoolean());
        Assert.Equal("[parameters('lockAuditPolicy')]", Bicep.ModuleParameter(Template, "storage", "lockAuditPolicy").GetString());
    }

    [Fact]
    public void UnlockedPolicy_AllowsProtectedAppends_AndIsNotRedeployedOnceLocked()
    {
        // ARM cannot put an unlocked policy over a locked one, so the declarative policy stays out of a locked deployment.
        var policy = StorageResource("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");

        Assert.Equal("[not(parameters('lockAuditPolicy'))]", policy.GetProperty("condition").GetString());
        Assert.True(policy.GetProperty("properties").GetProperty("allowProtectedAppendWrites").GetBoolean());
    }

    [Fact]
    public void LockedPolicy_IsLockedByAScript_UnderARoleThatCanOnlyManageImmutabilityPolicies()
    {
        var script = StorageResource("Microsoft.Resources/deploymentScripts");
        var role = StorageResource("Microsoft.Authorization/roleDefinitions");
        // loadTextContent compiles to a variable of the storage module.
        var variable = System.Text.RegularExpressions.Regex.Match(script.GetProperty("properties").GetProperty("scriptContent").GetString()!, @"variables\('([^']+)'\)").Groups[1].Value;
        var content = Bicep.ModuleTemplate(Template, "storage").GetProperty("variables").GetProperty(variable).GetString()!;
        var actions = role.GetProperty("properties").GetProperty("permissions")[0].GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToList();

        Assert.Equal("[parameters('lockAuditPolicy')]", script.GetProperty("condition").GetString());
        Assert.Contains("immutability-policy", content);
        Assert.Contains("policy lock --if-match", content);
        Assert.Contains("--allow-protected-append-writes true", content);
        Assert.Contains(actions, a => a.EndsWith("/immutabilityPolicies/lock/action", StringComparison.Ordinal));
        Assert.All(actions, a => Assert.True(a.EndsWith("/read", StringComparison.Ordinal) || a.Contains("/immutabilityPolicies/", StringComparison.Ordinal), a));
        Assert.False(role.GetProperty("properties").TryGetProperty("dataActions", out _));
    }

    [Fact]
    public void AuditKey_IsReferencedByVersion()
    {
        var settings = Bicep.ModuleParameter(Template, "functionapp", "appSettings");

        Assert.Equal("[parameters('auditKeyVersion')]", settings.GetProperty("Audit__KeyVersion").GetString());
        Assert.Contains("audit-hmac-key-{1}/', reference('keyVault').outputs.uri.value, parameters('auditKeyVersion'))", settings.GetProperty("Audit__HmacKey").GetString());
    }
}
