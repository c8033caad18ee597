// `pnpm --filter @relais/api seed`: migrates the database, fills it with the demo once, prints the logins.
// Exits non-zero on failure.
// The demo runs the services, whose GraphQL types need the metadata polyfill loaded first.
import 'reflect-metadata';
import { runScript } from '../db/script.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';

await runScript('seed', async (db) => {
  const logins = await seedDemo(db, { now: new Date() });
  // The logins are the script's output for a person, not a log line.
  const width = Math.max(...logins.map((l) => l.role.length));
  process.stdout.write(
    `Demo logins (password "${DEMO_PASSWORD}"):\n${logins.map((l) => `  ${l.role.padEnd(width)}  ${l.email}  (${l.fullName})`).join('\n')}\n`,
  );
});
