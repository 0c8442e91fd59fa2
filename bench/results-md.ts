/** Renders bench/results.md from the results object run.ts builds. */
import { readFileSync } from 'node:fs';
import type { Timing } from './report-suite.js';
import type { LevelMedians, Results } from './run.js';
import { fmt } from './stats.js';

/** Free-text findings (profiles, causes) kept across runs: bench/findings.md is pasted in verbatim. */
function findings(): string {
  try {
    return readFileSync(new URL('./findings.md', import.meta.url), 'utf8').trim();
  } catch {
    return '';
  }
}

function kinds(level: LevelMedians): string {
  const total = Object.values(level.replyKinds).reduce((a, b) => a + b, 0);
  if (total === 0) return '–';
  return Object.entries(level.replyKinds)
    .sort((a, b) => b[1] - a[1])
    .map(
      ([k, n]) =>
        `${k.replace('attachment:application/vnd.microsoft.card.', 'card:')} ${Math.round((n / total) * 100)}%`,
    )
    .join(', ');
}

export function renderMarkdown(results: Results): string {
  const { meta } = results;
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  out('# Boundary benchmarks');
  out();
  out(
    `Measured ${meta.date.slice(0, 16).replace('T', ' ')} UTC on ${meta.cores} cores (${meta.cpuModel}), ${meta.totalMemGb} GB, ` +
      `Node ${meta.node}, ${meta.platform}; commit \`${meta.commit.slice(0, 12)}\`${meta.workingTreeDirty ? ' (working tree had uncommitted changes)' : ''}; ` +
      `${meta.mode} mode, ${meta.runs} run(s), medians over runs; took ${meta.durationS ?? '?'} s. ` +
      `1-minute load average at start: ${meta.loadAverageAtStart[0]}. ` +
      `Bots run as ${meta.runtime === 'tsx' ? 'TypeScript through tsx' : 'compiled JavaScript (as `npm start` runs)'}` +
      `${(meta.nodeFlags ?? []).length ? `, both with \`node ${(meta.nodeFlags ?? []).join(' ')}\`` : ''}` +
      `${meta.maxOldSpaceMb ? ` (--max-old-space-size=${meta.maxOldSpaceMb} given to the bench instead of npm start's)` : ' (the flags of `npm start`)'}.`,
  );
  out();
  out(
    '**Absolute times vary by machine** (and with whatever else the machine is doing). The figures to quote are the ' +
      'ratios against the echo bot, measured in the same run on the same machine, and the medians. Run `npm run bench` ' +
      'to measure your own machine; `npm run bench -- --quick` is a short smoke run whose figures mean little.',
  );
  for (const note of results.notes) {
    out();
    out(`> ${note}`);
  }
  out();
  out('## Targets');
  out();
  out('| What | Target | Measured | |');
  out('|---|---|---|---|');
  for (const t of results.targets) out(`| ${t.name} | ${t.target} | ${t.value} | ${t.result} |`);

  out();
  out('## Question to answer, end to end');
  out();
  const e2e = results.e2e;
  if (!e2e) out('Not run (`--only` left it out).');
  else if ('notMeasured' in e2e) out(`Not measured: ${e2e.notMeasured}`);
  else {
    out(
      'Message activities (Teams personal chat) posted to the real `POST /api/messages` of a bot in its own Node process; ' +
        'each timed from the start of the request to the moment the reply reaches a fake Bot Connector on loopback. ' +
        'Closed loop: each conversation waits for its answer before asking again. Warm-up requests are not counted. ' +
        `Per level: up to ${e2e.settings.maxRequests} requests or ${e2e.settings.maxMs / 1000} s, warm-up ${e2e.settings.warmupRequests}; ` +
        `each connection rotates over ${e2e.settings.conversationsPerWorker} staff members. ` +
        `Questions: \`${e2e.questionSource}\`; Boundary's policy: \`${e2e.policyFile}\`, SQLite in a temporary DATA_DIR, local mode. ` +
        'The echo bot (`bench/echo-bot.ts`) is the same stack (restify 11, botbuilder CloudAdapter via teams-ai TeamsAdapter, ' +
        'teams-ai Application) replying with the text: the ceiling.',
    );
    out();
    if (e2e.boundaryNotMeasured) {
      out(`Boundary not measured: ${e2e.boundaryNotMeasured}`);
      out();
    }
    out(
      '| Conversations | Echo answers/s | Echo p50 / p95 / p99 ms | Echo CPU ms/turn | Boundary answers/s | Boundary p50 / p95 / p99 ms | Boundary CPU ms/turn | Ratio (Boundary / echo) | CPU ratio (echo / Boundary) |',
    );
    out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const l of e2e.levels) {
      const b = l.boundary;
      out(
        `| ${l.concurrency} | ${fmt(l.echo.throughput, 0)} | ${fmt(l.echo.p50Ms)} / ${fmt(l.echo.p95Ms)} / ${fmt(l.echo.p99Ms)} | ${fmt(l.echo.cpuMsPerTurn, 2)} | ` +
          `${fmt(b?.throughput, 0)} | ${fmt(b?.p50Ms)} / ${fmt(b?.p95Ms)} / ${fmt(b?.p99Ms)} | ${fmt(b?.cpuMsPerTurn, 2)} | ${fmt(l.throughputRatio, 2)} | ${fmt(l.cpuRatio, 2)} |`,
      );
    }
    out();
    out(
      "CPU ms/turn is the bot process's own CPU time (user + system, `/proc/<pid>/stat`) divided by the turns it served at that level, warm-up included: " +
        'on a shared machine it moves far less than answers/s, so the CPU ratio says what the throughput ratio would be on a quiet machine where the bot has a core to itself.',
    );
    out();
    if (e2e.levels.some((l) => l.cardEcho)) {
      out(
        '**Where the gap is: the card echo.** The same echo bot, replying to every message with one fixed answer activity of ' +
          `Boundary's (${fmt(e2e.cardReply?.bytes, 0)} bytes: the Adaptive Card and citation entity Boundary sends for "${e2e.cardReply?.question ?? '?'}", ` +
          "the median size over the question set), built once before the run. It costs the stack what carrying Boundary's reply costs, " +
          'with none of the work of producing it (search, card templating, turn state on disk, logging). ' +
          "Not a target: it splits the gap to the echo bot into the reply (echo → card echo) and Boundary's own work (card echo → Boundary).",
      );
      out();
      out(
        '| Conversations | Card echo answers/s | Card echo p50 / p95 ms | Card echo CPU ms/turn | Card echo / echo | Boundary / card echo | CPU ratio (card echo / Boundary) |',
      );
      out('|---:|---:|---:|---:|---:|---:|---:|');
      for (const l of e2e.levels) {
        const c = l.cardEcho;
        const cardVsEcho = c && l.echo.throughput > 0 ? c.throughput / l.echo.throughput : undefined;
        out(
          `| ${l.concurrency} | ${fmt(c?.throughput, 0)} | ${fmt(c?.p50Ms)} / ${fmt(c?.p95Ms)} | ${fmt(c?.cpuMsPerTurn, 2)} | ` +
            `${fmt(cardVsEcho, 2)} | ${fmt(l.cardRatio, 2)} | ${fmt(l.cardCpuRatio, 2)} |`,
        );
      }
      out();
    }
    out('What the replies were (all runs), so an error or rate-limit reply cannot pass for an answer:');
    out();
    for (const l of e2e.levels) {
      const failed = l.echo.failed + (l.cardEcho?.failed ?? 0) + (l.boundary?.failed ?? 0);
      out(
        `- ${l.concurrency} conversation(s): echo ${kinds(l.echo)}; ${l.cardEcho ? `card echo ${kinds(l.cardEcho)}; ` : ''}Boundary ${l.boundary ? kinds(l.boundary) : '–'}` +
          (failed > 0
            ? `; **${failed} failed** (${[...l.echo.errors, ...(l.cardEcho?.errors ?? []), ...(l.boundary?.errors ?? [])].join('; ')})`
            : '; none failed'),
      );
    }
    out();
    out('## Start-up and memory');
    out();
    out(
      (results.meta.runtime === 'tsx'
        ? 'Start-up: from spawning `node --import tsx <entry>.ts` (tsx compiling TypeScript on the fly; `npm start` runs compiled JavaScript instead) to the first 200 from `GET /readyz`, '
        : 'Start-up: from spawning `node dist/main.js` (what `npm start` runs after `scripts/build-dist.mjs`; the echo bot as `node dist/bench/echo-bot.js`, built the same way) to the first 200 from `GET /readyz`, ') +
        `polled every 5 ms, both bots with \`node ${(results.meta.nodeFlags ?? []).join(' ')}\` (npm start's flags${results.meta.maxOldSpaceMb ? `, --max-old-space-size=${results.meta.maxOldSpaceMb} from the bench's command line` : ''}). Memory: resident set (VmRSS from ` +
        '`/proc/<pid>/status`) 300 ms after ready and after the whole load; peak is VmHWM.',
    );
    out();
    out('| Bot | Start-up ms | RSS after start MB | RSS after load MB | Peak RSS MB |');
    out('|---|---:|---:|---:|---:|');
    const mem = e2e.rssMb;
    out(
      `| echo | ${fmt(e2e.startupMs.echo, 0)} | ${fmt(mem.echo.afterStart)} | ${fmt(mem.echo.afterLoad)} | ${fmt(mem.echo.peak)} |`,
    );
    out(
      `| Boundary | ${fmt(e2e.startupMs.boundary, 0)} | ${fmt(mem.boundary?.afterStart)} | ${fmt(mem.boundary?.afterLoad)} | ${fmt(mem.boundary?.peak)} |`,
    );
  }

  out();
  out('## Policy engine alone');
  out();
  const policy = results.policy;
  if (!policy) out('Not run (`--only` left it out).');
  else if (!policy.measured) out(`Not measured: ${policy.reason}`);
  else {
    out('| Policy | Size KB | Clauses | Ingest ms |');
    out('|---|---:|---:|---:|');
    for (const p of policy.ingest) out(`| ${p.policy} | ${fmt(p.bytes / 1024)} | ${p.clauses ?? '–'} | ${fmt(p.ms)} |`);
    out();
    out(
      `Answering ${policy.questions} development-set questions: p50 ${fmt(policy.answerP50Ms, 2)} ms, p95 ${fmt(policy.answerP95Ms, 2)} ms` +
        (policy.indexSize ? `; index size ${policy.indexSize}.` : '.'),
    );
    for (const note of policy.notes) out(`\n${note}`);
  }

  out();
  out('## Report submission');
  out();
  const reports = results.reports;
  if (!reports) out('Not run (`--only` left it out).');
  else {
    const row = (name: string, t: Timing) =>
      t.measured
        ? `| ${name} | ${t.samples} | ${fmt(t.p50Ms, 2)} | ${fmt(t.p95Ms, 2)} |`
        : `| ${name} | – | not measured: ${t.reason} | |`;
    out('| Path | Samples | p50 ms | p95 ms |');
    out('|---|---:|---:|---:|');
    out(row('Card submit → committed incident + outbox row (SQLite)', reports.commit));
    out(row('Submit via POST /api/messages → alert posted on the fake connector', reports.alert));
    for (const t of [reports.commit, reports.alert]) if (t.measured) for (const note of t.notes) out(`\n${note}`);
  }

  const found = findings();
  if (found) {
    out();
    out(found);
  }
  out();
  return `${lines.join('\n')}\n`;
}
