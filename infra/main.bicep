// Aligners in one resource group: storage, the function app (Flex Consumption, custom handler),
// the GPU inference app on Container Apps, Azure OpenAI, and monitoring. Setting and resource
// names match what the code reads (see local.settings.sample.json).
targetScope = 'resourceGroup'

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Short name prefix (letters, digits, dashes).')
@minLength(3)
@maxLength(14)
param prefix string

@description('Days each journal stays immutable (WORM, appends allowed).')
@minValue(1)
param journalRetentionDays int = 365

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

@description('Azure OpenAI chat model.')
param openAiModel string = 'gpt-4o-mini'

@description('Azure OpenAI model version.')
param openAiModelVersion string = '2024-07-18'

@description('Azure OpenAI deployment capacity (thousands of tokens per minute).')
@minValue(1)
param openAiCapacity int = 30

@description('Function key callers send as x-functions-key.')
@secure()
param functionKey string

@description('Admin key: also opens the audit trail.')
@secure()
param adminKey string

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
}
var containers = {
  journals: 'journals'
  inputs: 'inputs'
  results: 'results'
  deployments: 'deployments'
}
var queues = {
  work: 'alignment-work'
  requests: 'align-requests'
  results: 'align-results'
  fanout: 'bulk-fanout'
}
var instancesTable = 'instances'

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
    journalRetentionDays: journalRetentionDays
    allowSharedKey: modelsSource == 'storage'
    containers: containers
    queues: [queues.work, '${queues.work}-poison', queues.requests, '${queues.requests}-poison', queues.results, queues.fanout, '${queues.fanout}-poison']
    instancesTable: instancesTable
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

module inference 'modules/containerapps.bicep' = {
  name: 'inference'
  params: {
    prefix: prefix
    location: location
    workspaceName: '${prefix}-logs'
    workspaceCustomerId: monitoring.outputs.workspaceCustomerId
    gpuProfile: gpuProfile
    image: inferenceImage
    modelsSource: modelsSource
    storageName: names.storage
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    concurrentRequests: 20
    maxReplicas: 4
  }
}

// Every setting of local.settings.sample.json that applies in Azure. Storage goes by identity
// (no connection string), the LLM by Entra ID (no key), and FUNCTIONS_CUSTOMHANDLER_PORT is set by the host.
var appSettings = {
  Storage__AccountName: storage.outputs.name
  Storage__JournalContainer: containers.journals
  Storage__InputsContainer: containers.inputs
  Storage__ResultsContainer: containers.results
  Storage__InstancesTable: instancesTable
  Orchestration__WorkQueue: queues.work
  Orchestration__MaxDequeueCount: '5'
  Orchestration__VisibilityTimeoutSeconds: '30'
  Orchestration__MaxConcurrentInstances: '16'
  Orchestration__MaxPollIntervalMilliseconds: '1000'
  Orchestration__ActivityMaxRetries: '4'
  Orchestration__ActivityRetryBaseDelayMilliseconds: '200'
  Orchestration__ActivityRetryMaxDelayMilliseconds: '20000'
  Orchestration__ListenToQueues: 'false'
  Alignment__DefaultPolicy: 'default'
  Alignment__Policies__default__Version: policy.version
  Alignment__Policies__default__DefaultThreshold: policy.defaultThreshold
  Alignment__Policies__default__MaxRewrites: policy.maxRewrites
  Alignment__Policies__default__Reinspect: policy.reinspect
  Alignment__Policies__default__Order__0: ''
  Alignment__Policies__default__Thresholds__ethical: policy.defaultThreshold
  Llm__Provider: 'azure-openai'
  Llm__Endpoint: openAi.outputs.endpoint
  Llm__Deployment: openAi.outputs.deployment
  Llm__SystemPrompt: ''
  Llm__MaxOutputTokens: '800'
  Llm__TimeoutSeconds: '100'
  Inference__Mode: inferenceMode
  Inference__ModelsDirectory: 'models'
  Inference__Endpoint: inference.outputs.url
  Inference__TimeoutSeconds: '120'
  Inference__Execution__IntraOpThreads: '0'
  Inference__Execution__InterOpThreads: '0'
  Inference__Execution__GraphOptimization: 'all'
  Inference__Execution__Device: 'cpu'
  Inference__Execution__CudaDeviceId: '0'
  Inference__Execution__AllowSpinning: 'true'
  Inference__Batching__MaxBatchSize: '32'
  Inference__Batching__MaxWaitMilliseconds: '2'
  Api__InlineBudgetSeconds: '30'
  Api__MaxAlignBodyBytes: '1048576'
  Api__MaxBulkBodyBytes: '67108864'
  Api__MaxBulkLines: '100000'
  Api__MaxTextCharacters: '100000'
  Queues__AlignRequests: queues.requests
  Queues__AlignResults: queues.results
  Queues__BulkFanout: queues.fanout
  Queues__FanoutChunk: '50'
  Queues__AlignRequestBudgetSeconds: '120'
  Keys__FunctionKeys__0: functionKey
  Keys__AdminKey: adminKey
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
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    maximumInstanceCount: 40
  }
}

output functionAppUrl string = functionApp.outputs.url
output functionAppName string = functionApp.outputs.name
output inferenceUrl string = inference.outputs.url
output storageAccountName string = storage.outputs.name
output registryServer string = inference.outputs.registryServer
