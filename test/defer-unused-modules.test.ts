import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs a fresh Node (so nothing is loaded yet) with tsx, and returns what the script printed as JSON. */
async function inFreshNode(script: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: process.cwd(),
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

/** Script prelude: defers, then `standingIn(d)` says whether a deferral's stand-in still answers for it (not loaded). */
const PRELUDE = `
  const { createRequire } = await import('node:module');
  const { types } = await import('node:util');
  const { DEFERRED, deferUnusedModules } = await import('./src/defer-unused-modules.ts');
  const r = createRequire(import.meta.url);
  const pathOf = (d) => createRequire(r.resolve(d.from)).resolve(d.name);
  const standingIn = (d) => types.isProxy(r.cache[pathOf(d)]?.exports);
`;

describe('modules the stack loads but Boundary never uses', () => {
  it('when the stack is imported after the deferral, then none of the deferred modules is loaded', async () => {
    const out = await inFreshNode(`${PRELUDE}
      await import('@microsoft/teams-ai');
      await import('botbuilder');
      await import('botbuilder-dialogs');
      await import('botframework-connector');
      await import('restify');
      const loaded = DEFERRED.filter((d) => !standingIn(d)).map((d) => d.name);
      console.log(JSON.stringify({ deferred: DEFERRED.length, loaded, again: deferUnusedModules() }));
    `);
    expect(out).toEqual({ deferred: 14, loaded: [], again: [] });
  });

  it('when the stack is imported without the deferral, then it loads every module deferred (one it no longer loads can leave the list)', async () => {
    // The stack first: the deferral then finds the modules it loaded in the cache and leaves those alone, so a
    // stand-in left in place is a module the stack no longer loads at import.
    const out = await inFreshNode(`
      const { createRequire } = await import('node:module');
      const { types } = await import('node:util');
      const r = createRequire(import.meta.url);
      await import('@microsoft/teams-ai');
      await import('botbuilder');
      await import('botbuilder-dialogs');
      await import('botframework-connector');
      await import('restify');
      const { DEFERRED } = await import('./src/defer-unused-modules.ts');
      const notLoaded = DEFERRED.filter((d) => {
        const entry = r.cache[createRequire(r.resolve(d.from)).resolve(d.name)];
        return !entry || types.isProxy(entry.exports);
      }).map((d) => d.name);
      console.log(JSON.stringify({ notLoaded }));
    `);
    expect(out).toEqual({ notLoaded: [] });
  });

  it('when teams-ai tokenizes, then gpt-tokenizer loads then and works', async () => {
    const out = await inFreshNode(`${PRELUDE}
      const ai = await import('@microsoft/teams-ai');
      const tokenizer = new ai.GPTTokenizer();
      const tokens = tokenizer.encode('hello world');
      console.log(JSON.stringify({ tokens, text: tokenizer.decode(tokens), gpt3: new ai.GPT3Tokenizer().encode('hello world') }));
    `);
    expect(out).toEqual({ tokens: [15339, 1917], text: 'hello world', gpt3: [31373, 995] });
  });

  it('when a stand-in is asked what only the real module knows, then each answers as the real module would', async () => {
    // __esModule and typeof are answered without loading; the test loads each real module (in this child only)
    // and compares, so an upgrade that changes them fails here rather than in production.
    const out = await inFreshNode(`${PRELUDE}
      const wrong = [];
      for (const d of DEFERRED) {
        const stand = r.cache[pathOf(d)].exports;
        const claimedEsModule = d.esModule;
        const claimedType = typeof stand;
        if (!standingIn(d)) { wrong.push(d.name + ': loaded before anything used it'); continue; }
        Reflect.ownKeys(stand); // any question the stand-in cannot answer loads the real module in its place
        const real = r.cache[pathOf(d)].exports;
        if (standingIn(d)) { wrong.push(d.name + ': stand-in still in place after use'); continue; }
        if (claimedEsModule !== undefined && claimedEsModule !== !!real.__esModule) wrong.push(d.name + ': __esModule');
        if (claimedType !== typeof real) wrong.push(d.name + ': typeof ' + claimedType + ' vs ' + typeof real);
      }
      console.log(JSON.stringify({ wrong }));
    `);
    expect(out).toEqual({ wrong: [] });
  });

  it('when botbuilder-dialogs reads the culture list at import, then it gets the same values the recognizers suite has, and a number prompt still recognises', async () => {
    const out = await inFreshNode(`${PRELUDE}
      const dialogs = await import('botbuilder-dialogs');
      const models = dialogs.PromptCultureModels.getSupportedCultures().map((c) => c.locale);
      const suiteLoadedAtImport = !standingIn(DEFERRED.find((d) => d.name === '@microsoft/recognizers-text-suite'));
      const realSuite = createRequire(r.resolve('botbuilder-dialogs'))('@microsoft/recognizers-text-suite');
      const fromSuite = ['Chinese', 'Dutch', 'English', 'French', 'German', 'Italian', 'Japanese', 'Portuguese', 'Spanish']
        .map((k) => realSuite.Culture[k]);
      const numberModule = createRequire(r.resolve('botbuilder-dialogs'))('@microsoft/recognizers-text-number');
      const found = numberModule.recognizeNumber('I have twenty three', 'en-us')[0]?.resolution?.value;
      console.log(JSON.stringify({ suiteLoadedAtImport, same: JSON.stringify(models) === JSON.stringify(fromSuite), found }));
    `);
    expect(out).toEqual({ suiteLoadedAtImport: false, same: true, found: '23' });
  });

  it('when the stack calls a deferred module that is a function, then the call reaches the real one', async () => {
    const out = await inFreshNode(`${PRELUDE}
      const axios = createRequire(r.resolve('@microsoft/teams-ai'))('axios');
      const client = axios.create({ baseURL: 'http://127.0.0.1:9' });
      console.log(JSON.stringify({ callable: typeof axios, created: typeof client.get, defaults: client.defaults.baseURL }));
    `);
    expect(out).toEqual({ callable: 'function', created: 'function', defaults: 'http://127.0.0.1:9' });
  });

  it('when a bot with a password asks for a token, then MSAL loads then and makes the request', async () => {
    // The login endpoint is a closed loopback port: MSAL, loaded on first use, cannot resolve its endpoints, quickly.
    const out = await inFreshNode(`${PRELUDE}
      const connector = await import('botframework-connector');
      const msal = DEFERRED.find((d) => d.name === '@azure/msal-node');
      const app = '11111111-1111-1111-1111-111111111111';
      const tenant = '22222222-2222-2222-2222-222222222222';
      const factory = new connector.PasswordServiceClientCredentialFactory(app, 'secret', tenant);
      const credentials = await factory.createCredentials(app, 'https://api.botframework.com', 'https://127.0.0.1:9/' + tenant, true);
      const before = standingIn(msal);
      const error = await credentials.getToken(true).then(() => 'no error', (e) => String(e.message ?? e));
      console.log(JSON.stringify({ before, after: standingIn(msal), error: error.split(':')[0] }));
    `);
    expect(out).toEqual({ before: true, after: false, error: 'endpoints_resolution_error' });
  });

  it('when a module was already loaded, then nothing is replaced', async () => {
    const out = await inFreshNode(`
      const { createRequire } = await import('node:module');
      const r = createRequire(import.meta.url);
      const teamsAi = r.resolve('@microsoft/teams-ai');
      const real = createRequire(teamsAi)('gpt-tokenizer');
      const { deferUnusedModules } = await import('./src/defer-unused-modules.ts');
      const again = deferUnusedModules();
      console.log(JSON.stringify({ tokenizerDeferred: again.includes('gpt-tokenizer'), same: createRequire(teamsAi)('gpt-tokenizer') === real }));
    `);
    expect(out).toEqual({ tokenizerDeferred: false, same: true });
  });
});
