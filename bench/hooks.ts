/**
 * What the two hooks into third-party internals buy (issue 18): start-up time and resident memory of the real
 * server, as `npm start` runs it (node dist/main.js with its heap flags, SQLite, the example policy), with
 * src/defer-unused-modules.ts and without it. Runs alternate, so load from anything else on the machine falls on
 * both sides alike; medians are printed.
 *
 *   npx tsx bench/hooks.ts [runs]     (default 7 each)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, spawnBot, startNodeFlags } from './spawn.js';

const REPO = resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 7);

const { buildDist } = (await import(join(REPO, 'scripts/build-dist.mjs'))) as { buildDist: () => Promise<void> };
await buildDist();
const main = join(REPO, 'dist/main.js');
const withoutDeferral = join(REPO, 'dist/main-without-deferral.js');
const source = readFileSync(main, 'utf8');
if (!source.includes('./defer-unused-modules.js')) throw new Error('dist/main.js no longer imports the deferral');
writeFileSync(withoutDeferral, source.replace(/^import "\.\/defer-unused-modules\.js";\n/m, ''));

async function once(script: string): Promise<{ startupMs: number; rssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'boundary-hooks-'));
  const port = await freePort();
  const bot = await spawnBot({
    script,
    cwd: REPO,
    nodeArgs: startNodeFlags(REPO),
    port,
    logFile: join(dir, 'server.log'),
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' },
  });
  // Resident memory once start-up's garbage has settled.
  await new Promise((r) => setTimeout(r, 1500));
  const result = { startupMs: bot.startupMs, rssMb: bot.rssMb() };
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const sides = {
  with: [] as { startupMs: number; rssMb: number }[],
  without: [] as { startupMs: number; rssMb: number }[],
};
try {
  for (let i = 0; i < runs; i++) {
    sides.with.push(await once(main));
    sides.without.push(await once(withoutDeferral));
  }
} finally {
  rmSync(withoutDeferral, { force: true });
}
for (const [name, xs] of Object.entries(sides)) {
  console.log(
    `${name.padEnd(8)} deferral: start-up ${Math.round(median(xs.map((x) => x.startupMs)))} ms, RSS ${median(xs.map((x) => x.rssMb)).toFixed(1)} MB (median of ${xs.length})`,
  );
}
