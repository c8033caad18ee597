// Compiles the API to plain JavaScript in dist/ (same folder shape as src/, so paths built from
// import.meta.url stay right) for `start`: a service starts from JavaScript, not a TypeScript loader.
// Types are checked by `pnpm typecheck`, not here, so the build takes about a second.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const files = fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => !/\.test\.ts$/.test(f));

fs.rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: files.filter((f) => f.endsWith('.ts')).map((f) => path.join(src, f)),
  outdir: dist,
  outbase: src,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
// Plain JavaScript files (the embedded cluster's script runs in its own process) are copied as they are.
for (const f of files.filter((f) => f.endsWith('.mjs'))) fs.cpSync(path.join(src, f), path.join(dist, f));
