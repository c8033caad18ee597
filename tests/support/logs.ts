// Every line the service logs, as written (after redaction and serialisation): pino's stream is
// wrapped so a test reads what an operator would.
import { logger } from '../../apps/api/src/logger.js';

export function captureLogs(): { lines: string[]; restore: () => void } {
  const streamSym = Object.getOwnPropertySymbols(Object.getPrototypeOf(logger)).concat(Object.getOwnPropertySymbols(logger)).find((s) => s.description === 'pino.stream');
  if (!streamSym) throw new Error('pino keeps its stream under another symbol');
  const stream = (logger as unknown as Record<symbol, { write: (s: string) => unknown }>)[streamSym];
  const write = stream.write;
  const lines: string[] = [];
  stream.write = (s: string) => {
    lines.push(s);
    return write.call(stream, s);
  };
  return { lines, restore: () => void (stream.write = write) };
}
