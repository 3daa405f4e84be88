// Name resolution for an internal Container Apps environment: a private zone named after the
// environment's default domain, linked to the virtual network, with a wildcard record to the
// environment's internal load balancer, so <app>.<defaultDomain> resolves inside the network only.
@description('The environment\'s default domain (the zone name).')
param zoneName string

@description('The environment\'s static (internal load balancer) IP address.')
param staticIp string

@description('Virtual network the zone is linked to.')
param vnetId string

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: zoneName
  location: 'global'
}

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: 'vnet'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnetId }
  }
}

resource wildcard 'Microsoft.Network/privateDnsZones/A@2024-06-01' = {
  parent: zone
  name: '*'
  properties: {
    ttl: 3600
    aRecords: [{ ipv4Address: staticIp }]
  }
}
