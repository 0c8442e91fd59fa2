/**
 * Draws the Teams app icons with pngjs: manifest/color.png (192x192, full colour) and manifest/outline.png
 * (32x32, white on transparent, as Teams requires). The mark is a shield (safeguarding) drawn as a ring with a
 * tick inside. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed, so this only runs on a change.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const ACCENT = { r: 0x1f, g: 0x5f, b: 0x8b }; // must match accentColor in manifest.json (#1F5F8B)
const WHITE = { r: 255, g: 255, b: 255 };
const SUPERSAMPLE = 4;

/** Half the shield's width at height v (0 top .. 1 bottom of the shield's box), or -1 outside it. */
function shieldHalfWidth(v: number): number {
  if (v < 0 || v > 1) return -1;
  if (v <= 0.55) return 0.5;
  const t = (v - 0.55) / 0.45;
  return 0.5 * Math.sqrt(Math.max(0, 1 - t * t));
}

/** Inside a shield whose box is [x0, x0+w] x [y0, y0+h] (all in unit coordinates). */
function inShield(x: number, y: number, box: { x0: number; y0: number; w: number; h: number }): boolean {
  const u = (x - box.x0) / box.w;
  const v = (y - box.y0) / box.h;
  const half = shieldHalfWidth(v);
  return half >= 0 && Math.abs(u - 0.5) <= half;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the mark at a unit-square point: a shield ring and a tick. */
function markAt(x: number, y: number, ring: number, withTick: boolean): boolean {
  const outer = { x0: 0.22, y0: 0.14, w: 0.56, h: 0.74 };
  const inner = { x0: outer.x0 + ring, y0: outer.y0 + ring, w: outer.w - 2 * ring, h: outer.h - 2.2 * ring };
  if (inShield(x, y, outer) && !inShield(x, y, inner)) return true;
  if (!withTick) return false;
  const stroke = ring * 0.5;
  return (
    distanceToSegment(x, y, 0.38, 0.49, 0.47, 0.59) <= stroke ||
    distanceToSegment(x, y, 0.47, 0.59, 0.63, 0.39) <= stroke
  );
}

function draw(size: number, opts: { background: boolean; ring: number; tick: boolean }): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (markAt(x, y, opts.ring, opts.tick)) hits++;
        }
      }
      const coverage = hits / (SUPERSAMPLE * SUPERSAMPLE);
      const i = (py * size + px) * 4;
      if (opts.background) {
        png.data[i] = Math.round(ACCENT.r + (WHITE.r - ACCENT.r) * coverage);
        png.data[i + 1] = Math.round(ACCENT.g + (WHITE.g - ACCENT.g) * coverage);
        png.data[i + 2] = Math.round(ACCENT.b + (WHITE.b - ACCENT.b) * coverage);
        png.data[i + 3] = 255;
      } else {
        png.data[i] = 255;
        png.data[i + 1] = 255;
        png.data[i + 2] = 255;
        png.data[i + 3] = Math.round(255 * coverage);
      }
    }
  }
  return png;
}

const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest');
writeFileSync(join(manifestDir, 'color.png'), PNG.sync.write(draw(192, { background: true, ring: 0.07, tick: true })));
writeFileSync(join(manifestDir, 'outline.png'), PNG.sync.write(draw(32, { background: false, ring: 0.1, tick: true })));
process.stdout.write(`wrote ${join(manifestDir, 'color.png')} and outline.png\n`);
