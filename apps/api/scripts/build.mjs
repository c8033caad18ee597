// Compiles the API to one JavaScript file, dist/main.js, for `start`: a service starts from JavaScript,
// not a TypeScript loader, and from one file: loading ~400 modules one by one (resolving, reading,
// compiling, a source map each) took about half of the start. Packages stay in node_modules, but for
// class-validator, taken from its ES build so the rules the API does not use (and the phone-number
// and validator libraries behind them, a fifth of the start) are left out. dist/ sits at the same
// depth as src/, so paths built from import.meta.url stay right. Types are checked by `pnpm
// typecheck`, not here, so the build takes about a second.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundled = /^class-validator(\/|$)/;

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'src/main.ts')],
  outfile: path.join(root, 'dist/main.js'),
  bundle: true,
  plugins: [
    {
      name: 'packages-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (bundled.test(args.path) || args.importer.includes('/node_modules/') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
  // class-validator's ES2015 build (the only package bundled: the others are external).
  mainFields: ['es2015', 'module', 'main'],
  // type-graphql names GraphQL types after their classes: a bundle must not rename them.
  keepNames: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
