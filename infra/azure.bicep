// Azure resources for Boundary: a Linux App Service (Node 20) running `npm start`, and a single-tenant Azure Bot
// whose messaging endpoint is that App Service, with the Microsoft Teams channel enabled.
@maxLength(20)
@minLength(4)
param resourceBaseName string
param botAadAppClientId string
@secure()
param botAadAppClientSecret string
param botTenantId string
param botDisplayName string
param policyFile string = 'policies/example-social-media-policy.md'
param dataDir string = '/home/data'
@secure()
param databaseUrl string = ''
param safeguardingLeads string = ''
param safeguardingTeamMembersAreLeads string = 'false'
param alertsShowNames string = 'false'
param logLevel string = 'info'
param alertReminderMinutes string = '15'
param alertSecondReminderMinutes string = '60'
param outboxLeaseSeconds string = '300'
param retentionChildProtectionYearsAfterReport string = '25'
param retentionStaffAllegationYears string = '10'
param retentionLowLevelConcernYears string = '6'
param retentionAuditLogYears string = '25'
param maxBodyBytes string = '262144'
param rateLimitQuestionsPerMinute string = '30'
param rateLimitReportsPerHour string = '20'
param shutdownTimeoutMs string = '10000'
param webAppSku string = 'B1'
param location string = resourceGroup().location

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: resourceBaseName
  kind: 'linux'
  location: location
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: resourceBaseName
  kind: 'app,linux'
  location: location
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appCommandLine: 'npm start'
      appSettings: [
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'BOT_ID', value: botAadAppClientId }
        { name: 'BOT_PASSWORD', value: botAadAppClientSecret }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        { name: 'BOT_TYPE', value: 'SingleTenant' }
        { name: 'POLICY_FILE', value: policyFile }
        { name: 'DATA_DIR', value: dataDir }
        { name: 'DATABASE_URL', value: databaseUrl }
        { name: 'SAFEGUARDING_LEADS', value: safeguardingLeads }
        { name: 'SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS', value: safeguardingTeamMembersAreLeads }
        { name: 'ALERTS_SHOW_NAMES', value: alertsShowNames }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'ALERT_REMINDER_MINUTES', value: alertReminderMinutes }
        { name: 'ALERT_SECOND_REMINDER_MINUTES', value: alertSecondReminderMinutes }
        { name: 'OUTBOX_LEASE_SECONDS', value: outboxLeaseSeconds }
        { name: 'RETENTION_CHILD_PROTECTION_YEARS_AFTER_REPORT', value: retentionChildProtectionYearsAfterReport }
        { name: 'RETENTION_STAFF_ALLEGATION_YEARS', value: retentionStaffAllegationYears }
        { name: 'RETENTION_LOW_LEVEL_CONCERN_YEARS', value: retentionLowLevelConcernYears }
        { name: 'RETENTION_AUDIT_LOG_YEARS', value: retentionAuditLogYears }
        { name: 'MAX_BODY_BYTES', value: maxBodyBytes }
        { name: 'RATE_LIMIT_QUESTIONS_PER_MINUTE', value: rateLimitQuestionsPerMinute }
        { name: 'RATE_LIMIT_REPORTS_PER_HOUR', value: rateLimitReportsPerHour }
        { name: 'SHUTDOWN_TIMEOUT_MS', value: shutdownTimeoutMs }
      ]
      healthCheckPath: '/readyz'
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  kind: 'azurebot'
  location: 'global'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  location: 'global'
  name: 'MsTeamsChannel'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
