// GET /reports/<name>.csv?from=YYYY-MM-DD&to=YYYY-MM-DD with `Authorization: Bearer <token>`: a
// reporting token (within its rate limit, each download recorded) or a direction session.
import type { Request, Response } from 'express';
import { BadInput } from '../../shared/outcome.js';
import { CSV_REPORTS } from './report.csv.js';
import type { ReportService } from './report.service.js';
import type { ReportingTokenService } from './reporting-token.service.js';
import { REPORT_READERS, REPORTING } from './reporting-token.rules.js';
import { REFUSED_TOKENS_MESSAGE } from './reporting.gate.js';

/** Who a bearer token is (auth's viewer lookup, handed in by the composition root). */
type ViewerLookup = (token: string | null, now: Date) => Promise<{ kind: string; sessionId: string; role?: string } | null>;

export interface CsvDeps {
  reports: ReportService;
  tokens: ReportingTokenService;
  viewerFor: ViewerLookup;
  clock: () => Date;
}

const bearer = (h: string | undefined) => /^Bearer\s+(\S+)$/i.exec(h ?? '')?.[1] ?? null;
const say = (res: Response, status: number, text: string) => void res.status(status).type('text/plain; charset=utf-8').send(`${text}\n`);

export function reportCsvHandler(deps: CsvDeps) {
  return async (req: Request, res: Response) => {
    const name = /^([a-z-]+)\.csv$/.exec(String(req.params.file ?? ''))?.[1] ?? '';
    const build = Object.hasOwn(CSV_REPORTS, name) ? CSV_REPORTS[name] : null;
    const now = deps.clock();
    const token = bearer(req.headers.authorization);
    const viewer = await deps.viewerFor(token, now);
    if (!viewer && token) {
      const gate = await deps.tokens.admitRefusedToken(req.ip ?? req.socket.remoteAddress ?? 'unknown', now);
      if (!gate.allowed) return void res.status(429).set('Retry-After', String(gate.retryAfterSeconds)).type('text/plain').send(`${REFUSED_TOKENS_MESSAGE(gate.retryAfterSeconds)}\n`);
    }
    if (!viewer) return void res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Send a reporting token: Authorization: Bearer <token>.\n');
    const role = viewer.kind === REPORTING ? REPORTING : viewer.role;
    if (!role || !REPORT_READERS.includes(role)) return say(res, 403, 'Reports are for direction and reporting tokens.');
    // The list of reports only to whom may read them: a stranger learns nothing by guessing names.
    if (!build) return say(res, 404, `No report here. Reports: ${Object.keys(CSV_REPORTS).map((n) => `${n}.csv`).join(', ')}.`);
    if (viewer.kind === REPORTING) {
      const gate = await deps.tokens.admit(viewer.sessionId, `csv ${name}`, now);
      if (!gate.allowed) return void res.status(429).set('Retry-After', String(gate.retryAfterSeconds)).type('text/plain').send(`This reporting token's rate limit is reached: try again in ${gate.retryAfterSeconds} s.\n`);
    }
    const from = typeof req.query.from === 'string' ? req.query.from : '';
    const to = typeof req.query.to === 'string' ? req.query.to : '';
    try {
      const csv = await build(deps.reports, from, to, now, viewer.kind === REPORTING ? 'tool' : 'direction');
      res.status(200).type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${name}-${from}-${to}.csv"`).set('Cache-Control', 'no-store').send(csv);
    } catch (err) {
      if (err instanceof BadInput) return say(res, 400, `${err.field}: ${err.message}`);
      throw err;
    }
  };
}
