import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startNodeFlags } from '../../bench/spawn.js';

describe("npm start's Node flags, as the bench and the resilience suite read them", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const repoWithStart = (start: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'start-flags-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start } }));
    return dir;
  };

  it("when this project's start script is read, then its heap sizes come back and nothing else", () => {
    const flags = startNodeFlags(resolve(import.meta.dirname, '..', '..'));
    expect(flags).toContain('--max-old-space-size=256');
    expect(flags.every((f) => f.startsWith('--'))).toBe(true);
  });

  it('when the start script has no flags, then there are none', () => {
    expect(startNodeFlags(repoWithStart('node dist/main.js'))).toEqual([]);
  });

  it('when the start script is not "node [flags] dist/main.js", then it says so rather than guessing', () => {
    expect(() => startNodeFlags(repoWithStart('tsx src/main.ts'))).toThrow(/not "node \[flags\] dist\/main.js"/);
  });
});
