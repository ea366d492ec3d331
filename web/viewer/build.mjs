// Bundles the viewer into ../static, which the Go package embeds. The output
// is committed, so it must be the same bytes on every machine: no source
// maps with paths, no timestamps; the only hashes are those esbuild names
// the lazily loaded chunks by, of their content.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('../static/', import.meta.url));

await rm(out, { recursive: true, force: true });
await mkdir(`${out}assets`, { recursive: true });
const common = {
  absWorkingDir: here,
  outdir: `${out}assets`,
  bundle: true,
  minify: true,
  target: ['es2020'],
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'info',
};
// split: the force layout and the chart are loaded when first used (see
// src/main.js and src/timeline.js), not before a drawing's first frame
await esbuild.build({ ...common, entryPoints: { app: 'src/main.js' }, format: 'esm', splitting: true, chunkNames: '[name]-[hash]' });
// boot is a classic script, run as soon as the page's head is read, before
// the browser turns to the module (see src/boot.js)
await esbuild.build({ ...common, entryPoints: { boot: 'src/boot.js' }, format: 'iife' });
await copyFile(`${here}src/index.html`, `${out}index.html`);
await copyFile(`${here}src/favicon.svg`, `${out}assets/favicon.svg`);
