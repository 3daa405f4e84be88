// The function app on the Flex Consumption plan: the .NET isolated worker with Durable Functions
// on Azure Storage, a system-assigned identity and identity-based host storage (the engine's task
// hub lives in the same account), integrated into the virtual network where the inference app
// listens, and reading its secrets as Key Vault references.
@description('Name prefix.')
param prefix string

@description('Azure region.')
param location string

@description('Storage account name (host storage and the app\'s own data).')
param storageName string

@description('Azure OpenAI account the app calls.')
param openAiName string

@description('Blob endpoint of the storage account.')
param blobEndpoint string

@description('Container holding the deployment package.')
param deploymentContainer string

@description('App settings: every setting of local.settings.sample.json that applies in Azure.')
param appSettings object

@description('App settings Audit__Keys__<version>: Key Vault references to the audit keys of earlier versions.')
param previousAuditKeys object

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Subnet (delegated to Microsoft.App/environments) the app\'s outbound traffic enters the virtual network through.')
param subnetId string

@description('Key Vault the app\'s secret settings reference.')
param keyVaultName string

@description('Maximum instances the plan scales out to.')
@minValue(1)
param maximumInstanceCount int

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${prefix}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: { reserved: true }
}

var hostSettings = {
  AzureWebJobsStorage__accountName: storageName
  AzureWebJobsStorage__credential: 'managedidentity'
  APPLICATIONINSIGHTS_CONNECTION_STRING: insightsConnectionString
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${prefix}-func'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Outbound calls go through the virtual network, so the inference app's private name resolves
    // (the private DNS zone is linked to the network) and its internal load balancer is reachable.
    virtualNetworkSubnetId: subnetId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 4096
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [for s in items(union(hostSettings, appSettings, previousAuditKeys)): {
        name: s.key
        value: s.value
      }]
    }
  }
}

// Least privilege: the app's and the task hub's blobs, queues and tables, Azure OpenAI, and the vault's secrets.
var roles = {
  // The Functions host takes blob leases and reads its deployment package: Owner, as its docs require.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  cognitiveServicesOpenAiUser: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
  // Reads secret values only: enough to resolve @Microsoft.KeyVault references, nothing to write or list keys with.
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageName
}

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: openAiName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]: {
  name: guid(storage.id, site.id, role)
  scope: storage
  properties: {
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource openAiRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(openAi.id, site.id, roles.cognitiveServicesOpenAiUser)
  scope: openAi
  properties: {
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.cognitiveServicesOpenAiUser)
  }
}

resource secretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

output name string = site.name
output principalId string = site.identity.principalId
output url string = 'https://${site.properties.defaultHostName}'
