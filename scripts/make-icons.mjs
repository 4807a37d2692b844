#!/usr/bin/env node
/**
 * Renders the add-in's PNG icons from their SVG sources with resvg (`@resvg/resvg-wasm`:
 * WebAssembly, so nothing is downloaded or compiled at install or run time):
 *   assets/icon.svg     → icon-{25,32,48,64,80,128,192}.png
 *   assets/icon-16.svg  → icon-16.png (drawn on the 16-px grid, so it stays crisp)
 *   assets/icon.svg     → icon-outline-32.png, the unified manifest's outline icon: white on
 *                         transparent, the artwork's darkness kept as opacity (OUTLINE below)
 *
 * The PNGs are committed: after changing an SVG, run `node scripts/make-icons.mjs` and look at
 * the PNGs. `--check` (a stage of `npm test`) fails when a PNG is not what its SVG renders to;
 * resvg is pinned to an exact version in package.json so the same SVG gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
// 16/32/80 for the desktop ribbon, 25/32/48 for Outlook mobile (bt:MobileIconList), 64 and 128
// for the add-in's own icons, 192 for the unified manifest's color icon.
const SIZES = [16, 25, 32, 48, 64, 80, 128, 192];

/**
 * White, with alpha × (1 − luminance) of the artwork's colour (sRGB): the brand blue becomes
 * white at about 63 % opacity and the white flap becomes a hole, so the shape stays readable.
 */
const OUTLINE = `<filter id="outline" filterUnits="userSpaceOnUse" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">
    <feColorMatrix in="SourceGraphic" type="luminanceToAlpha" result="luminance"/>
    <feComposite in="SourceAlpha" in2="luminance" operator="out" result="shape"/>
    <feFlood flood-color="#fff"/>
    <feComposite in2="shape" operator="in"/>
  </filter>`;

const source = (name) => readFileSync(join(ASSETS, name), 'utf8');

/** The artwork drawn through OUTLINE: its own <svg> element wraps everything in the filtered group. */
const outlined = (svg) =>
  svg.replace(/<svg[^>]*>/, (open) => `${open}\n  <defs>${OUTLINE}</defs>\n  <g filter="url(#outline)">`).replace(/<\/svg>\s*$/, '</g>\n</svg>\n');

function pngs() {
  const artwork = source('icon.svg');
  const small = source('icon-16.svg');
  const render = (svg, size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
  return {
    ...Object.fromEntries(SIZES.map((size) => [`icon-${size}.png`, render(size <= 16 ? small : artwork, size)])),
    'icon-outline-32.png': render(outlined(artwork), 32),
  };
}

async function main(check) {
  const require = createRequire(import.meta.url);
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const stale = [];
  for (const [name, png] of Object.entries(pngs())) {
    const file = join(ASSETS, name);
    if (check) {
      if (!png.equals(readFileSync(file))) stale.push(name);
    } else {
      writeFileSync(file, png);
      console.log(`wrote ${file}`);
    }
  }
  if (stale.length > 0) {
    console.error(`not what their SVG renders to: ${stale.join(', ')}. Run \`node scripts/make-icons.mjs\` and look at the PNGs.`);
    process.exitCode = 1;
  }
}

await main(process.argv.includes('--check'));
