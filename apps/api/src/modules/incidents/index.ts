// Civil-liability incidents (damage at a beneficiary's home, followed with the insurer, with
// documents): the composition root builds the module from here.
import type { Database, Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import { Outbox } from '../../events/outbox.js';
import { auditTrail, caseFiles } from '../cases/index.js';
import { IncidentRepository } from './incident.repository.js';
import { IncidentService } from './incident.service.js';

export { IncidentService } from './incident.service.js';
export { IncidentDocumentResolver, IncidentResolver, IncidentStatusChangeResolver } from './incident.resolver.js';
export { incidentNodes } from './incident.node.js';
export { IncidentEventsResolver } from './incident-events.resolver.js';
export { incidentDocumentHandlers } from './incident-document.http.js';
export { incidentRecords } from './incident.records.js';

export function incidentService(db: Database, clock: () => Date): IncidentService {
  return new IncidentService(
    unitOfWork(db, (executor: Executor) => ({ incidents: new IncidentRepository(executor), cases: caseFiles(executor, clock), audit: auditTrail(executor), outbox: new Outbox(executor) })),
  );
}
