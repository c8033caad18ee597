// Reporting for direction and funders: tokens for their tools, the reports (computed in SQL), their
// CSV downloads. The composition root builds it from here, handing in auth's ports.
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { ReportingTokenRepository } from './reporting-token.repository.js';
import { ReportingTokenService } from './reporting-token.service.js';

export { ReportingTokenService } from './reporting-token.service.js';
export { ReportingTokenResolver } from './reporting-token.resolver.js';
export { reportingGate } from './reporting.gate.js';

/** What reporting needs of auth: its token hash, and the channel announcing revoked sessions. */
export interface SessionPorts {
  hashToken: (token: string) => string;
  revokedChannel: string;
}

export function reportingTokenService(db: Database, sessions: SessionPorts): ReportingTokenService {
  return new ReportingTokenService(
    unitOfWork(db, (executor: Executor) => ({ tokens: new ReportingTokenRepository(executor, sessions.revokedChannel) })),
    sessions.hashToken,
  );
}
