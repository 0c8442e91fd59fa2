/**
 * Where the time goes in a V8 CPU profile (`node --cpu-prof`, as `npm run bench -- --profile` writes
 * to bench/profiles/): self time grouped by package or source file, and inclusive time of the
 * project's own functions, so a missed target points at a cause.
 *
 *   node --import tsx bench/profile-summary.ts bench/profiles/<file>.cpuprofile [more files] [--top 25]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface ProfileSummary {
  /** Samples when the process was busy; idle samples are left out of every share below. */
  totalSamples: number;
  idleSamples: number;
  /** Share of samples (0..1) by bucket: a package name, a project file, "(idle)", "(gc)", "node internals". */
  selfByBucket: [string, number][];
  /** Share of samples (0..1) by function (bucket: name), the hottest leaves. */
  selfByFunction: [string, number][];
  /** Share of samples (0..1) with a project function (src/ or bench/) on the stack, by function. */
  inclusiveOwn: [string, number][];
}

function bucketOf(url: string, functionName: string): string {
  if (url === '') {
    if (functionName === '(garbage collector)') return '(gc)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program)';
    return `(native ${functionName || 'anonymous'})`;
  }
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(src|bench|dist)\/.+$/.exec(url);
  return own ? own[0].slice(1) : url;
}

function ownFrame(node: ProfileNode): string | undefined {
  const { url, functionName } = node.callFrame;
  if (url.includes('node_modules/')) return undefined;
  const own = /\/(src|bench|dist)\/.+$/.exec(url);
  // Line numbers are left out: under tsx they are those of the transpiled module, not the source.
  return own ? `${own[0].slice(1)} ${functionName || '(anonymous)'}` : undefined;
}

export function summarise(profiles: readonly CpuProfile[]): ProfileSummary {
  const self = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const n of profile.nodes) {
      const hits = n.hitCount ?? 0;
      if (hits === 0) continue;
      if (n.callFrame.functionName === '(idle)' && n.callFrame.url === '') {
        idle += hits;
        continue;
      }
      total += hits;
      const bucket = bucketOf(n.callFrame.url, n.callFrame.functionName);
      self.set(bucket, (self.get(bucket) ?? 0) + hits);
      const fn = `${bucket}: ${n.callFrame.functionName || '(anonymous)'}`;
      selfFn.set(fn, (selfFn.get(fn) ?? 0) + hits);
      // Count each own function once per stack, however deep the recursion.
      const seen = new Set<string>();
      for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
        const frame = byId.get(id);
        const name = frame ? ownFrame(frame) : undefined;
        if (name && !seen.has(name)) {
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + hits);
        }
      }
    }
  }
  const share = (m: Map<string, number>) =>
    [...m.entries()].map(([k, v]) => [k, total > 0 ? v / total : 0] as [string, number]).sort((a, b) => b[1] - a[1]);
  return {
    totalSamples: total,
    idleSamples: idle,
    selfByBucket: share(self),
    selfByFunction: share(selfFn),
    inclusiveOwn: share(inclusive),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 25;
  const files = argv.filter((a, i) => a !== '--top' && i !== topAt + 1 && a.endsWith('.cpuprofile'));
  if (files.length === 0) {
    process.stderr.write('usage: bench/profile-summary.ts FILE.cpuprofile [...] [--top N]\n');
    process.exit(2);
  }
  const summary = summarise(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile));
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  process.stdout.write(
    `${summary.totalSamples} busy samples (${summary.idleSamples} idle left out) from ${files.length} profile(s)\n\nself time by package / file:\n`,
  );
  for (const [k, v] of summary.selfByBucket.slice(0, top)) process.stdout.write(`  ${pct(v)}  ${k}\n`);
  process.stdout.write('\nself time by function:\n');
  for (const [k, v] of summary.selfByFunction.slice(0, top)) process.stdout.write(`  ${pct(v)}  ${k}\n`);
  process.stdout.write('\ninclusive time of project functions:\n');
  for (const [k, v] of summary.inclusiveOwn.slice(0, top)) process.stdout.write(`  ${pct(v)}  ${k}\n`);
}
