// Azure OpenAI with one chat deployment: the upstream LLM for requests that bring no answer.
@description('Account name (also its custom subdomain).')
param name string

@description('Azure region.')
param location string

@description('Chat model name, e.g. gpt-4o-mini.')
param model string

@description('Model version.')
param modelVersion string

@description('Deployment capacity, in thousands of tokens per minute.')
@minValue(1)
param capacity int

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: name
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: model
  sku: {
    name: 'GlobalStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: model
      version: modelVersion
    }
  }
}

output id string = account.id
output endpoint string = account.properties.endpoint
output deployment string = deployment.name
