import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';

/**
 * The desk's sign-in has to agree in four places: the Teams manifest (webApplicationInfo), the Entra app
 * (infra/aad.manifest.json, applied by teamsapp.yml), the App Service settings (infra/azure.bicep) and the server's
 * own audience (src/config.ts). These checks read the files as the Toolkit would, with sample values filled in.
 */
const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const SAMPLE: Record<string, string> = {
  TEAMS_APP_ID: '7c1b5f1e-3f2a-4b8e-9d4c-2a1e0f9b8c7d',
  BOT_ID: '0a6f4e2d-1c3b-4a59-8e7d-6c5b4a392817',
  BOT_OBJECT_ID: '1b7f5e3d-2c4b-4a59-8e7d-6c5b4a392818',
  BOT_DOMAIN: 'boundary-school.azurewebsites.net',
  APP_NAME_SUFFIX: '-dev',
  APP_WEBSITE_URL: 'https://www.example-school.sch.uk',
  APP_PRIVACY_URL: 'https://www.example-school.sch.uk/privacy',
  APP_TERMS_URL: 'https://www.example-school.sch.uk/terms',
  AAD_APP_ACCESS_AS_USER_PERMISSION_ID: '5f0d8a4e-6b1c-4d2e-9f3a-7b8c9d0e1f2a',
};
const filled = (text: string) =>
  JSON.parse(
    text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_m, name: string) => {
      const v = SAMPLE[name];
      if (v === undefined) throw new Error(`no sample value for ${name}`);
      return v;
    }),
  );

const TEAMS_CLIENTS = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];

describe('desk deployment files', () => {
  const manifest = filled(read('manifest/manifest.json'));
  const aad = filled(read('infra/aad.manifest.json'));

  it('when the manifest is read, then the desk is a personal tab "desk" and a channel tab, both on the bot domain', () => {
    const desk = manifest.staticTabs.find((t: { entityId: string }) => t.entityId === 'desk');
    expect(desk).toMatchObject({ name: 'Safeguarding desk', scopes: ['personal'] });
    expect(desk.contentUrl).toBe(`https://${SAMPLE.BOT_DOMAIN}/tab/concerns`);
    // The chat with the bot stays the first thing a person sees.
    expect(manifest.staticTabs[0].entityId).toBe('conversations');
    expect(manifest.configurableTabs[0]).toMatchObject({
      configurationUrl: `https://${SAMPLE.BOT_DOMAIN}/tab/config`,
      scopes: ['team'],
    });
    expect(manifest.validDomains).toContain(SAMPLE.BOT_DOMAIN);
  });

  it('when Teams asks Entra for a desk token, then the resource, the app ID URI and the server audience are one string', () => {
    const resource = manifest.webApplicationInfo.resource;
    expect(manifest.webApplicationInfo.id).toBe(SAMPLE.BOT_ID);
    expect(aad.identifierUris).toEqual([resource]);
    const config = loadConfig({
      BOT_ID: SAMPLE.BOT_ID,
      BOT_PASSWORD: 'x',
      BOT_TENANT_ID: '11111111-2222-4333-8444-555555555555',
      BOT_DOMAIN: SAMPLE.BOT_DOMAIN,
    });
    expect(config.desk.appIdUri).toBe(resource);
  });

  it('when the Entra app is updated, then it exposes access_as_user and pre-authorises the Teams desktop, mobile and web clients', () => {
    const scope = aad.oauth2Permissions.find((p: { value: string }) => p.value === 'access_as_user');
    expect(scope).toMatchObject({ isEnabled: true, type: 'User', id: SAMPLE.AAD_APP_ACCESS_AS_USER_PERMISSION_ID });
    expect(aad.preAuthorizedApplications.map((a: { appId: string }) => a.appId).sort()).toEqual(
      [...TEAMS_CLIENTS].sort(),
    );
    for (const a of aad.preAuthorizedApplications) expect(a.permissionIds).toEqual([scope.id]);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('when teamsapp.yml provisions, then the Entra app is updated after the App Service exists (its domain is known)', () => {
    const steps = (parse(read('teamsapp.yml')) as { provision: { uses: string; with?: { manifestPath?: string } }[] })
      .provision;
    const arm = steps.findIndex((s) => s.uses === 'arm/deploy');
    const update = steps.findIndex((s) => s.uses === 'aadApp/update');
    expect(update).toBeGreaterThan(arm);
    expect(steps[update]?.with?.manifestPath).toBe('./infra/aad.manifest.json');
  });

  it('when the App Service is deployed, then the server gets BOT_DOMAIN, TEAMS_APP_ID and POLICY_OWNERS, and every parameter is declared', () => {
    const bicep = read('infra/azure.bicep');
    expect(bicep).toMatch(/BOT_DOMAIN: webApp\.properties\.defaultHostName/);
    expect(bicep).toMatch(/TEAMS_APP_ID: teamsAppId/);
    expect(bicep).toMatch(/POLICY_OWNERS: policyOwners/);
    const params = Object.keys(
      (JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, unknown> }).parameters,
    );
    for (const p of params) expect(bicep, p).toMatch(new RegExp(`^param ${p} `, 'm'));
  });
});
