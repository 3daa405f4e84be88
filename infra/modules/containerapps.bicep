// Container Apps: an environment with a consumption GPU workload profile running the inference
// server (scale to zero, HTTP scale rule, health probes), and a registry to pull its image from.
@description('Name prefix.')
param prefix string

@description('Azure region.')
param location string

@description('Log Analytics workspace customer id.')
param workspaceCustomerId string

@description('Log Analytics workspace name.')
param workspaceName string

@description('GPU workload profile type.')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuProfile string

@description('Inference server image, e.g. myregistry.azurecr.io/aligners-inference:1.0-gpu.')
param image string

@description('Where the models come from: baked into the image, or an Azure Files share mounted at /models.')
@allowed(['image', 'storage'])
param modelsSource string

@description('Storage account holding the models share (modelsSource = storage).')
param storageName string

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Concurrent requests per replica before the HTTP rule adds one.')
@minValue(1)
param concurrentRequests int

@description('Maximum replicas.')
@minValue(1)
param maxReplicas int

var gpuCores = gpuProfile == 'Consumption-GPU-NC8as-T4' ? 8 : 24
var gpuMemory = gpuProfile == 'Consumption-GPU-NC8as-T4' ? '56Gi' : '220Gi'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: replace('${prefix}acr', '-', '')
  location: location
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: false }
}

// A user-assigned identity, so the pull permission exists before the first revision starts.
resource pullIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-inference-pull'
  location: location
}

resource pullRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, pullIdentity.id, 'acrpull')
  scope: registry
  properties: {
    principalId: pullIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = if (modelsSource == 'storage') {
  name: storageName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${prefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspaceCustomerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
      {
        name: 'gpu'
        workloadProfileType: gpuProfile
      }
    ]
  }
}

// Azure Files mounts in Container Apps authenticate with the account key.
resource modelsStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = if (modelsSource == 'storage') {
  parent: environment
  name: 'models'
  properties: {
    azureFile: {
      accountName: storageName
      accountKey: storage!.listKeys().keys[0].value
      shareName: 'models'
      accessMode: 'ReadOnly'
    }
  }
}

@description('Expose the inference app outside its environment. Off by default: only apps in the environment\'s network reach it.')
param externalIngress bool = false

@description('Audience of the Entra ID tokens the server accepts (an app registration\'s Application ID URI); empty: API key only.')
param tokenAudience string

@description('API key the server accepts in x-api-key; empty: tokens only.')
@secure()
param apiKey string

resource inference 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${prefix}-inference'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${pullIdentity.id}': {} }
  }
  dependsOn: [pullRole]
  properties: {
    environmentId: environment.id
    workloadProfileName: 'gpu'
    configuration: {
      ingress: {
        external: externalIngress
        targetPort: 8080
        transport: 'http'
      }
      secrets: empty(apiKey) ? [] : [{ name: 'inference-api-key', value: apiKey }]
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
          env: [
            { name: 'ASPNETCORE_URLS', value: 'http://+:8080' }
            { name: 'Inference__Execution__Device', value: 'cuda' }
            { name: 'Inference__ModelsDirectory', value: modelsSource == 'storage' ? '/models' : 'models' }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
            { name: 'Auth__Authority', value: empty(tokenAudience) ? '' : '${az.environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0' }
            { name: 'Auth__Audience', value: tokenAudience }
            { name: 'Auth__ValidIssuers__0', value: empty(tokenAudience) ? '' : 'https://sts.windows.net/${tenant().tenantId}/' }
            empty(apiKey) ? { name: 'Auth__ApiKeys__0', value: '' } : { name: 'Auth__ApiKeys__0', secretRef: 'inference-api-key' }
          ]
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
      volumes: modelsSource == 'storage' ? [{ name: 'models', storageType: 'AzureFile', storageName: modelsStorage.name }] : []
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
output registryServer string = registry.properties.loginServer
