// The virtual network both apps share: the Container Apps environment's infrastructure subnet and
// the function app's VNet integration subnet. The inference app is reachable only through the
// environment's internal load balancer inside this network, so the GPUs never face the internet.
@description('Name prefix.')
param prefix string

@description('Azure region.')
param location string

@description('Address space of the virtual network.')
param addressPrefix string

var subnets = {
  // Workload-profile environments need at least a /27; a /23 leaves room for GPU replicas.
  apps: cidrSubnet(addressPrefix, 23, 0)
  // Flex Consumption integration: one address per instance, up to maximumInstanceCount.
  functions: cidrSubnet(addressPrefix, 24, 2)
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: '${prefix}-vnet'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [addressPrefix] }
    subnets: [
      {
        name: 'apps'
        properties: {
          addressPrefix: subnets.apps
          delegations: [{ name: 'containerapps', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
      {
        // Flex Consumption apps integrate through a subnet delegated to Microsoft.App/environments too.
        name: 'functions'
        properties: {
          addressPrefix: subnets.functions
          delegations: [{ name: 'flexconsumption', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
    ]
  }
}

output id string = vnet.id
output appsSubnetId string = vnet.properties.subnets[0].id
output functionsSubnetId string = vnet.properties.subnets[1].id
