// Storage for the pipeline: audit records (WORM with protected appends), inputs, results,
// deployment packages and the app's queues; Durable Functions creates its task hub's queues,
// tables and containers itself. Identity access only, unless the inference app mounts the models
// from Azure Files (such mounts need the account key).
@description('Storage account name (3-24 lower-case letters and digits).')
param name string

@description('Azure region.')
param location string

@description('Days the audit container keeps every record immutable.')
@minValue(1)
param auditRetentionDays int

@description('Allow shared-key access: needed only for the Azure Files models share of the inference app.')
param allowSharedKey bool

@description('Container names, as the app reads them (Storage__*Container).')
param containers object

@description('Queue names the app uses.')
param queues array

@description('Create the Azure Files share for models.')
param modelsShare bool

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: allowSharedKey
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource audit 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: containers.audit
}

// Unlocked by default; docs/deploy.md shows how to lock it once the retention is right.
resource auditWorm 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: audit
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWrites: true
  }
}

resource plainContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for c in [containers.inputs, containers.results, containers.deployments]: {
  parent: blobService
  name: c
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queueResources 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for q in queues: {
  parent: queueService
  name: q
}]

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = if (modelsShare) {
  parent: account
  name: 'default'
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = if (modelsShare) {
  parent: fileService
  name: 'models'
  properties: { shareQuota: 100 }
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
