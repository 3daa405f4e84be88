using System.Text.Json;

namespace Aligners.Infra.Tests;

/// <summary>
/// The function app reaches the inference app inside one virtual network, and nothing outside the
/// network reaches the inference app: checked on the compiled ARM template.
/// </summary>
[Trait("Category", "Integration")]
public class NetworkTests
{
    private const string Delegation = "Microsoft.App/environments";
    private static readonly JsonElement Template = Bicep.CompileMain();

    private static JsonElement Subnet(string name) =>
        Bicep.Resource(Template, "network", "Microsoft.Network/virtualNetworks").GetProperty("properties").GetProperty("subnets")
            .EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    private static string Str(JsonElement e) => e.GetString()!;

    [Theory]
    [InlineData("apps")]
    [InlineData("functions")]
    public void SharedNetwork_HasASubnetDelegatedToContainerAppsEnvironments(string subnet)
    {
        var delegations = Subnet(subnet).GetProperty("properties").GetProperty("delegations").EnumerateArray()
            .Select(d => Str(d.GetProperty("properties").GetProperty("serviceName")));

        Assert.Equal([Delegation], delegations);
    }

    [Fact]
    public void NetworkOutputs_NameTheSubnetsTheyClaimTo()
    {
        var outputs = Bicep.ModuleTemplate(Template, "network").GetProperty("outputs");
        var subnets = Bicep.Resource(Template, "network", "Microsoft.Network/virtualNetworks").GetProperty("properties").GetProperty("subnets")
            .EnumerateArray().Select(s => Str(s.GetProperty("name"))).ToList();

        Assert.Contains($".subnets[{subnets.IndexOf("apps")}].id", Str(outputs.GetProperty("appsSubnetId").GetProperty("value")));
        Assert.Contains($".subnets[{subnets.IndexOf("functions")}].id", Str(outputs.GetProperty("functionsSubnetId").GetProperty("value")));
    }

    [Fact]
    public void InferenceEnvironment_IsInternal_OnTheAppsSubnet()
    {
        var vnet = Bicep.Resource(Template, "inference-env", "Microsoft.App/managedEnvironments").GetProperty("properties").GetProperty("vnetConfiguration");

        Assert.True(vnet.GetProperty("internal").GetBoolean());
        Assert.Equal("[parameters('infrastructureSubnetId')]", Str(vnet.GetProperty("infrastructureSubnetId")));
        Assert.Equal("[reference('network').outputs.appsSubnetId.value]", Str(Bicep.ModuleParameter(Template, "inference-env", "infrastructureSubnetId")));
    }

    [Fact]
    public void FunctionApp_IntegratesIntoTheFunctionsSubnet()
    {
        var site = Bicep.Resource(Template, "functionapp", "Microsoft.Web/sites").GetProperty("properties");

        Assert.Equal("[parameters('subnetId')]", Str(site.GetProperty("virtualNetworkSubnetId")));
        Assert.Equal("[reference('network').outputs.functionsSubnetId.value]", Str(Bicep.ModuleParameter(Template, "functionapp", "subnetId")));
    }

    [Fact]
    public void PrivateDnsZone_ForTheEnvironmentsDomain_IsLinkedToTheNetwork_WithAWildcardToItsStaticIp()
    {
        var zone = Bicep.Resource(Template, "inference-dns", "Microsoft.Network/privateDnsZones");
        var link = Bicep.Resource(Template, "inference-dns", "Microsoft.Network/privateDnsZones/virtualNetworkLinks").GetProperty("properties");
        var record = Bicep.Resource(Template, "inference-dns", "Microsoft.Network/privateDnsZones/A");

        Assert.Equal("[parameters('zoneName')]", Str(zone.GetProperty("name")));
        Assert.Equal("[reference('inferenceEnvironment').outputs.defaultDomain.value]", Str(Bicep.ModuleParameter(Template, "inference-dns", "zoneName")));
        Assert.Equal("[parameters('vnetId')]", Str(link.GetProperty("virtualNetwork").GetProperty("id")));
        Assert.False(link.GetProperty("registrationEnabled").GetBoolean());
        Assert.Equal("[reference('network').outputs.id.value]", Str(Bicep.ModuleParameter(Template, "inference-dns", "vnetId")));
        Assert.EndsWith("'*')]", Str(record.GetProperty("name")));
        Assert.Equal("[parameters('staticIp')]", Str(record.GetProperty("properties").GetProperty("aRecords")[0].GetProperty("ipv4Address")));
        Assert.Equal("[reference('inferenceEnvironment').outputs.staticIp.value]", Str(Bicep.ModuleParameter(Template, "inference-dns", "staticIp")));
    }

    [Fact]
    public void InferenceIngress_IsFixedToTheInternalEnvironment_WithNoParameterToOpenIt()
    {
        var ingress = Bicep.Resource(Template, "inference", "Microsoft.App/containerApps").GetProperty("properties").GetProperty("configuration").GetProperty("ingress");
        var parameters = Template.GetProperty("parameters").EnumerateObject().Select(p => p.Name)
            .Concat(Bicep.ModuleTemplate(Template, "inference").GetProperty("parameters").EnumerateObject().Select(p => p.Name));

        // external here means "outside the environment": on an internal environment that is the
        // virtual network, never the internet. A literal, so no deployment can flip it.
        Assert.Equal(JsonValueKind.True, ingress.GetProperty("external").ValueKind);
        Assert.Equal(JsonValueKind.False, ingress.GetProperty("allowInsecure").ValueKind);
        Assert.DoesNotContain(parameters, p => p.Contains("ingress", StringComparison.OrdinalIgnoreCase) || p.Contains("external", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Bicep.Modules(Template).SelectMany(m => Bicep.Resources(m.Deployment.GetProperty("properties").GetProperty("template"))),
            r => r.GetProperty("type").GetString() == "Microsoft.Network/publicIPAddresses");
    }

    [Fact]
    public void FunctionApp_CallsTheInferenceAppByItsNameInTheEnvironmentsDomain()
    {
        var endpoint = Str(Bicep.ModuleParameter(Template, "functionapp", "appSettings").GetProperty("Inference__Endpoint"));
        var inference = Bicep.Resource(Template, "inference", "Microsoft.App/containerApps");

        Assert.Equal("[format('https://{0}.{1}', variables('names').inference, reference('inferenceEnvironment').outputs.defaultDomain.value)]", endpoint);
        Assert.Equal("[parameters('name')]", Str(inference.GetProperty("name")));
        Assert.Equal("[variables('names').inference]", Str(Bicep.ModuleParameter(Template, "inference", "name")));
    }
}
