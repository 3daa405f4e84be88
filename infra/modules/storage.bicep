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

@description('Lock the audit container\'s retention policy (irreversible: see docs/deploy.md). Keep true once set: a locked policy cannot be redeployed unlocked.')
param lockAuditPolicy bool

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

// Unlocked while lockAuditPolicy is false, so the retention can still be changed.
resource auditWorm 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = if (!lockAuditPolicy) {
  parent: audit
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWrites: true
  }
}

// Locking is an action, not a property ARM can set, so a deployment script takes it, under an
// identity whose custom role can read, write, extend and lock immutability policies and nothing else.
resource lockIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (lockAuditPolicy) {
  name: '${name}-audit-lock'
  location: location
}

resource lockRoleDefinition 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (lockAuditPolicy) {
  name: guid(account.id, 'audit-immutability-lock')
  properties: {
    roleName: 'Audit retention locker (${name})'
    description: 'Creates, extends and locks blob container immutability policies; no data access.'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.Storage/storageAccounts/read'
          'Microsoft.Storage/storageAccounts/blobServices/containers/read'
          'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies/read'
          'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies/write'
          'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies/extend/action'
          'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies/lock/action'
        ]
      }
    ]
    assignableScopes: [resourceGroup().id]
  }
}

resource lockRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (lockAuditPolicy) {
  name: guid(account.id, 'audit-immutability-lock', 'assignment')
  scope: account
  properties: {
    principalId: lockIdentity!.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: lockRoleDefinition!.id
  }
}

resource lockAudit 'Microsoft.Resources/deploymentScripts@2023-08-01' = if (lockAuditPolicy) {
  name: '${name}-lock-audit'
  location: location
  kind: 'AzureCLI'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${lockIdentity!.id}': {} }
  }
  dependsOn: [lockRole, audit]
  properties: {
    azCliVersion: '2.63.0'
    timeout: 'PT15M'
    retentionInterval: 'PT1H'
    cleanupPreference: 'OnSuccess'
    environmentVariables: [
      { name: 'GROUP', value: resourceGroup().name }
      { name: 'ACCOUNT', value: account.name }
      { name: 'CONTAINER', value: containers.audit }
      { name: 'AUDIT_DAYS', value: string(auditRetentionDays) }
    ]
    scriptContent: loadTextContent('lock-audit-policy.sh')
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
