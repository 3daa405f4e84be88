// The GPU inference app in the internal Container Apps environment: scale to zero, HTTP scale rule,
// health probes; its identity pulls the image and reads the API key from Key Vault.
@description('App name; the function app addresses it as <name>.<the environment\'s default domain>.')
param name string

@description('Azure region.')
param location string

@description('The Container Apps environment (internal, in the shared virtual network).')
param environmentId string

@description('Registry the image is pulled from.')
param registryName string

@description('GPU workload profile type.')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuProfile string

@description('Inference server image, e.g. myregistry.azurecr.io/aligners-inference:1.0-gpu.')
param image string

@description('Where the models come from: baked into the image, or an Azure Files share mounted at /models.')
@allowed(['image', 'storage'])
param modelsSource string

@description('The environment\'s storage entry of the models share (modelsSource = storage).')
param modelsStorageName string

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Concurrent requests per replica before the HTTP rule adds one.')
@minValue(1)
param concurrentRequests int

@description('Maximum replicas.')
@minValue(1)
param maxReplicas int

@description('Audience of the Entra ID tokens the server accepts (an app registration\'s Application ID URI); empty: API key only.')
param tokenAudience string

@description('Object ids of the only principals whose tokens the server accepts (the function app\'s managed identity).')
param allowedCallers array

@description('Key Vault holding the API key.')
param keyVaultName string

@description('Key Vault URI of the API key secret; empty: tokens only.')
param apiKeySecretUri string

var gpuCores = gpuProfile == 'Consumption-GPU-NC8as-T4' ? 8 : 24
var gpuMemory = gpuProfile == 'Consumption-GPU-NC8as-T4' ? '56Gi' : '220Gi'
var roles = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

// A user-assigned identity, so its permissions (image pull, the API key) exist before the first revision starts.
resource pullIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-pull'
  location: location
}

resource pullRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, pullIdentity.id, 'acrpull')
  scope: registry
  properties: {
    principalId: pullIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.acrPull)
  }
}

resource secretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, pullIdentity.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: pullIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource inference 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${pullIdentity.id}': {} }
  }
  dependsOn: [pullRole, secretsRole]
  properties: {
    environmentId: environmentId
    workloadProfileName: 'gpu'
    configuration: {
      ingress: {
        // Exposed on the environment's load balancer, which is internal: reachable from the
        // virtual network only. (external: false would confine it to apps inside the environment,
        // which the function app is not.)
        external: true
        allowInsecure: false
        targetPort: 8080
        transport: 'http'
      }
      secrets: empty(apiKeySecretUri) ? [] : [{ name: 'inference-api-key', keyVaultUrl: apiKeySecretUri, identity: pullIdentity.id }]
      registries: [
        {
          server: registry.properties.loginServer
          identity: pullIdentity.id
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'inference'
          image: image
          resources: {
            cpu: gpuCores
            memory: gpuMemory
          }
          env: concat([
            { name: 'ASPNETCORE_URLS', value: 'http://+:8080' }
            { name: 'Inference__Execution__Device', value: 'cuda' }
            { name: 'Inference__ModelsDirectory', value: modelsSource == 'storage' ? '/models' : 'models' }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
            { name: 'Auth__Authority', value: empty(tokenAudience) ? '' : '${az.environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0' }
            { name: 'Auth__Audience', value: tokenAudience }
            { name: 'Auth__ValidIssuers__0', value: empty(tokenAudience) ? '' : 'https://sts.windows.net/${tenant().tenantId}/' }
            empty(apiKeySecretUri) ? { name: 'Auth__ApiKeys__0', value: '' } : { name: 'Auth__ApiKeys__0', secretRef: 'inference-api-key' }
          ], map(range(0, length(allowedCallers)), i => { name: 'Auth__AllowedCallers__${i}', value: allowedCallers[i] }))
          probes: [
            {
              type: 'Liveness'
              httpGet: { path: '/healthz', port: 8080 }
              periodSeconds: 10
            }
            {
              type: 'Readiness'
              httpGet: { path: '/readyz', port: 8080 }
              periodSeconds: 5
              failureThreshold: 60
            }
          ]
          volumeMounts: modelsSource == 'storage' ? [{ volumeName: 'models', mountPath: '/models' }] : []
        }
      ]
      volumes: modelsSource == 'storage' ? [{ name: 'models', storageType: 'AzureFile', storageName: modelsStorageName }] : []
      scale: {
        minReplicas: 0
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: { metadata: { concurrentRequests: string(concurrentRequests) } }
          }
        ]
      }
    }
  }
}

output url string = 'https://${inference.properties.configuration.ingress.fqdn}'
output name string = inference.name
