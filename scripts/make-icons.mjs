#!/usr/bin/env node
/**
 * Draws the Recall Assistant icon (an envelope with a curved "back" arrow) procedurally and
 * writes assets/icon-{16,25,32,48,64,80,128,192}.png, icon-outline-32.png plus assets/icon.svg.
 *
 * Pure Node: shapes are signed-distance functions, each pixel is supersampled, and the PNGs
 * are encoded here with node:zlib. The PNGs are committed; this script is only needed when
 * the artwork changes: `node scripts/make-icons.mjs`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0f, 0x6c, 0xbd]; // #0F6CBD
const WHITE = [0xff, 0xff, 0xff];
// 25 and 48 (with 32) are the Outlook mobile button sizes (MobileFormFactor, bt:MobileIconList).
// 192 is the unified manifest's color icon.
const SIZES = [16, 25, 32, 48, 64, 80, 128, 192];
const SUPERSAMPLE = 8; // 8×8 samples per pixel

/* ---- geometry, in a unit square (0,0 top-left … 1,1 bottom-right) ---- */

/**
 * The artwork. 16 px gets its own pixel-aligned variant (edges on pixel boundaries, strokes of
 * whole pixels) so it stays crisp; larger sizes share one set of proportions.
 */
function geometry(size) {
  if (size <= 16) {
    const u = (v) => v / 16; // coordinates below are in 16-px units
    return {
      envelope: { x0: u(1), y0: u(9), x1: u(15), y1: u(15), r: u(1) },
      flapWidth: u(1.25),
      flap: [
        [u(1.7), u(9.7)],
        [u(8), u(12.8)],
        [u(14.3), u(9.7)],
      ],
      arc: { cx: u(9), cy: u(5), r: u(3), from: Math.PI * 1.0, to: Math.PI * 2.0 },
      arcWidth: u(2),
      head: [
        [u(3), u(5)],
        [u(9), u(5)],
        [u(6), u(8)],
      ],
      gap: u(1),
    };
  }
  return {
    envelope: { x0: 0.06, y0: 0.47, x1: 0.94, y1: 0.93, r: 0.08 },
    flapWidth: 0.075, // white "V" of the flap
    flap: [
      [0.1, 0.5],
      [0.5, 0.74],
      [0.9, 0.5],
    ],
    // The arrow: an arc over the top (a "back" / undo turn) ending in a head pointing down
    // into the envelope.
    arc: { cx: 0.6, cy: 0.3, r: 0.2, from: Math.PI * 1.0, to: Math.PI * 2.06 },
    arcWidth: 0.12,
    head: [
      [0.22, 0.26],
      [0.58, 0.26],
      [0.4, 0.47],
    ],
    gap: 0.055, // transparent halo between arrow and envelope
  };
}

const len = (x, y) => Math.hypot(x, y);

function sdRoundRect(px, py, { x0, y0, x1, y1, r }) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx;
  const qy = Math.abs(py - cy) - hy;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function sdSegment(px, py, [ax, ay], [bx, by]) {
  const pax = px - ax;
  const pay = py - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = Math.min(1, Math.max(0, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return len(pax - bax * h, pay - bay * h);
}

/** Distance to the centre line of an arc (angles in radians, y down, clockwise as drawn). */
function sdArcLine(px, py, { cx, cy, r, from, to }) {
  let a = Math.atan2(py - cy, px - cx);
  while (a < from) a += Math.PI * 2;
  if (a <= to) return Math.abs(len(px - cx, py - cy) - r);
  const end = (t) => [cx + r * Math.cos(t), cy + r * Math.sin(t)];
  const [ax, ay] = end(from);
  const [bx, by] = end(to);
  return Math.min(len(px - ax, py - ay), len(px - bx, py - by));
}

function sdTriangle(px, py, [a, b, c]) {
  const edges = [
    [a, b],
    [b, c],
    [c, a],
  ];
  let d = Infinity;
  for (const [p, q] of edges) d = Math.min(d, sdSegment(px, py, p, q));
  // sign: inside if all edge cross products share a sign
  const cross = (p, q) => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const s1 = cross(a, b);
  const s2 = cross(b, c);
  const s3 = cross(c, a);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inside ? -d : d;
}

/** Colour of one sample point: null (transparent) or an [r, g, b] triple. */
function sample(g, x, y) {
  const arrow = Math.min(sdArcLine(x, y, g.arc) - g.arcWidth / 2, sdTriangle(x, y, g.head));
  if (arrow <= 0) return BRAND;
  const env = sdRoundRect(x, y, g.envelope);
  if (env > 0 || arrow <= g.gap) return null;
  const flap = Math.min(sdSegment(x, y, g.flap[0], g.flap[1]), sdSegment(x, y, g.flap[1], g.flap[2]));
  return flap <= g.flapWidth / 2 ? WHITE : BRAND;
}

export function render(size) {
  const g = geometry(size);
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let gr = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample(g, (px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          gr += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(gr / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

/* ---- a minimal PNG encoder (RGBA, 8 bits per channel, no interlace) ---- */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // interlace: none
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter type: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/* ---- the same artwork as SVG (for the task pane header or docs) ---- */

function svg() {
  const g = geometry(128);
  const hex = `#${BRAND.map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
  const s = (v) => +(v * 128).toFixed(2);
  const { x0, y0, x1, y1, r } = g.envelope;
  const { cx, cy, r: ar, from, to } = g.arc;
  const pt = (t) => `${s(cx + ar * Math.cos(t))} ${s(cy + ar * Math.sin(t))}`;
  const large = to - from > Math.PI ? 1 : 0;
  const head = g.head.map(([x, y]) => `${s(x)} ${s(y)}`).join(' L ');
  const flap = g.flap.map(([x, y]) => `${s(x)} ${s(y)}`).join(' L ');
  const arcPath = `M ${pt(from)} A ${s(ar)} ${s(ar)} 0 ${large} 1 ${pt(to)}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128">
  <title>Recall Assistant</title>
  <defs>
    <mask id="gap">
      <rect width="128" height="128" fill="#fff"/>
      <path d="${arcPath}" fill="none" stroke="#000" stroke-width="${s(g.arcWidth + 2 * g.gap)}"/>
      <path d="M ${head} Z" fill="#000" stroke="#000" stroke-width="${s(2 * g.gap)}" stroke-linejoin="round"/>
    </mask>
  </defs>
  <g mask="url(#gap)">
    <rect x="${s(x0)}" y="${s(y0)}" width="${s(x1 - x0)}" height="${s(y1 - y0)}" rx="${s(r)}" fill="${hex}"/>
    <path d="M ${flap}" fill="none" stroke="#fff" stroke-width="${s(g.flapWidth)}" stroke-linecap="round" stroke-linejoin="round"/>
  </g>
  <path d="${arcPath}" fill="none" stroke="${hex}" stroke-width="${s(g.arcWidth)}" stroke-linecap="round"/>
  <path d="M ${head} Z" fill="${hex}"/>
</svg>
`;
}

function main() {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${file}`);
  }
  // The unified manifest's outline icon: 32×32, white on transparent, keeping the artwork's
  // darkness as opacity so its shape stays visible.
  const outline = render(32);
  for (let i = 0; i < outline.length; i += 4) {
    const luminance = (0.2126 * outline[i] + 0.7152 * outline[i + 1] + 0.0722 * outline[i + 2]) / 255;
    outline[i + 3] = Math.round(outline[i + 3] * (1 - luminance));
    outline[i] = outline[i + 1] = outline[i + 2] = 255;
  }
  writeFileSync(join(assets, 'icon-outline-32.png'), encodePng(32, 32, outline));
  console.log(`wrote ${join(assets, 'icon-outline-32.png')}`);
  writeFileSync(join(assets, 'icon.svg'), svg());
  console.log(`wrote ${join(assets, 'icon.svg')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
