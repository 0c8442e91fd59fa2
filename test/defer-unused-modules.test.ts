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

describe('modules the stack loads but Boundary never uses', () => {
  it('when teams-ai is imported after the deferral, then gpt-tokenizer is not loaded until something tokenizes, and then it works', async () => {
    const out = await inFreshNode(`
      const { createRequire } = await import('node:module');
      const { deferUnusedModules } = await import('./src/defer-unused-modules.ts');
      const r = createRequire(import.meta.url);
      const ai = await import('@microsoft/teams-ai');
      const fromTeamsAi = createRequire(r.resolve('@microsoft/teams-ai'));
      const path = fromTeamsAi.resolve('gpt-tokenizer');
      const standIns = [path, fromTeamsAi.resolve('gpt-tokenizer/cjs/model/text-davinci-003')];
      const standIn = !!r.cache[path];
      const loaded = () => Object.keys(r.cache).some((k) => k.includes('gpt-tokenizer') && !standIns.includes(k));
      const loadedBefore = loaded();
      const tokenizer = new ai.GPTTokenizer();
      const tokens = tokenizer.encode('hello world');
      const loadedAfter = loaded();
      const gpt3 = new ai.GPT3Tokenizer().encode('hello world');
      console.log(JSON.stringify({
        again: deferUnusedModules(),
        standIn,
        gpt3,
        loadedBefore,
        loadedAfter,
        tokens,
        text: tokenizer.decode(tokens),
      }));
    `);
    expect(out).toEqual({
      again: [],
      standIn: true,
      gpt3: [31373, 995],
      loadedBefore: false,
      loadedAfter: true,
      tokens: [15339, 1917],
      text: 'hello world',
    });
  });

  it('when gpt-tokenizer was already loaded, then nothing is replaced', async () => {
    const out = await inFreshNode(`
      const { createRequire } = await import('node:module');
      const r = createRequire(import.meta.url);
      const teamsAi = r.resolve('@microsoft/teams-ai');
      const real = createRequire(teamsAi)('gpt-tokenizer');
      const { deferUnusedModules } = await import('./src/defer-unused-modules.ts');
      console.log(JSON.stringify({ again: deferUnusedModules(), same: createRequire(teamsAi)('gpt-tokenizer') === real }));
    `);
    expect(out).toEqual({ again: [], same: true });
  });
});
