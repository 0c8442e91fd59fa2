import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const AUTH = { BOT_ID: 'bot-app-id', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant-id' };

describe('desk settings', () => {
  it('when POLICY_OWNERS is not set, then there is no separate owner list (the leads own the policy)', () => {
    expect(loadConfig({ SAFEGUARDING_LEADS: 'a@school.example' }).desk.policyOwners).toBeUndefined();
  });

  it('when POLICY_OWNERS is set, then it is a lower-cased list', () => {
    expect(loadConfig({ POLICY_OWNERS: ' Head@School.example , 1234 ' }).desk.policyOwners).toEqual([
      'head@school.example',
      '1234',
    ]);
  });

  it.each([
    ['BOT_DOMAIN with BOT_ID', { ...AUTH, BOT_DOMAIN: 'boundary.example' }, 'api://boundary.example/bot-app-id'],
    [
      'DESK_APP_ID_URI over BOT_DOMAIN',
      { ...AUTH, BOT_DOMAIN: 'x.example', DESK_APP_ID_URI: 'api://desk.example/bot-app-id' },
      'api://desk.example/bot-app-id',
    ],
    ['neither', AUTH, undefined],
  ])('when %s is set, then the app ID URI follows', (_n, env, uri) => {
    expect(loadConfig(env).desk.appIdUri).toBe(uri);
  });

  it('when DESK_APP_ID_URI is not an api:// URI, then start-up names the setting', () => {
    expect(() => loadConfig({ ...AUTH, DESK_APP_ID_URI: 'https://desk.example' })).toThrow(
      /DESK_APP_ID_URI must start with api:\/\//,
    );
  });

  it('when TEAMS_APP_ID is set, then deep links can be made', () => {
    expect(loadConfig({ TEAMS_APP_ID: 'teams-app' }).desk.teamsAppId).toBe('teams-app');
    expect(loadConfig({}).desk.teamsAppId).toBeUndefined();
  });
});
