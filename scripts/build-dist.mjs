/**
 * `npm start` runs compiled JavaScript (node dist/main.js), not tsx: tsx's loader thread costs about 48 MB of
 * resident memory and most of a second of start-up (bench/results.md). This turns src/**\/*.ts into dist/ file by
 * file with esbuild, which tsx already brings (so it works on an install without dev dependencies), in well
 * under a second, and only when a source file is newer than the last build. Types are checked by
 * `npm run typecheck` / `npm test`, not here; `npm run build` is the type-checked tsc build to the same place.
 *
 *   node scripts/build-dist.mjs            build src/ into dist/ (and web/desk into dist/tab/) if it changed
 *   node scripts/build-dist.mjs --force    build regardless
 *
 * Exported for the benchmark, which builds its echo bot the same way: transpile(entries, { root, outdir }).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// esbuild as tsx resolves it, whether npm hoisted it or nested it under tsx.
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild');

function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Transpiles each file (no bundling: imports stay as written, `.js` suffixes and all) from root into outdir. */
export async function transpile(entryPoints, { root, outdir }) {
  await esbuild.build({
    entryPoints,
    outbase: root,
    outdir,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

/** Builds src/ into dist/ when a source file is newer than the last build's stamp; returns whether it built. */
export async function buildDist({ force = false } = {}) {
  const src = join(repo, 'src');
  const outdir = join(repo, 'dist');
  const stamp = join(outdir, '.built');
  const files = tsFiles(src);
  if (!force && existsSync(stamp)) {
    const built = statSync(stamp).mtimeMs;
    if (files.every((f) => statSync(f).mtimeMs <= built)) return false;
  }
  mkdirSync(outdir, { recursive: true });
  const started = Date.now();
  await transpile(files, { root: src, outdir });
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  process.stderr.write(`built ${files.length} files from ${relative(repo, src)}/ into ${relative(repo, outdir)}/\n`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildDist({ force: process.argv.includes('--force') });
  // The safeguarding desk (GET /tab/) is served from dist/tab by the same server, so it is built with it.
  const { buildTab } = await import('./build-tab.mjs');
  await buildTab({ force: process.argv.includes('--force') });
}
