// Aligners in one resource group: storage, the function app (Flex Consumption, .NET isolated worker with Durable Functions),
// the GPU inference app on Container Apps, both in one virtual network, a Key Vault for the
// secrets, Azure OpenAI, and monitoring. Setting and resource names match what the code reads
// (see local.settings.sample.json); docs/security-azure.md describes who holds which key.
targetScope = 'resourceGroup'

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Short name prefix (letters, digits, dashes).')
@minLength(3)
@maxLength(14)
param prefix string

@description('Days each audit record stays immutable (WORM, appends allowed).')
@minValue(1)
param auditRetentionDays int = 365

@description('Lock the audit container\'s retention policy. Irreversible: set it once the retention is right (docs/deploy.md), and keep it true.')
param lockAuditPolicy bool = false

@description('Version label of the audit HMAC key that signs new entries (letters, digits, dashes); a rotation is a new version.')
@minLength(1)
@maxLength(32)
param auditKeyVersion string = '1'

@description('The audit HMAC key of auditKeyVersion (base64 of 32 random bytes), written to Key Vault as audit-hmac-key-<version>. Give it on the first deployment and on a rotation; empty: the vault keeps the one it holds.')
@secure()
param auditHmacKey string = ''

@description('Earlier audit key versions still needed to verify old entries; their secrets stay in the vault.')
param auditPreviousKeyVersions array = []

@description('Address space of the virtual network shared by the function app and the inference app.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('GPU workload profile of the inference app.')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuProfile string = 'Consumption-GPU-NC8as-T4'

@description('Inference server image (built from infra/docker/inference-gpu.Dockerfile and pushed to the registry).')
param inferenceImage string

@description('Models baked into the image, or read from the Azure Files share "models".')
@allowed(['image', 'storage'])
param modelsSource string = 'image'

@description('Run aligners and inspectors on the GPU inference app (remote) or inside the function app (local).')
@allowed(['remote', 'local'])
param inferenceMode string = 'remote'

@description('Application ID URI of the app registration whose tokens the inference app accepts (the function app\'s identity asks for them). Empty: the API key below.')
param inferenceAudience string = ''

@description('API key between the function app and the inference app when no token audience is given; stored in Key Vault.')
@secure()
param inferenceApiKey string = ''

@description('Base64 key (32 bytes or more) of the privacy fingerprints in audit records, stored in Key Vault; pass it on the first deployment (empty later keeps the stored one). Without it, privacy cannot be used.')
@secure()
param privacyFingerprintKey string = ''

@description('Azure OpenAI chat model.')
param openAiModel string = 'gpt-4o-mini'

@description('Azure OpenAI model version.')
param openAiModelVersion string = '2024-07-18'

@description('Azure OpenAI deployment capacity (thousands of tokens per minute).')
@minValue(1)
param openAiCapacity int = 30

@description('Alignment policy defaults.')
param policy object = {
  version: '1'
  defaultThreshold: '0.5'
  maxRewrites: '3'
  reinspect: 'true'
}

var names = {
  storage: take(toLower(replace('${prefix}${uniqueString(resourceGroup().id)}', '-', '')), 24)
  openAi: '${prefix}-openai-${uniqueString(resourceGroup().id)}'
  keyVault: take(toLower(replace('${prefix}kv${uniqueString(resourceGroup().id)}', '-', '')), 24)
  registry: replace('${prefix}acr', '-', '')
  inference: '${prefix}-inference'
}
var containers = {
  audit: 'audit'
  inputs: 'inputs'
  results: 'results'
  deployments: 'deployments'
}
var queues = {
  requests: 'align-requests'
  results: 'align-results'
  bulk: 'bulk-requests'
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    prefix: prefix
    location: location
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    auditRetentionDays: auditRetentionDays
    lockAuditPolicy: lockAuditPolicy
    allowSharedKey: modelsSource == 'storage'
    containers: containers
    queues: [queues.requests, '${queues.requests}-poison', queues.results, queues.bulk, '${queues.bulk}-poison']
    modelsShare: modelsSource == 'storage'
  }
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  params: {
    name: names.openAi
    location: location
    model: openAiModel
    modelVersion: openAiModelVersion
    capacity: openAiCapacity
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    prefix: prefix
    location: location
    addressPrefix: vnetAddressPrefix
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    inferenceApiKey: inferenceApiKey
    auditKeyVersion: auditKeyVersion
    auditHmacKey: auditHmacKey
    privacyFingerprintKey: privacyFingerprintKey
  }
}

module inferenceEnvironment 'modules/containerenv.bicep' = {
  name: 'inference-env'
  params: {
    prefix: prefix
    location: location
    workspaceName: '${prefix}-logs'
    workspaceCustomerId: monitoring.outputs.workspaceCustomerId
    gpuProfile: gpuProfile
    registryName: names.registry
    infrastructureSubnetId: network.outputs.appsSubnetId
    modelsSource: modelsSource
    storageName: names.storage
  }
}

// <app>.<defaultDomain> resolves to the environment's internal load balancer inside the network.
module inferenceDns 'modules/privatedns.bicep' = {
  name: 'inference-dns'
  params: {
    // The environment's domain exists only once the environment does; What-If cannot predict the zone.
    #disable-next-line what-if-short-circuiting
    zoneName: inferenceEnvironment.outputs.defaultDomain
    staticIp: inferenceEnvironment.outputs.staticIp
    vnetId: network.outputs.id
  }
}

// A Key Vault reference: the Functions platform resolves it with the app's identity, so the
// secret never travels through the deployment's parameters or history.
func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

var auditKeyReferences = toObject(auditPreviousKeyVersions, v => 'Audit__Keys__${v}', v => keyVaultReference('${keyVault.outputs.uri}secrets/audit-hmac-key-${v}/'))

// Every setting of local.settings.sample.json that applies in Azure. Storage goes by identity
// (AzureWebJobsStorage__accountName, set with the host's settings), the LLM by Entra ID (no key);
// function keys are the platform's own.
var appSettings = {
  Storage__AuditContainer: containers.audit
  Storage__InputsContainer: containers.inputs
  Storage__ResultsContainer: containers.results
  Storage__ReviewsTable: 'reviews'
  Queues__AlignRequests: queues.requests
  Queues__AlignResults: queues.results
  Queues__BulkRequests: queues.bulk
  Queues__TransientRetryDelaySeconds: '30'
  ReviewerSignIn__AppServiceAuthentication: 'false'
  ReviewerSignIn__Role: 'Reviewer'
  Alignment__DefaultPolicy: 'default'
  Alignment__Policies__default__Version: policy.version
  Alignment__Policies__default__DefaultThreshold: policy.defaultThreshold
  Alignment__Policies__default__MaxRewrites: policy.maxRewrites
  Alignment__Policies__default__Reinspect: policy.reinspect
  Alignment__Policies__default__Order__0: ''
  Alignment__Policies__default__Thresholds__ethical: policy.defaultThreshold
  Alignment__Policies__default__OnUnresolved: 'keep'
  Alignment__Policies__default__OnFailure: 'fail'
  Alignment__Policies__default__FallbackTexts__ethical: 'I can\'t help with that request, but I\'m happy to help with something else.'
  Alignment__Policies__default__Gate__MaxOtherDrop: '0.15'
  Alignment__Policies__default__Gate__TopicFloor: '0.15'
  Alignment__Policies__default__Gate__MaxTopicDrop: '0.2'
  Alignment__Policies__default__Gate__RestatementFloor: '0.35'
  Alignment__Policies__default__Gate__StockCopyFloor: '0.85'
  Alignment__Policies__default__Gate__SameQuestionFloor: '0.6'
  Alignment__Policies__default__Gate__StockOpeningWords: '4'
  Alignment__Policies__default__Gate__ConfidenceFloor: ''
  Alignment__Policies__default__Gate__MaxRepeatedWord: '2'
  Alignment__Policies__default__Gate__MaxRepeatedNgram: '4'
  Alignment__Policies__default__Gate__MaxRepeatedPhrase: '2'
  Alignment__Policies__default__AlignerBackends__ethical: 'model'
  Alignment__Policies__default__InspectorBackends__ethical: 'model'
  Alignment__Policies__default__Criteria__0: ''
  Alignment__Policies__default__Shadow: 'false'
  Alignment__Policies__default__Review__Unresolved: 'true'
  Alignment__Policies__default__Review__BorderlineBand: '0'
  Alignment__Policies__default__Privacy__Mode: 'off'
  Alignment__Policies__default__Privacy__Redaction: 'placeholder'
  Alignment__Policies__default__Privacy__RedactionByType__card: 'placeholder'
  Alignment__Policies__default__Privacy__Allow__0: ''
  Alignment__Policies__default__Privacy__PhoneRegion: 'US'
  Alignment__Policies__default__Privacy__PhoneRegions__0: ''
  Alignment__Policies__default__Privacy__MinConfidence: '0.5'
  Privacy__FingerprintKey: keyVaultReference('${keyVault.outputs.uri}secrets/privacy-fingerprint-key/')
  Llm__Provider: 'azure-openai'
  Llm__Endpoint: openAi.outputs.endpoint
  Llm__Deployment: openAi.outputs.deployment
  Llm__SystemPrompt: ''
  Llm__MaxOutputTokens: '800'
  Llm__MaxRetries: '2'
  Llm__TimeoutSeconds: '100'
  AlignerLlm__Provider: 'none'
  AlignerLlm__Endpoint: ''
  AlignerLlm__Deployment: ''
  AlignerLlm__MaxOutputTokens: '800'
  AlignerLlm__MaxRetries: '2'
  AlignerLlm__TimeoutSeconds: '60'
  AlignerLlm__Principles__ethical: ''
  InspectorLlm__Provider: 'none'
  InspectorLlm__Endpoint: ''
  InspectorLlm__Deployment: ''
  InspectorLlm__MaxOutputTokens: '200'
  InspectorLlm__MaxRetries: '2'
  InspectorLlm__TimeoutSeconds: '30'
  InspectorLlm__Principles__ethical: ''
  Inference__Mode: inferenceMode
  Inference__ModelsDirectory: 'models'
  // The inference app's name in the environment's domain (the zone above); known before the app exists.
  Inference__Endpoint: 'https://${names.inference}.${inferenceEnvironment.outputs.defaultDomain}'
  Inference__TimeoutSeconds: '120'
  Inference__MaxRetries: '3'
  Inference__Scope: empty(inferenceAudience) ? '' : '${inferenceAudience}/.default'
  Inference__ApiKey: empty(inferenceApiKey) ? '' : keyVaultReference(keyVault.outputs.inferenceApiKeyUri)
  Inference__Execution__IntraOpThreads: '0'
  Inference__Execution__InterOpThreads: '0'
  Inference__Execution__GraphOptimization: 'all'
  Inference__Execution__Device: 'cpu'
  Inference__Execution__CudaDeviceId: '0'
  Inference__Execution__AllowSpinning: 'false'
  Inference__Batching__Mode: 'auto'
  Inference__Batching__MaxBatchSize: '32'
  Inference__Batching__MaxWaitMilliseconds: '2'
  Requests__MaxTextCharacters: '100000'
  Requests__MaxBulkLines: '100000'
  Requests__MaxIdCharacters: '200'
  Retries__Inference__MaxAttempts: '4'
  Retries__Inference__FirstRetryMilliseconds: '1000'
  Retries__Inference__MaxRetryMilliseconds: '15000'
  Retries__Inference__BackoffCoefficient: '2'
  Retries__Llm__MaxAttempts: '5'
  Retries__Llm__FirstRetryMilliseconds: '2000'
  Retries__Llm__MaxRetryMilliseconds: '60000'
  Retries__Llm__BackoffCoefficient: '2'
  Retries__Storage__MaxAttempts: '6'
  Retries__Storage__FirstRetryMilliseconds: '500'
  Retries__Storage__MaxRetryMilliseconds: '30000'
  Retries__Storage__BackoffCoefficient: '2'
  Api__InlineBudgetSeconds: '30'
  Api__ChatBudgetSeconds: '120'
  Api__ChatKeepAliveSeconds: '10'
  Api__StatusPollMilliseconds: '20'
  Api__MaxAlignBodyBytes: '1048576'
  Api__MaxBulkBodyBytes: '67108864'
  Api__BulkChunkSize: '10'
  Api__BulkWave: '8'
  Api__BulkChunksPerGeneration: '100'
  Audit__KeyVersion: auditKeyVersion
  Audit__HmacKey: keyVaultReference('${keyVault.outputs.uri}secrets/audit-hmac-key-${auditKeyVersion}/')
  Audit__CachedRecords: '4096'
  OTEL_EXPORTER_OTLP_ENDPOINT: ''
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    prefix: prefix
    location: location
    storageName: names.storage
    openAiName: names.openAi
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainer: containers.deployments
    appSettings: appSettings
    previousAuditKeys: auditKeyReferences
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    maximumInstanceCount: 40
    subnetId: network.outputs.functionsSubnetId
    keyVaultName: names.keyVault
  }
}

module inference 'modules/containerapps.bicep' = {
  name: 'inference'
  params: {
    name: names.inference
    location: location
    environmentId: inferenceEnvironment.outputs.id
    registryName: names.registry
    gpuProfile: gpuProfile
    image: inferenceImage
    modelsSource: modelsSource
    modelsStorageName: inferenceEnvironment.outputs.modelsStorageName
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    concurrentRequests: 20
    maxReplicas: 4
    tokenAudience: inferenceAudience
    // Only the function app's identity: another principal's token for the audience is refused.
    allowedCallers: [functionApp.outputs.principalId]
    keyVaultName: names.keyVault
    apiKeySecretUri: empty(inferenceApiKey) ? '' : keyVault.outputs.inferenceApiKeyUri
  }
}

output functionAppUrl string = functionApp.outputs.url
output functionAppName string = functionApp.outputs.name
output inferenceUrl string = inference.outputs.url
output storageAccountName string = storage.outputs.name
output registryServer string = inferenceEnvironment.outputs.registryServer
output keyVaultName string = keyVault.outputs.name
