// The load balancer for bench:api's scale-out: round-robin over the Relais processes given, HTTP and
// WebSocket upgrades, in a process of its own (in the bench's process it shared one thread with the
// load generator) and with keep-alive connections to the processes (a new TCP connection per
// proxied request made the proxy, not Relais, the limit).
const http = require('node:http');
const httpProxy = require('http-proxy');

const [port, ...targets] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const proxy = httpProxy.createProxyServer({ ws: true, xfwd: false, agent });
proxy.on('error', (_err, _req, res) => {
  if (res && 'writeHead' in res && !res.headersSent) res.writeHead(502).end();
  else if (res && typeof res.destroy === 'function') res.destroy();
});
let next = 0;
const pick = () => targets[next++ % targets.length];
const server = http.createServer((req, res) => proxy.web(req, res, { target: pick() }));
// Upgrades get their own connection each (a WebSocket keeps it): no pooled agent for them.
server.on('upgrade', (req, socket, head) => proxy.ws(req, socket, head, { target: pick(), agent: false }));
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => { proxy.close(); server.close(() => process.exit(0)); server.closeAllConnections(); });
