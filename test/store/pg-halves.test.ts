import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_SERVICE_SUITES } from '../../vitest.pg.config.js';
import { SLOW_SUITES } from '../../vitest.slow.config.js';

/** Every test file under test/, as a path from the project root. */
function testFiles(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? testFiles(join(dir, e.name))
      : e.name.endsWith('.test.ts')
        ? [relative('.', join(dir, e.name))]
        : [],
  );
}

describe('every suite on both databases', () => {
  it('when a suite runs per database outside the store suites, then its PostgreSQL half has a command', () => {
    const service = testFiles().filter((f) => {
      const text = readFileSync(f, 'utf8');
      const perDatabase = /forEachDatabase\(|postgresHalfRuns\(/.test(text);
      return perDatabase && !/\},\s*'store',?\s*\)/.test(text);
    });
    expect(service.length).toBeGreaterThan(5);
    const covered = new Set([...PG_SERVICE_SUITES, ...SLOW_SUITES]);
    expect(service.filter((f) => !covered.has(f))).toEqual([]);
  });
});
