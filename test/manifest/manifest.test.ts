import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as ajvDraft04 from 'ajv-draft-04';
import * as ajvFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/teams/commands.js';
import { FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { startBot } from '../support/bot.js';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// Both packages are CommonJS with a `default` export; under NodeNext the default import is the module object.
const Ajv = ajvDraft04.default.default ?? ajvDraft04.default;
const addFormats = ajvFormats.default.default ?? ajvFormats.default;

/** Sample values for the Toolkit's ${{VAR}} placeholders, as `teamsapp` substitutes them from env/.env.<name>. */
const SAMPLE_ENV: Record<string, string> = {
  TEAMS_APP_ID: '7c1b5f1e-3f2a-4b8e-9d4c-2a1e0f9b8c7d',
  BOT_ID: '0a6f4e2d-1c3b-4a59-8e7d-6c5b4a392817',
  BOT_DOMAIN: 'boundary-school.azurewebsites.net',
  APP_NAME_SUFFIX: '-dev',
  APP_WEBSITE_URL: 'https://www.example-school.sch.uk',
  APP_PRIVACY_URL: 'https://www.example-school.sch.uk/privacy',
  APP_TERMS_URL: 'https://www.example-school.sch.uk/terms',
};

function substitute(text: string, env: Record<string, string>): string {
  return text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_m, name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`manifest uses \${{${name}}} but the test has no sample value for it`);
    return value;
  });
}

interface Manifest {
  manifestVersion: string;
  accentColor: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
}

function loadManifest(): { raw: string; manifest: Manifest } {
  const raw = readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8');
  return { raw, manifest: JSON.parse(substitute(raw, SAMPLE_ENV)) as Manifest };
}

describe('manifest/manifest.json', () => {
  it('when placeholders are filled in, then it is valid against the official schema for the version it declares', () => {
    const { manifest } = loadManifest();
    const schemaPath = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('when validated without its placeholders filled, then a missing sample value is reported rather than skipped', () => {
    const { raw } = loadManifest();
    expect(() => substitute(raw, {})).toThrow(/TEAMS_APP_ID/);
  });

  it('when the bot is declared, then it offers personal, team and group chat scopes', () => {
    const { manifest } = loadManifest();
    expect(manifest.bots[0]?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0]?.botId).toBe(SAMPLE_ENV.BOT_ID);
  });

  it('when commands are listed, then each is one the bot routes, in the scopes it routes it', () => {
    const { manifest } = loadManifest();
    const routed = new Map(COMMANDS.map((c) => [c.name, c]));
    const listed = manifest.bots.flatMap((b) => b.commandLists.flatMap((l) => l.commands.map((c) => [c.title, l])));
    expect(listed.length).toBeGreaterThan(0);
    for (const [title, list] of listed as [string, { scopes: string[] }][]) {
      const command = routed.get(title);
      expect(command, `manifest lists "${title}" but src/teams/commands.ts does not list it`).toBeDefined();
      for (const scope of list.scopes) expect(command?.scopes).toContain(scope);
    }
  });

  it('when each listed command is typed, then the bot handles it as that command and not as a question', async () => {
    const { manifest } = loadManifest();
    const titles = manifest.bots.flatMap((b) => b.commandLists.flatMap((l) => l.commands.map((c) => c.title)));
    const questions = new FixedAnswerService();
    const bot = await startBot({ questions });
    try {
      for (const title of new Set(titles)) {
        const res = await bot.client.send(bot.client.personalMessage(title));
        expect(res.status).toBe(200);
      }
      // Opening a report form asks the policy a standard question for its review step; a typed title never is.
      expect(questions.questions.filter((q) => titles.includes(q))).toEqual([]);
    } finally {
      await bot.dispose();
    }
  });
});

describe('manifest icons', () => {
  it('when color.png is read, then it is 192x192', () => {
    const png = PNG.sync.read(readFileSync(join(root, 'manifest', 'color.png')));
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it('when outline.png is read, then it is 32x32, white on a transparent background', () => {
    const png = PNG.sync.read(readFileSync(join(root, 'manifest', 'outline.png')));
    expect([png.width, png.height]).toEqual([32, 32]);
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 0) {
        transparent++;
        continue;
      }
      drawn++;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(drawn).toBeGreaterThan(32);
    // The corners are background.
    expect(png.data[3]).toBe(0);
  });
});
