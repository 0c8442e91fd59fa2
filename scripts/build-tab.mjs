/**
 * Builds the safeguarding desk (web/desk, React + Fluent UI + TeamsJS) into dist/tab/: one minified bundle and
 * its index.html, everything from node_modules, nothing from a CDN (schools run Boundary offline and behind
 * filters). Called by build-dist.mjs, so `npm start` builds it; skipped when nothing in web/desk changed.
 *
 *   node scripts/build-tab.mjs            build if web/desk changed
 *   node scripts/build-tab.mjs --force    build regardless
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(repo, 'web', 'desk');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds web/desk into outdir (default dist/tab) when its sources are newer than the last build; returns whether it built. */
export async function buildTab({ force = false, outdir = join(repo, 'dist', 'tab') } = {}) {
  const stamp = join(outdir, '.built');
  // The desk shows the record's words from src/reports/incident.ts, so that file counts as a source too.
  const sources = Math.max(newest(web), statSync(join(repo, 'src', 'reports', 'incident.ts')).mtimeMs);
  if (!force && existsSync(stamp) && sources <= statSync(stamp).mtimeMs) return false;
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: repo,
    entryPoints: [join(web, 'src', 'main.tsx')],
    outdir,
    entryNames: 'desk',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(join(web, 'index.html'), join(outdir, 'index.html'));
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  const bytes = result.metafile.outputs[relative(repo, join(outdir, 'desk.js'))]?.bytes ?? 0;
  process.stderr.write(
    `built the desk into ${relative(repo, outdir)}/ (${Math.round(bytes / 1024)} KB) in ${Date.now() - started} ms\n`,
  );
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildTab({ force: process.argv.includes('--force') });
}
