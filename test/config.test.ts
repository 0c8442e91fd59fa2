import { describe, expect, it } from 'vitest';
import { loadConfig, readStartConfig } from '../src/config.js';
import { BoundaryError } from '../src/errors.js';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(BoundaryError);
    expect((err as BoundaryError).code).toBe('config_invalid');
    return (err as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('when the environment is empty, then the embedded defaults run in local mode on loopback', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      bot: { mode: 'local' },
      policyFile: 'policies/example-social-media-policy.md',
      dataDir: '.data',
      safeguardingLeads: [],
      safeguardingTeamMembersAreLeads: false,
      alertsShowNames: false,
      alertReminderMinutes: 15,
      alertSecondReminderMinutes: 60,
      logLevel: 'info',
      maxBodyBytes: 262_144,
      recentAnswersDays: 30,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('when credentials are complete, then authenticated SingleTenant mode binds to all interfaces by default', () => {
    const config = loadConfig({ BOT_ID: 'app-id', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' });
    expect(config.bot).toEqual({
      mode: 'authenticated',
      appId: 'app-id',
      password: 'secret',
      tenantId: 'tenant',
      appType: 'SingleTenant',
    });
    expect(config.host).toBe('0.0.0.0');
  });

  it('when BOT_TYPE is UserAssignedMSI, then no password is needed', () => {
    const config = loadConfig({ BOT_ID: 'app-id', BOT_TENANT_ID: 'tenant', BOT_TYPE: 'UserAssignedMSI' });
    expect(config.bot).toMatchObject({ mode: 'authenticated', appType: 'UserAssignedMSI' });
  });

  it('when several settings are wrong at once, then one error names every one of them', () => {
    const message = problemsOf({
      PORT: 'eighty',
      ALERTS_SHOW_NAMES: 'yes',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://x',
      MAX_BODY_BYTES: '12',
    });
    expect(message).toContain('PORT');
    expect(message).toContain('ALERTS_SHOW_NAMES');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('MAX_BODY_BYTES');
    expect(message).toContain('5 settings to fix');
  });

  it('when only BOT_ID is set, then the missing password and tenant are both named', () => {
    const message = problemsOf({ BOT_ID: 'app-id' });
    expect(message).toContain('BOT_PASSWORD is required');
    expect(message).toContain('BOT_TENANT_ID is required');
  });

  it('when local mode is asked to bind to 0.0.0.0, then it is refused unless ALLOW_UNAUTHENTICATED_REMOTE=true', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toContain('ALLOW_UNAUTHENTICATED_REMOTE');
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_REMOTE: 'true' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('when booleans are given as 1/0 or any case of true/false, then they parse; anything else is refused', () => {
    expect(loadConfig({ ALERTS_SHOW_NAMES: '1' }).alertsShowNames).toBe(true);
    expect(loadConfig({ ALERTS_SHOW_NAMES: 'FALSE' }).alertsShowNames).toBe(false);
    expect(problemsOf({ SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS: 'on' })).toContain('SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS');
  });

  it('when SAFEGUARDING_LEADS lists ids and UPNs with spaces, then they are trimmed and lower-cased', () => {
    const config = loadConfig({ SAFEGUARDING_LEADS: ' Sam.Lead@School.example , aaaa-1111 ,,' });
    expect(config.safeguardingLeads).toEqual(['sam.lead@school.example', 'aaaa-1111']);
  });

  it('when FEEDBACK_DAYS is set, then feedback is kept that many days, 1 to 3650; by default a year', () => {
    expect(loadConfig({}).feedbackDays).toBe(365);
    expect(loadConfig({ FEEDBACK_DAYS: '90' }).feedbackDays).toBe(90);
    expect(problemsOf({ FEEDBACK_DAYS: '0' })).toContain('FEEDBACK_DAYS');
    expect(problemsOf({ FEEDBACK_DAYS: '4000' })).toContain('FEEDBACK_DAYS');
  });

  it('when RECENT_ANSWERS_DAYS is set, then answers are kept that many days, 1 to 365', () => {
    expect(loadConfig({ RECENT_ANSWERS_DAYS: '7' }).recentAnswersDays).toBe(7);
    expect(problemsOf({ RECENT_ANSWERS_DAYS: '0' })).toContain('RECENT_ANSWERS_DAYS');
    expect(problemsOf({ RECENT_ANSWERS_DAYS: '400' })).toContain('RECENT_ANSWERS_DAYS');
  });

  it('when the second reminder is not after the first, then the refusal says which value would do', () => {
    expect(problemsOf({ ALERT_REMINDER_MINUTES: '30', ALERT_SECOND_REMINDER_MINUTES: '30' })).toContain(
      'ALERT_SECOND_REMINDER_MINUTES (30) must be greater than ALERT_REMINDER_MINUTES (30): set it above 30, ' +
        'or leave it unset for 60',
    );
  });

  it.each([
    { first: undefined, second: undefined, expected: [15, 60] },
    { first: '30', second: undefined, expected: [30, 60] },
    { first: '60', second: undefined, expected: [60, 120] },
    { first: '90', second: undefined, expected: [90, 180] },
    { first: '60', second: '75', expected: [60, 75] },
    { first: '1440', second: undefined, expected: [1440, 2880] },
  ])(
    'when ALERT_REMINDER_MINUTES=$first and the second is $second, then the reminders are $expected',
    ({ first, second, expected }) => {
      const config = loadConfig({
        ...(first ? { ALERT_REMINDER_MINUTES: first } : {}),
        ...(second ? { ALERT_SECOND_REMINDER_MINUTES: second } : {}),
      });
      expect([config.alertReminderMinutes, config.alertSecondReminderMinutes]).toEqual(expected);
    },
  );
});

describe('readStartConfig', () => {
  it('when some settings are wrong, then it lists them and keeps the ones that parsed, for the rest of the checks', () => {
    const read = readStartConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', POLICY_FILE: 'mine.md', HOST: '127.0.0.1' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(2);
    expect(read.settings).toEqual({ host: '127.0.0.1', policyFile: 'mine.md', dataDir: '.data' });
  });

  it('when DATABASE_URL is not a postgres URL, then neither the database nor the SQLite folder is checked', () => {
    const read = readStartConfig({ DATABASE_URL: 'mysql://x' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.settings.databaseUrl).toBeUndefined();
    expect(read.settings.dataDir).toBeUndefined();
  });

  it('when all is well, then it gives the config', () => {
    expect(readStartConfig({}).ok).toBe(true);
  });
});
