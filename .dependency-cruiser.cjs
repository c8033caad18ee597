// The API's import rules (issue 10, "Done when"), checked by `pnpm lint:deps` in `pnpm test`.
// Violations present when the rules were written are listed in .dependency-cruiser-known-violations.json
// and only counted until the refactor removes them; a new one fails the command
// (scripts/lint-deps.mjs). After removing some, shrink the list: `pnpm lint:deps:baseline`.
// Test files are left out: a test may reach anything it checks.
const API = '^apps/api/src/';
const MODULES = `${API}modules/`;
// A module (modules/<name>) or a top folder of the API (graphql, events, db, http, seed, …).
const FOLDER = `${API}(modules/[^/]+|(?!modules$)[^/]+)$`;
const TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves: an import the check cannot follow would silently escape the rules below.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle between files (type-only imports count: they still tie the files together).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-modules',
      severity: 'error',
      comment: 'No cycle between folders (modules, graphql/, events/, db/, http/): a module depends on another or is used by it, not both.',
      scope: 'folder',
      from: { path: FOLDER },
      to: { path: FOLDER, circular: true },
    },
    {
      name: 'service-no-graphql',
      severity: 'error',
      comment:
        'Services and rules hold the use case and the domain rules: no GraphQL. A rule violation is an ' +
        'outcome, a bad argument a BadInput error; the GraphQL layer maps them.',
      from: { path: `${MODULES}.+\\.(service|rules)\\.ts$`, pathNot: TEST },
      to: { path: '(^|/)node_modules/(graphql|type-graphql|graphql-[^/]+)/' },
    },
    {
      name: 'service-no-graphql-layer',
      severity: 'error',
      comment:
        'Services and rules do not reach into apps/api/src/graphql/ (GraphQL plumbing): global IDs are ' +
        'decoded at the boundary, services take database ids.',
      from: { path: `${MODULES}.+\\.(service|rules)\\.ts$`, pathNot: TEST },
      to: { path: `${API}graphql/` },
    },
    {
      name: 'service-no-global-ids',
      severity: 'error',
      comment: 'Global IDs are decoded once at the boundary (graphql/ids.ts in resolvers): services take database ids.',
      from: { path: `${MODULES}.+\\.(service|rules)\\.ts$`, pathNot: TEST },
      to: { path: `${API}shared/global-id\\.ts$` },
    },
    {
      name: 'resolver-no-db',
      severity: 'error',
      comment: 'Resolvers call services; only repositories build queries (db/, drizzle-orm, postgres).',
      from: { path: `${MODULES}.+\\.resolver\\.ts$` },
      to: { path: [`${API}db/`, '(^|/)node_modules/(drizzle-orm|postgres)/'] },
    },
    {
      name: 'module-border',
      severity: 'error',
      comment:
        "A module reaches another module only through that module's public file, " +
        'apps/api/src/modules/<module>/index.ts (its ports and the types others may name); ' +
        'the composition root (apps/api/src/composition/) wires modules together.',
      from: { path: `${MODULES}([^/]+)/`, pathNot: TEST },
      to: {
        path: `${MODULES}[^/]+/`,
        pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', TEST] },
    // Type-only imports are real edges between files (StaffViewer ties schedules to cases).
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
