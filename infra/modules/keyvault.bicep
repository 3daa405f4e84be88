// The vault of the deployment's secrets: access by Azure RBAC only (the function app's identity and
// the inference app's are Key Vault Secrets Users, granted where those identities are made); the
// secrets arrive as secure parameters, so neither they nor the app settings that reference them
// appear in the deployment's history.
@description('Vault name (3-24 letters, digits and dashes).')
param name string

@description('Azure region.')
param location string

@description('API key between the function app and the inference app; empty: no key secret (tokens only).')
@secure()
param inferenceApiKey string

@description('Version label of the audit HMAC key: the secret is audit-hmac-key-<version>.')
param auditKeyVersion string

@description('The audit HMAC key (base64, at least 32 bytes). Empty: the vault keeps the secret of this version it already holds.')
@secure()
param auditHmacKey string

@description('The key of the fingerprints of privacy findings (base64, at least 32 bytes). Empty: the vault keeps the secret it already holds.')
@secure()
param privacyFingerprintKey string = ''

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Losing the audit key makes every record signed with it unverifiable: nobody may purge it early.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource apiKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(inferenceApiKey)) {
  parent: vault
  name: 'inference-api-key'
  properties: { value: inferenceApiKey }
}

// One secret per key version: a rotation adds a secret instead of changing one, so entries signed
// with an earlier key stay verifiable with that version's secret.
resource auditKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(auditHmacKey)) {
  parent: vault
  name: 'audit-hmac-key-${auditKeyVersion}'
  properties: {
    value: auditHmacKey
    contentType: 'base64 HMAC-SHA256 key of the audit hash chain'
  }
}

resource fingerprintKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(privacyFingerprintKey)) {
  parent: vault
  name: 'privacy-fingerprint-key'
  properties: { value: privacyFingerprintKey }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
// Built rather than read from the secret, which exists only when a key was given.
output inferenceApiKeyUri string = '${vault.properties.vaultUri}secrets/inference-api-key/'
