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
// The safeguarding desk: the Teams app id for "View full record" deep links, and who owns the policy.
param teamsAppId string = ''
param policyOwners string = ''
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
      healthCheckPath: '/readyz'
    }
  }
}

// The bot's settings. A child resource rather than siteConfig.appSettings, so BOT_DOMAIN can be the site's own
// host name: the server checks desk sign-in tokens against api://<BOT_DOMAIN>/<BOT_ID>, as in the Teams manifest.
resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    BOT_ID: botAadAppClientId
    BOT_PASSWORD: botAadAppClientSecret
    BOT_TENANT_ID: botTenantId
    BOT_TYPE: 'SingleTenant'
    POLICY_FILE: policyFile
    DATA_DIR: dataDir
    DATABASE_URL: databaseUrl
    SAFEGUARDING_LEADS: safeguardingLeads
    SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS: safeguardingTeamMembersAreLeads
    ALERTS_SHOW_NAMES: alertsShowNames
    LOG_LEVEL: logLevel
    ALERT_REMINDER_MINUTES: alertReminderMinutes
    ALERT_SECOND_REMINDER_MINUTES: alertSecondReminderMinutes
    OUTBOX_LEASE_SECONDS: outboxLeaseSeconds
    RETENTION_CHILD_PROTECTION_YEARS_AFTER_REPORT: retentionChildProtectionYearsAfterReport
    RETENTION_STAFF_ALLEGATION_YEARS: retentionStaffAllegationYears
    RETENTION_LOW_LEVEL_CONCERN_YEARS: retentionLowLevelConcernYears
    RETENTION_AUDIT_LOG_YEARS: retentionAuditLogYears
    MAX_BODY_BYTES: maxBodyBytes
    RATE_LIMIT_QUESTIONS_PER_MINUTE: rateLimitQuestionsPerMinute
    RATE_LIMIT_REPORTS_PER_HOUR: rateLimitReportsPerHour
    SHUTDOWN_TIMEOUT_MS: shutdownTimeoutMs
    BOT_DOMAIN: webApp.properties.defaultHostName
    TEAMS_APP_ID: teamsAppId
    POLICY_OWNERS: policyOwners
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
