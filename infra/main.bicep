// Aggregator on Azure: a Flex Consumption Function App running the custom handler (runtime "custom" 1.0),
// its storage account (host state, the deployment package, and Aggregator's tables and blobs), reached
// with a user-assigned managed identity (no account keys), and Application Insights.
//
//   az group create -n aggregator -l westeurope
//   az deployment group create -g aggregator -f infra/main.bicep -p adminKey=<secret>
//   scripts/publish.sh && (cd publish/functions && zip -qr ../functions.zip .)
//   az functionapp deployment source config-zip -g aggregator -n <functionAppName output> --src publish/functions.zip
//
// See README.md ("Deploying").

@description('Name stem for every resource (letters and digits).')
@minLength(3)
@maxLength(16)
param name string = 'aggr${take(uniqueString(resourceGroup().id), 8)}'

param location string = resourceGroup().location

@description('Admin key for POST /api/admin/... (sent as x-functions-key). Used when adminKeySecretUri is empty; also installed as the host function key "aggregator-admin" so the host and the handler accept the same key.')
@secure()
param adminKey string = ''

@description('Key Vault secret URI holding the admin key (https://<vault>.vault.azure.net/secrets/<name>). When set, AGGREGATOR_ADMIN_KEY is a Key Vault reference resolved with the app identity (grant it "Key Vault Secrets User"), and you add the same value as a host key yourself.')
param adminKeySecretUri string = ''

@description('Six-field NCRONTAB schedule of ScheduledIngest (UTC). The timer reads it from this app setting.')
param ingestSchedule string = '0 0 */6 * * *'

@description('Path of sources.json inside the deployed package.')
param sourcesPath string = 'sources.json'

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var storageName = toLower('${name}st${take(uniqueString(resourceGroup().id, name), 6)}')
var appName = '${name}-func'
var deploymentContainer = 'app-package'
var useKeyVault = !empty(adminKeySecretUri)

// Built-in role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainer
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]: {
  name: guid(storage.id, identity.id, role)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource insightsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // The handler is a self-contained linux-x64 executable named in host.json.
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Identity-based host storage; Aggregator's own tables and blobs use the same account and identity.
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
        { name: 'INGEST_SCHEDULE', value: ingestSchedule }
        { name: 'AGGREGATOR_SOURCES', value: sourcesPath }
        { name: 'AGGREGATOR_PUBLIC_URL', value: 'https://${appName}.azurewebsites.net' }
        { name: 'AGGREGATOR_ADMIN_KEY', value: useKeyVault ? '@Microsoft.KeyVault(SecretUri=${adminKeySecretUri})' : adminKey }
      ]
    }
  }
  dependsOn: [
    storageRoles
    insightsRole
    packageContainer
  ]
}

// The host checks authLevel "function" routes against its own keys before forwarding; this key has the
// admin key's value, so one key passes both the host and the handler's own check.
// (Bicep has no type definitions for this resource, so it warns BCP081; ARM deploys it.)
resource adminFunctionKey 'Microsoft.Web/sites/host/functionKeys@2024-04-01' = if (!useKeyVault && !empty(adminKey)) {
  name: '${app.name}/default/aggregator-admin'
  properties: {
    name: 'aggregator-admin'
    value: adminKey
  }
}

output functionAppName string = app.name
output feedUrl string = 'https://${app.properties.defaultHostName}/api/feed.json'
output storageAccountName string = storage.name
output identityClientId string = identity.properties.clientId
