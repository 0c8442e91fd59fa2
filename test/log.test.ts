import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BoundedLogDestination, createLogger, drainWithin } from '../src/log.js';

/**
 * A log reader we control: it takes what is written but only lets it go (calls back) when told, like a pipe
 * whose reader has stopped and later starts again.
 */
function stalledReader() {
  const held: (() => void)[] = [];
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, cb) {
      received.push(String(chunk));
      held.push(cb);
    },
  });
  return {
    stream,
    received,
    /** The reader reads again: everything held so far leaves. */
    resume() {
      while (held.length > 0) held.shift()?.();
    },
    /** The reader takes one line. */
    readOne() {
      held.shift()?.();
    },
  };
}

const line = (n: number) => `${JSON.stringify({ n, msg: 'x'.repeat(80) })}\n`;

describe('BoundedLogDestination', () => {
  it.each([
    { maxBytes: 1_000, lines: 5, kept: 5, dropped: 0 },
    { maxBytes: 1_000, lines: 50, kept: 10, dropped: 40 },
    { maxBytes: 300, lines: 50, kept: 3, dropped: 47 },
  ])(
    'when the reader has stalled and $lines lines of 100 bytes come with room for $maxBytes bytes, then $kept are kept and $dropped dropped',
    ({ maxBytes, lines, kept, dropped }) => {
      const reader = stalledReader();
      const destination = new BoundedLogDestination(reader.stream, maxBytes);
      for (let i = 0; i < lines; i++) expect(destination.write(line(i))).toBe(true);
      expect(reader.stream.writableLength).toBeLessThanOrEqual(maxBytes);
      expect(destination.dropped()).toBe(dropped);
      expect(lines - destination.dropped()).toBe(kept);
    },
  );

  it('when the reader catches up after lines were dropped, then the next line is preceded by one saying how many', async () => {
    const reader = stalledReader();
    const destination = new BoundedLogDestination(reader.stream, 250);
    for (let i = 0; i < 6; i++) destination.write(line(i));
    expect(destination.dropped()).toBe(4);
    reader.resume();
    await new Promise((r) => setImmediate(r));
    reader.resume();
    destination.write(line(99));
    reader.resume();
    const notice = JSON.parse(reader.received.at(-2) as string);
    expect(notice).toMatchObject({ level: 40, dropped: 4 });
    expect(notice.msg).toContain('dropped');
    expect(JSON.parse(reader.received.at(-1) as string).n).toBe(99);
    expect(destination.dropped()).toBe(4);
  });

  it('when the stream fails (the reader has gone: EPIPE), then nothing throws and every later line is counted as dropped', () => {
    const failing = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const destination = new BoundedLogDestination(failing);
    destination.write(line(1));
    return new Promise<void>((done) => {
      setImmediate(() => {
        expect(() => destination.write(line(2))).not.toThrow();
        expect(destination.dropped()).toBe(1);
        done();
      });
    });
  });

  it('when pino logs through it to a stalled reader, then logging a great deal neither blocks nor grows past the bound', () => {
    const reader = stalledReader();
    const destination = new BoundedLogDestination(reader.stream, 64 * 1024);
    const logger = createLogger({ level: 'info', destination });
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) logger.info({ i }, 'a line');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(reader.stream.writableLength).toBeLessThanOrEqual(64 * 1024);
    expect(destination.dropped()).toBeGreaterThan(15_000);
  });
});

describe('drainWithin (the flush at shutdown)', () => {
  it('when nothing is waiting, then it resolves true at once', async () => {
    expect(await drainWithin(stalledReader().stream, 1_000)).toBe(true);
  });

  it('when the reader has stopped, then it gives up after half a second, well before the deadline', async () => {
    const reader = stalledReader();
    reader.stream.write(line(1));
    const started = performance.now();
    expect(await drainWithin(reader.stream, 10_000)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('when the reader is slow but reading, then it waits for it up to the deadline and no longer', async () => {
    const reader = stalledReader();
    for (let i = 0; i < 50; i++) reader.stream.write(line(i));
    // One line leaves every 100 ms: always moving, never done within 1.2 s.
    const trickle = setInterval(() => reader.readOne(), 100);
    const started = performance.now();
    const flushed = await drainWithin(reader.stream, 1_200);
    clearInterval(trickle);
    expect(flushed).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_100);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('when the reader catches up, then it resolves true', async () => {
    const reader = stalledReader();
    reader.stream.write(line(1));
    setTimeout(() => reader.resume(), 100);
    expect(await drainWithin(reader.stream, 5_000)).toBe(true);
  });
});
