/**
 * Question to answer, end to end, for one bot process: spawn it, time start-up to /readyz, read its
 * memory, drive the load at each concurrency, read its memory again, stop it. The same function
 * measures the echo bot and Boundary so the two are treated identically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import type { ConnectorFeed } from './connector-feed.js';
import { type LoadResult, runLoad } from './load.js';
import { freePort, spawnBot } from './spawn.js';

export interface BotUnderTest {
  readonly name: string;
  /** Script run as `node --import tsx <script>`. */
  readonly script: string;
  /** The environment that points the bot at `port` (and anything else it needs). */
  env(port: number): Record<string, string | undefined>;
}

export interface LoadSettings {
  readonly levels: readonly number[];
  readonly warmupRequests: (concurrency: number) => number;
  readonly maxRequests: number;
  readonly maxMs: number;
  readonly conversationsPerWorker: number;
}

export interface BotRun {
  readonly bot: string;
  readonly startupMs: number;
  readonly rssAfterStartMb: number;
  readonly rssAfterLoadMb: number;
  readonly peakRssMb: number;
  readonly levels: readonly LevelResult[];
}

/**
 * One load level plus the bot process's own CPU time per turn (user + system, from /proc/<pid>/stat, over the
 * level's warm-up and measured requests). Unlike answers/s it hardly depends on what else the machine is doing,
 * so it is the steadier way to compare the two bots on a shared machine. NaN where /proc is not there.
 */
export type LevelResult = LoadResult & { readonly cpuMsPerTurn: number };

/** CPU time (user + system) the process has used so far, in ms; NaN when /proc is not there. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), counted from field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports in clock ticks, 100 per second on every platform Node supports.
    return (ticks * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

export async function measureBot(options: {
  bot: BotUnderTest;
  feed: ConnectorFeed;
  questions: readonly string[];
  load: LoadSettings;
  cwd: string;
  logFile: string;
  nodeArgs?: readonly string[];
  runLabel: string;
}): Promise<BotRun> {
  const port = await freePort();
  const proc = await spawnBot({
    script: options.bot.script,
    cwd: options.cwd,
    env: options.bot.env(port),
    port,
    logFile: options.logFile,
    nodeArgs: options.nodeArgs,
  });
  try {
    // Let start-up work that runs after /readyz (timers, first GC) settle before reading memory.
    await new Promise((r) => setTimeout(r, 300));
    const rssAfterStartMb = proc.rssMb();
    const levels: LevelResult[] = [];
    for (const concurrency of options.load.levels) {
      const cpuBefore = processCpuMs(proc.pid);
      const warmup = options.load.warmupRequests(concurrency);
      const result = await runLoad({
        botUrl: proc.url,
        feed: options.feed,
        concurrency,
        questions: options.questions,
        warmupRequests: warmup,
        maxRequests: options.load.maxRequests,
        maxMs: options.load.maxMs,
        conversationsPerWorker: options.load.conversationsPerWorker,
        label: `${options.runLabel}-c${concurrency}`,
      });
      const turns = warmup + result.answered + result.failed;
      levels.push({ ...result, cpuMsPerTurn: (processCpuMs(proc.pid) - cpuBefore) / turns });
      options.feed.forget();
    }
    return {
      bot: options.bot.name,
      startupMs: proc.startupMs,
      rssAfterStartMb,
      rssAfterLoadMb: proc.rssMb(),
      peakRssMb: proc.peakRssMb(),
      levels,
    };
  } finally {
    await proc.stop();
  }
}

export interface QuestionSet {
  /** Where the questions came from, for the report. */
  readonly source: string;
  /** The policy file Boundary should load for them; undefined means its embedded default. */
  readonly policyFile?: string;
  readonly questions: readonly string[];
}

/** Reads a JSONL question file: one object per line with `q` (the shared eval format), `question` or `text`. */
export function readQuestionFile(file: string): string[] {
  const questions: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    const q = row.q ?? row.question ?? row.text;
    if (typeof q === 'string' && q.trim() !== '') questions.push(q);
  }
  return questions;
}

/**
 * The questions Boundary is asked: an explicit file if given; else the example policy's own question set
 * (Boundary on its embedded defaults); else the shared development set with its matching policy.
 * Undefined when none is there.
 */
export function chooseQuestionSet(
  repo: string,
  explicit?: { questions: string; policy?: string },
): QuestionSet | undefined {
  if (explicit) {
    return { source: explicit.questions, policyFile: explicit.policy, questions: readQuestionFile(explicit.questions) };
  }
  const example = join(repo, 'test/policy/fixtures/example-questions.jsonl');
  // Boundary's own default policy, as its config resolves it with nothing set.
  const defaultPolicy = resolve(repo, loadConfig({}).policyFile);
  if (existsSync(example) && existsSync(defaultPolicy)) {
    return { source: 'test/policy/fixtures/example-questions.jsonl', questions: readQuestionFile(example) };
  }
  const evalDir = join(repo, '../shared/eval');
  const policyDir = join(repo, '../shared/policies');
  const first = '000_14c75cae07ce701f';
  if (existsSync(join(evalDir, `${first}.jsonl`)) && existsSync(join(policyDir, `${first}.txt`))) {
    return {
      source: `../shared/eval/${first}.jsonl`,
      policyFile: join(policyDir, `${first}.txt`),
      questions: readQuestionFile(join(evalDir, `${first}.jsonl`)),
    };
  }
  return undefined;
}
