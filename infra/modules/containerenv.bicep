// The Container Apps environment the inference app runs in: internal (no public IP; its load
// balancer takes an address of the infrastructure subnet), with a consumption GPU workload
// profile, the models share when models come from storage, and the registry images are pulled from.
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

@description('Container registry name (5-50 letters and digits).')
param registryName string

@description('Subnet delegated to Microsoft.App/environments for the environment\'s infrastructure.')
param infrastructureSubnetId string

@description('Where the models come from: baked into the image, or an Azure Files share mounted at /models.')
@allowed(['image', 'storage'])
param modelsSource string

@description('Storage account holding the models share (modelsSource = storage).')
param storageName string

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: location
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: false }
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
    // Internal: the environment gets no public endpoint; apps with ingress are reachable only
    // from the virtual network (the function app's integration subnet), through the private DNS zone.
    vnetConfiguration: {
      infrastructureSubnetId: infrastructureSubnetId
      internal: true
    }
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

output id string = environment.id
output name string = environment.name
output defaultDomain string = environment.properties.defaultDomain
output staticIp string = environment.properties.staticIp
output registryServer string = registry.properties.loginServer
output modelsStorageName string = modelsSource == 'storage' ? modelsStorage.name : ''
