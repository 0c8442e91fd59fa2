/**
 * `npm run bench`: measures Boundary on this machine against the stack it runs on and writes
 * bench/results.json and bench/results.md.
 *
 *   npm run bench                 several runs of everything, medians (a few minutes)
 *   npm run bench -- --quick      one short run of everything, a smoke check of the harness
 *   npm run bench -- --runs 5     more runs
 *   npm run bench -- --profile    also write CPU profiles of each bot process (bench/profiles/<bot>-r<run>/)
 *   npm run bench -- --questions FILE.jsonl [--policy FILE]   ask these instead of the default set
 *   npm run bench -- --only e2e,policy,reports               a subset of the suites
 *   npm run bench -- --out DIR    write results.json/.md there instead of bench/ (e.g. for a dry run)
 *   npm run bench -- --render     measure nothing: write results.md again from results.json (after editing findings.md)
 *   npm run bench -- --runtime tsx       run both bots through tsx instead of compiled JavaScript
 *   npm run bench -- --max-old-space 160 give both bots --max-old-space-size=160 (MB) instead of npm start's
 *
 * Both bots run the way `npm start` runs Boundary: compiled JavaScript (scripts/build-dist.mjs builds src/ into
 * dist/, and the echo bot into dist/bench/ the same way) with the Node flags of package.json's `start` script
 * (its heap sizes), so the comparison is like for like and the memory measured is what a deployment sees.
 *
 * Benchmarks, not tests: nothing here fails on a figure; a missed target is reported as "miss".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { errorMessage } from '../src/errors.js';
import { loadPolicyFile } from '../src/policy/index.js';
import { answerMessage } from '../src/teams/answer-card.js';
import { startConnectorFeed } from './connector-feed.js';
import { measurePolicyEngine, type PolicySuite } from './policy-suite.js';
import {
  type BotRun,
  type BotUnderTest,
  chooseQuestionSet,
  type LevelResult,
  type LoadSettings,
  measureBot,
} from './questions-e2e.js';
import { measureReports, type ReportSuite, type Timing } from './report-suite.js';
import { renderMarkdown } from './results-md.js';
import { startNodeFlags } from './spawn.js';
import { median } from './stats.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  quick: boolean;
  runs: number;
  profile: boolean;
  only: Set<string>;
  questions?: string;
  policy?: string;
  out: string;
  runtime: 'js' | 'tsx';
  maxOldSpaceMb?: number;
  render: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    quick: false,
    runs: 3,
    profile: false,
    only: new Set(['e2e', 'policy', 'reports']),
    out: join(repo, 'bench'),
    runtime: 'js',
    render: false,
  };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') args.quick = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--render') args.render = true;
    else if (arg === '--runs') {
      args.runs = Number(value());
      runsGiven = true;
      if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs needs a whole number of at least 1');
    } else if (arg === '--only') args.only = new Set(value().split(','));
    else if (arg === '--questions') args.questions = resolve(value());
    else if (arg === '--policy') args.policy = resolve(value());
    else if (arg === '--out') args.out = resolve(value());
    else if (arg === '--runtime') {
      const v = value();
      if (v !== 'js' && v !== 'tsx') throw new Error('--runtime is js or tsx');
      args.runtime = v;
    } else if (arg === '--max-old-space') {
      args.maxOldSpaceMb = Number(value());
      if (!Number.isInteger(args.maxOldSpaceMb) || args.maxOldSpaceMb < 16) throw new Error('--max-old-space needs MB');
    } else throw new Error(`unknown argument ${arg} (see the top of bench/run.ts)`);
  }
  if (args.quick && !runsGiven) args.runs = 1;
  return args;
}

function git(...cmd: string[]): string {
  try {
    return execFileSync('git', cmd, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export interface Meta {
  date: string;
  node: string;
  platform: string;
  cores: number;
  cpuModel: string;
  totalMemGb: number;
  loadAverageAtStart: number[];
  commit: string;
  /** Tracked files changed since the commit (other people's work in progress counts too). */
  workingTreeDirty: boolean;
  mode: 'full' | 'quick';
  runs: number;
  /** How both bots ran: compiled JavaScript (what npm start runs) or through tsx. */
  runtime: 'js' | 'tsx';
  /** --max-old-space-size given to both bots instead of npm start's, if any. */
  maxOldSpaceMb?: number;
  /** The Node flags both bots ran with: those of package.json's `start` script (after --max-old-space). */
  nodeFlags: string[];
  durationS?: number;
}

export interface E2eSummary {
  questionSource: string;
  policyFile: string;
  settings: Omit<LoadSettings, 'warmupRequests'> & { warmupRequests: string };
  runs: { echo?: BotRun; cardEcho?: BotRun; boundary?: BotRun; boundaryError?: string }[];
  /** The card echo's fixed reply: one of Boundary's own answer activities, the median size over the question set. */
  cardReply?: { bytes: number; question: string };
  /** Per concurrency: medians over the runs. */
  levels: {
    concurrency: number;
    echo: LevelMedians;
    boundary?: LevelMedians;
    /** Median over runs of (Boundary throughput / echo throughput in the same run). */
    throughputRatio?: number;
    /** Median over runs of (echo CPU per turn / Boundary CPU per turn): the throughput ratio if CPU were the limit. */
    cpuRatio?: number;
    /** The card echo (same stack, replying with a fixed answer card of Boundary's size): not a target, a diagnosis. */
    cardEcho?: LevelMedians;
    /** Median over runs of (Boundary throughput / card echo throughput in the same run). */
    cardRatio?: number;
    /** Median over runs of (card echo CPU per turn / Boundary CPU per turn). */
    cardCpuRatio?: number;
  }[];
  startupMs: { echo: number; boundary?: number };
  rssMb: {
    echo: { afterStart: number; afterLoad: number; peak: number };
    boundary?: { afterStart: number; afterLoad: number; peak: number };
  };
  boundaryNotMeasured?: string;
}

export interface LevelMedians {
  throughput: number;
  /** The bot process's CPU time per turn (warm-up included), ms. */
  cpuMsPerTurn: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  answered: number;
  failed: number;
  replyKinds: Record<string, number>;
  errors: string[];
}

export interface Target {
  name: string;
  target: string;
  value: string;
  result: 'pass' | 'miss' | 'not measured';
}

export interface Results {
  meta: Meta;
  e2e?: E2eSummary | { notMeasured: string };
  policy?: PolicySuite;
  reports?: ReportSuite;
  targets: Target[];
  notes: string[];
}

function summariseLevels(runs: BotRun[], concurrency: number): LevelMedians {
  const at = runs.map((r) => r.levels.find((l) => l.concurrency === concurrency)).filter((l) => l !== undefined);
  const kinds: Record<string, number> = {};
  for (const level of at) for (const [k, n] of Object.entries(level.replyKinds)) kinds[k] = (kinds[k] ?? 0) + n;
  return {
    throughput: median(at.map((l) => l.throughput)),
    cpuMsPerTurn: median(at.map((l) => l.cpuMsPerTurn)),
    p50Ms: median(at.map((l) => l.p50Ms)),
    p95Ms: median(at.map((l) => l.p95Ms)),
    p99Ms: median(at.map((l) => l.p99Ms)),
    answered: at.reduce((s, l) => s + l.answered, 0),
    failed: at.reduce((s, l) => s + l.failed, 0),
    replyKinds: kinds,
    errors: [...new Set(at.flatMap((l) => l.errors))].slice(0, 5),
  };
}

async function measureQuestionsE2e(args: Args, workDir: string): Promise<E2eSummary | { notMeasured: string }> {
  const set = chooseQuestionSet(repo, args.questions ? { questions: args.questions, policy: args.policy } : undefined);
  const load: LoadSettings = args.quick
    ? { levels: [1, 16, 64], warmupRequests: (c) => c * 2, maxRequests: 300, maxMs: 1000, conversationsPerWorker: 20 }
    : {
        levels: [1, 16, 64],
        warmupRequests: (c) => Math.max(50, c * 4),
        maxRequests: 5000,
        maxMs: 4000,
        conversationsPerWorker: 20,
      };

  const connector = await startConnectorFeed();

  const scripts = await botScripts(args.runtime);
  const echo: BotUnderTest = {
    name: 'echo',
    script: scripts.echo,
    env: (port) => ({ ECHO_PORT: String(port) }),
  };
  const cardReply = set ? await writeCardReply(set.policyFile, set.questions, workDir) : undefined;
  const cardEcho: BotUnderTest | undefined = cardReply && {
    name: 'card-echo',
    script: scripts.echo,
    env: (port) => ({ ECHO_PORT: String(port), ECHO_REPLY_FILE: cardReply.file }),
  };
  const mainScript = scripts.boundary;
  let boundaryNotMeasured: string | undefined;
  if (!existsSync(join(repo, 'src/main.ts'))) boundaryNotMeasured = 'src/main.ts is not there yet';
  else if (!set) boundaryNotMeasured = 'no question file found (example questions or ../shared/eval)';
  const questions = set?.questions ?? ['hello'];

  const runs: E2eSummary['runs'] = [];
  const profileDir = join(repo, 'bench/profiles');
  if (args.profile) mkdirSync(profileDir, { recursive: true });
  try {
    for (let r = 0; r < args.runs; r++) {
      const dataDir = mkdtempSync(join(workDir, `boundary-data-${r}-`));
      const boundary: BotUnderTest = {
        name: 'boundary',
        script: mainScript,
        env: (port) => ({
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          POLICY_FILE: set?.policyFile,
          // Many staff each asking now and then is the realistic load; the driver already spreads
          // questions over 20 people per connection, and this lifts the per-person limit out of the way.
          RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000',
          // Local mode: no credentials, loopback only.
          BOT_ID: undefined,
          BOT_PASSWORD: undefined,
          DATABASE_URL: undefined,
          NODE_ENV: 'production',
        }),
      };
      const run: E2eSummary['runs'][number] = {};
      // Alternate which bot goes first so a noisy neighbour does not always land on the same one.
      const order = boundaryNotMeasured
        ? ['echo']
        : r % 2 === 0
          ? ['echo', 'card-echo', 'boundary']
          : ['boundary', 'card-echo', 'echo'];
      for (const which of order) {
        const bot = which === 'echo' ? echo : which === 'card-echo' ? cardEcho : boundary;
        if (!bot) continue;
        process.stderr.write(`  run ${r + 1}/${args.runs}: ${bot.name} ...`);
        try {
          const result = await measureBot({
            bot,
            feed: connector,
            questions,
            load,
            cwd: repo,
            logFile: join(workDir, `${bot.name}-${r}.log`),
            // Both bots are profiled, each run into its own folder, so a profile of Boundary can be read against the
            // echo bot's (the platform's cost per turn).
            nodeArgs: [
              ...nodeFlags(args),
              ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, `${which}-r${r}`)}`] : []),
            ],
            runLabel: `r${r}`,
          });
          if (which === 'echo') run.echo = result;
          else if (which === 'card-echo') run.cardEcho = result;
          else run.boundary = result;
          process.stderr.write(
            ` ${result.levels.map((l) => `c${l.concurrency} ${l.throughput.toFixed(0)}/s`).join(', ')}\n`,
          );
        } catch (err) {
          const message = errorMessage(err);
          process.stderr.write(` failed\n${message}\n`);
          if (which !== 'boundary') throw err;
          run.boundaryError = message;
        }
      }
      runs.push(run);
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    await connector.close();
  }

  const echoRuns = runs.map((r) => r.echo).filter((r) => r !== undefined);
  const cardEchoRuns = runs.map((r) => r.cardEcho).filter((r) => r !== undefined);
  const boundaryRuns = runs.map((r) => r.boundary).filter((r) => r !== undefined);
  if (!boundaryNotMeasured && boundaryRuns.length === 0) {
    boundaryNotMeasured = `Boundary did not start or failed every run: ${runs[0]?.boundaryError?.split('\n')[0]}`;
  }
  const levels = load.levels.map((concurrency) => {
    // Median over runs of a ratio between Boundary and a baseline measured in the same run.
    const ratio = (baseline: 'echo' | 'cardEcho', of: (b: LevelResult, e: LevelResult) => number) => {
      const each = runs
        .map((r) => {
          const e = r[baseline]?.levels.find((l) => l.concurrency === concurrency);
          const b = r.boundary?.levels.find((l) => l.concurrency === concurrency);
          return e && b ? of(b, e) : Number.NaN;
        })
        .filter((x) => Number.isFinite(x));
      return each.length > 0 ? median(each) : undefined;
    };
    const throughput = (b: LevelResult, e: LevelResult) =>
      e.throughput > 0 ? b.throughput / e.throughput : Number.NaN;
    const cpu = (b: LevelResult, e: LevelResult) => (b.cpuMsPerTurn > 0 ? e.cpuMsPerTurn / b.cpuMsPerTurn : Number.NaN);
    return {
      concurrency,
      cpuRatio: ratio('echo', cpu),
      echo: summariseLevels(echoRuns, concurrency),
      boundary: boundaryRuns.length > 0 ? summariseLevels(boundaryRuns, concurrency) : undefined,
      throughputRatio: ratio('echo', throughput),
      cardEcho: cardEchoRuns.length > 0 ? summariseLevels(cardEchoRuns, concurrency) : undefined,
      cardRatio: ratio('cardEcho', throughput),
      cardCpuRatio: ratio('cardEcho', cpu),
    };
  });
  const memory = (rs: BotRun[]) => ({
    afterStart: median(rs.map((r) => r.rssAfterStartMb)),
    afterLoad: median(rs.map((r) => r.rssAfterLoadMb)),
    peak: median(rs.map((r) => r.peakRssMb)),
  });
  return {
    questionSource: set?.source ?? '(none)',
    policyFile: set?.policyFile ?? '(Boundary default: POLICY_FILE unset)',
    settings: { ...load, warmupRequests: args.quick ? '2 × concurrency' : 'max(50, 4 × concurrency)' },
    runs,
    ...(cardReply ? { cardReply: { bytes: cardReply.bytes, question: cardReply.question } } : {}),
    levels,
    startupMs: {
      echo: median(echoRuns.map((r) => r.startupMs)),
      boundary: boundaryRuns.length > 0 ? median(boundaryRuns.map((r) => r.startupMs)) : undefined,
    },
    rssMb: { echo: memory(echoRuns), boundary: boundaryRuns.length > 0 ? memory(boundaryRuns) : undefined },
    boundaryNotMeasured,
  };
}

/**
 * The card echo's reply: Boundary's own answer activity (Adaptive Card and citation entity) for the question of the
 * set whose reply is the median size, built once here with Boundary's engine and card code and written to a file.
 */
async function writeCardReply(
  policyFile: string | undefined,
  questions: readonly string[],
  workDir: string,
): Promise<{ file: string; bytes: number; question: string }> {
  const engine = await loadPolicyFile(policyFile ?? join(repo, 'policies/example-social-media-policy.md'));
  const replies = questions.map((question) => {
    const activity = answerMessage(engine.answer(question), {
      answerId: 'a-00000000-0000-4000-8000-000000000000',
      policyTitle: engine.source.title,
      feedback: 'ask',
    });
    const json = JSON.stringify(activity);
    return { question, json, bytes: Buffer.byteLength(json) };
  });
  replies.sort((a, b) => a.bytes - b.bytes);
  const chosen = replies[Math.floor(replies.length / 2)];
  if (!chosen) throw new Error('no questions to build the card echo reply from');
  const file = join(workDir, 'card-echo-reply.json');
  writeFileSync(file, chosen.json);
  return { file, bytes: chosen.bytes, question: chosen.question };
}

function nodeFlags(args: Args): string[] {
  const flags = startNodeFlags(repo);
  if (!args.maxOldSpaceMb) return flags;
  return [...flags.filter((f) => !f.startsWith('--max-old-space-size=')), `--max-old-space-size=${args.maxOldSpaceMb}`];
}

/**
 * The entry point of each bot for the chosen runtime. For compiled JavaScript, src/ is built into dist/ exactly as
 * `npm start` builds it (scripts/build-dist.mjs) and the echo bot is transpiled by the same function into dist/bench/.
 */
export async function botScripts(runtime: 'js' | 'tsx'): Promise<{ echo: string; boundary: string }> {
  if (runtime === 'tsx') return { echo: join(repo, 'bench/echo-bot.ts'), boundary: join(repo, 'src/main.ts') };
  const build = (await import(pathToFileURL(join(repo, 'scripts/build-dist.mjs')).href)) as {
    buildDist(o?: { force?: boolean }): Promise<boolean>;
    transpile(entries: string[], o: { root: string; outdir: string }): Promise<void>;
  };
  await build.buildDist();
  await build.transpile([join(repo, 'bench/echo-bot.ts')], {
    root: join(repo, 'bench'),
    outdir: join(repo, 'dist/bench'),
  });
  return { echo: join(repo, 'dist/bench/echo-bot.js'), boundary: join(repo, 'dist/main.js') };
}

function targets(results: Results): Target[] {
  const out: Target[] = [];
  const judge = (
    name: string,
    target: string,
    value: number | undefined,
    ok: (v: number) => boolean,
    unit: string,
    why?: string,
  ) => {
    if (value === undefined || !Number.isFinite(value)) {
      out.push({ name, target, value: why ? `not measured: ${why}` : 'not measured', result: 'not measured' });
    } else {
      out.push({
        name,
        target,
        value: `${value.toFixed(unit === '×' ? 2 : 1)}${unit === '×' ? '' : ` ${unit}`}`,
        result: ok(value) ? 'pass' : 'miss',
      });
    }
  };
  const e2e = results.e2e;
  const e2eWhy = e2e === undefined ? 'suite not run' : 'notMeasured' in e2e ? e2e.notMeasured : e2e.boundaryNotMeasured;
  const summary = e2e && !('notMeasured' in e2e) ? e2e : undefined;
  for (const c of [1, 16, 64]) {
    const level = summary?.levels.find((l) => l.concurrency === c);
    judge(
      `Throughput vs echo bot, ${c} conversation${c > 1 ? 's' : ''}`,
      '≥ 0.80',
      level?.throughputRatio,
      (v) => v >= 0.8,
      '×',
      e2eWhy,
    );
  }
  judge('Start-up to /readyz', '< 2000 ms', summary?.startupMs.boundary, (v) => v < 2000, 'ms', e2eWhy);
  judge('RSS after start', '< 200 MB', summary?.rssMb.boundary?.afterStart, (v) => v < 200, 'MB', e2eWhy);
  judge('RSS after load', '< 200 MB', summary?.rssMb.boundary?.afterLoad, (v) => v < 200, 'MB', e2eWhy);

  const policy = results.policy;
  const policyWhy = policy === undefined ? 'suite not run' : policy.measured ? undefined : policy.reason;
  judge(
    'Policy answer p95 (dev set)',
    '< 5 ms',
    policy?.measured ? policy.answerP95Ms : undefined,
    (v) => v < 5,
    'ms',
    policyWhy,
  );
  judge(
    'Policy ingest, slowest 30 KB-class policy',
    '< 200 ms',
    policy?.measured ? policy.maxIngestMs : undefined,
    (v) => v < 200,
    'ms',
    policyWhy,
  );

  const reports = results.reports;
  const why = (t: Timing | undefined) => (t === undefined ? 'suite not run' : t.measured ? undefined : t.reason);
  judge(
    'Report submit → committed incident + outbox, p95',
    '< 20 ms',
    reports?.commit.measured ? reports.commit.p95Ms : undefined,
    (v) => v < 20,
    'ms',
    why(reports?.commit),
  );
  judge(
    'Report submit → alert on connector, p95',
    '< 2000 ms',
    reports?.alert.measured ? reports.alert.p95Ms : undefined,
    (v) => v < 2000,
    'ms',
    why(reports?.alert),
  );
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.render) {
    const results = JSON.parse(readFileSync(join(args.out, 'results.json'), 'utf8')) as Results;
    writeFileSync(join(args.out, 'results.md'), renderMarkdown(results));
    process.stderr.write(`wrote ${join(args.out, 'results.md')} from results.json (nothing measured)\n`);
    return;
  }
  const started = performance.now();
  const meta: Meta = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    totalMemGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    commit: git('rev-parse', 'HEAD'),
    // The bench's own last results do not make the code it measures dirty.
    workingTreeDirty: git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results.*') !== '',
    mode: args.quick ? 'quick' : 'full',
    runs: args.runs,
    runtime: args.runtime,
    ...(args.maxOldSpaceMb ? { maxOldSpaceMb: args.maxOldSpaceMb } : {}),
    nodeFlags: nodeFlags(args),
  };
  process.stderr.write(
    `bench: ${meta.mode}, ${meta.runs} run(s), node ${meta.node}, ${meta.cores} cores, load ${meta.loadAverageAtStart.join(' ')}\n`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'boundary-bench-'));
  const results: Results = { meta, targets: [], notes: [] };
  try {
    if (args.only.has('e2e')) {
      process.stderr.write('question → answer, end to end (echo bot and Boundary)\n');
      results.e2e = await measureQuestionsE2e(args, workDir);
    }
    if (args.only.has('policy')) {
      process.stderr.write('policy engine alone\n');
      results.policy = await measurePolicyEngine({ repo, quick: args.quick, runs: args.runs });
    }
    if (args.only.has('reports')) {
      process.stderr.write('report submission\n');
      const set = chooseQuestionSet(
        repo,
        args.questions ? { questions: args.questions, policy: args.policy } : undefined,
      );
      results.reports = await measureReports({
        repo,
        quick: args.quick,
        runs: args.runs,
        workDir,
        policyFile: set?.policyFile,
        script: (await botScripts(args.runtime)).boundary,
        nodeArgs: nodeFlags(args),
      });
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  meta.durationS = Math.round((performance.now() - started) / 100) / 10;
  results.targets = targets(results);
  if (meta.loadAverageAtStart[0] !== undefined && meta.loadAverageAtStart[0] > meta.cores * 0.5) {
    results.notes.push(
      `The machine was busy when this ran (1-minute load average ${meta.loadAverageAtStart[0]} on ${meta.cores} cores), so absolute figures are noisy; ratios measured in the same run are steadier.`,
    );
  }
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(args.out, 'results.md'), renderMarkdown(results));
  process.stderr.write(`wrote ${join(args.out, 'results.json')} and results.md in ${meta.durationS} s\n`);
  for (const t of results.targets)
    process.stderr.write(`  ${t.result.padEnd(12)} ${t.name}: ${t.value} (target ${t.target})\n`);
}

await main();
