import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileReport } from '../security/support/fuzz.js';
import { REPO, staff, startChild } from './child.js';
import { percentile, recordFigures } from './figures.js';

/**
 * Many staff at once on loopback against the real server in its own process: LOAD_ASKERS people asking the
 * example questions back to back and LOAD_REPORTERS people filing reports, for LOAD_SECONDS. Latency is the HTTP
 * round trip of POST /api/messages (the answer card is sent to the fake connector inside the turn); a report's
 * figure is its final Send (the commit), and the whole form is reported too.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? '30');
const ASKERS = Number(process.env.LOAD_ASKERS ?? '40');
const REPORTERS = Number(process.env.LOAD_REPORTERS ?? '10');

const QUESTIONS = readFileSync(join(REPO, 'test/policy/fixtures/example-questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { q: string }).q);

describe('load', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await cleanup?.();
  });

  it(`when ${ASKERS} staff ask questions and ${REPORTERS} file reports at once for ${SECONDS} s, then latency, throughput, errors and peak memory are measured`, async () => {
    const child = await startChild({
      LOG_LEVEL: 'info',
      RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000',
      RATE_LIMIT_REPORTS_PER_HOUR: '10000',
    });
    cleanup = async () => {
      await child.bot.stop();
      await child.connector.close();
      rmSync(child.workDir, { recursive: true, force: true });
    };
    const rssAtStart = child.bot.rssMb();
    const question: number[] = [];
    const submit: number[] = [];
    const form: number[] = [];
    let questionErrors = 0;
    let reportErrors = 0;
    const endAt = performance.now() + SECONDS * 1000;
    const asker = async (i: number) => {
      const user = staff('load-q', i);
      let n = i;
      while (performance.now() < endAt) {
        const q = QUESTIONS[n++ % QUESTIONS.length] as string;
        const t0 = performance.now();
        try {
          const res = await child.client.send(child.client.personalMessage(q, { user }));
          if (res.status === 200) question.push(performance.now() - t0);
          else questionErrors += 1;
        } catch {
          questionErrors += 1;
        }
      }
    };
    const reporter = async (i: number) => {
      const user = staff('load-r', 1000 + i);
      while (performance.now() < endAt) {
        const t0 = performance.now();
        try {
          let submitStarted = 0;
          const r = await fileReport(
            child.client,
            user,
            i % 2 ? 'post' : 'friend',
            {},
            {
              beforeSubmit: () => {
                submitStarted = performance.now();
              },
            },
          );
          const t1 = performance.now();
          if (r.reference) {
            form.push(t1 - t0);
            submit.push(t1 - submitStarted);
          } else reportErrors += 1;
        } catch {
          reportErrors += 1;
        }
      }
    };
    const t0 = performance.now();
    await Promise.all([
      ...Array.from({ length: ASKERS }, (_, i) => asker(i)),
      ...Array.from({ length: REPORTERS }, (_, i) => reporter(i)),
    ]);
    const elapsed = (performance.now() - t0) / 1000;
    const peak = child.bot.peakRssMb();
    const r1 = (n: number) => Math.round(n * 10) / 10;
    recordFigures(
      'load',
      `Load: ${ASKERS} staff asking and ${REPORTERS} filing reports at once for ${SECONDS} s (child process, SQLite, real policy engine)`,
      [
        ['Questions answered / errors', `${question.length} / ${questionErrors}`],
        ['Question throughput (per s)', r1(question.length / elapsed)],
        [
          'Question latency p50 / p95 / p99 (ms)',
          `${percentile(question, 50)} / ${percentile(question, 95)} / ${percentile(question, 99)}`,
        ],
        ['Reports stored / errors', `${submit.length} / ${reportErrors}`],
        ['Report throughput (per s)', r1(submit.length / elapsed)],
        [
          'Report Send (commit) latency p50 / p95 / p99 (ms)',
          `${percentile(submit, 50)} / ${percentile(submit, 95)} / ${percentile(submit, 99)}`,
        ],
        [
          'Whole report form (5-6 requests) p50 / p95 / p99 (ms)',
          `${percentile(form, 50)} / ${percentile(form, 95)} / ${percentile(form, 99)}`,
        ],
        ['Server RSS at start / peak (MB)', `${r1(rssAtStart)} / ${r1(peak)}`],
      ],
      [
        'The load driver runs on the same 2-core machine as the server, so these are lower bounds on what the server alone can do.',
        'Closed loop: each virtual person sends the next request as soon as the last one is answered.',
      ],
    );
    expect(question.length).toBeGreaterThan(0);
    expect(submit.length).toBeGreaterThan(0);
    expect(questionErrors + reportErrors).toBe(0);
  });
});
