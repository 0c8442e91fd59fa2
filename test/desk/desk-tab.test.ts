import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeskBot, startDeskBot } from './desk-harness.js';

/** GET /tab/*: the built desk, with the headers a Teams tab needs and none it must not have. */
describe('the desk tab files', () => {
  let desk: DeskBot;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'boundary-tab-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>Safeguarding desk</title><script src="/tab/app.js"></script>',
    );
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'app.js'), 'console.log("desk")');
    writeFileSync(join(dir, 'assets', 'desk.css'), 'body{}');
    desk = await startDeskBot({ tabDir: dir });
  });
  afterAll(async () => {
    await desk.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${desk.bot.boundary.url}${path}`);

  it.each(['/tab', '/tab/', '/tab/concerns', '/tab/concerns/SM-2026-0042', '/tab/overview', '/tab/policy'])(
    'when %s is opened, then index.html is served, framable by Teams and Microsoft 365 only',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('Safeguarding desk');
      const csp = res.headers.get('content-security-policy') ?? '';
      const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
      expect(ancestors).toEqual(
        expect.arrayContaining([
          'https://teams.microsoft.com',
          'https://*.teams.microsoft.com',
          'https://*.cloud.microsoft',
          'https://*.office.com',
          'https://*.microsoft365.com',
          'https://outlook.office.com',
        ]),
      );
      expect(ancestors).not.toContain('*');
      expect(csp).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options')).toBeNull();
    },
  );

  it('when a script or stylesheet is asked for, then it is served with its type', async () => {
    const js = await get('/tab/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await get('/tab/assets/desk.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('when a file that does not exist is asked for, then 404, not index.html', async () => {
    expect((await get('/tab/missing.js')).status).toBe(404);
  });

  it.each([
    '/tab/..%2f..%2fpackage.json',
    '/tab/%2e%2e/%2e%2e/package.json',
    '/tab/assets/..%2f..%2f..%2fetc%2fpasswd',
  ])('when a path tries to leave the tab folder (%s), then nothing outside it is served', async (path) => {
    const res = await get(path);
    // Encoded slashes reach the handler (400); dots the URL parser resolves never reach /tab at all (404).
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('"name"');
  });

  it('when an address under /api/desk does not exist, then 404 in the API error shape', async () => {
    const res = await desk.call(null, 'GET', '/api/desk/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'There is no such desk address.' } });
  });

  it('when the API answers, then it is never cached or framed', async () => {
    const res = await desk.call(null, 'GET', '/api/desk/me');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('the desk tab files when the tab was not built', () => {
  it('when index.html is missing, then the page says how to build it', async () => {
    const desk = await startDeskBot({ tabDir: join(tmpdir(), 'no-such-boundary-tab') });
    try {
      const res = await fetch(`${desk.bot.boundary.url}/tab/concerns`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/"npm start" builds it/);
    } finally {
      await desk.stop();
    }
  });
});
