// The peer for `pnpm bench:api`: PostGraphile 4 serving the same database on its own port, with
// its production settings (no GraphiQL, no query log, cached introspection).
const http = require('node:http');
const { postgraphile } = require('postgraphile');

const [databaseUrl, port] = process.argv.slice(2);
const middleware = postgraphile(databaseUrl, 'public', {
  disableQueryLog: true,
  graphiql: false,
  enableQueryBatching: false,
  ignoreRBAC: true,
  retryOnInitFail: false,
});
http.createServer(middleware).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
