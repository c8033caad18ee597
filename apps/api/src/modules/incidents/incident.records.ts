// What the incidents hold about a beneficiary's case files, for the beneficiary's export (the case
// files' core calls it through its CaseFileRecords port): R5 as everywhere else in this module.
import type { Executor } from '../../db/client.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { StaffViewer } from '../auth/index.js';
import type { CaseFileRecords } from '../cases/index.js';
import { IncidentRepository } from './incident.repository.js';
import { mayReadIncident } from './incident.rules.js';
import { documentPath } from './incident.types.js';

export function incidentRecords(executor: Executor): CaseFileRecords {
  const repo = new IncidentRepository(executor);
  return {
    /**
     * The incidents at these homes that the exporting viewer may read (R5: direction all, the sector's
     * social worker her sector's; the flying and relay social workers none, as in `incidents`), each with
     * its status history and its documents' metadata (name, type, size, SHA-256, where to download it),
     * never their bytes.
     */
    async exportOf(caseIds: readonly string[], viewer: StaffViewer) {
      const rows = (await repo.ofCases(caseIds)).filter((r) => mayReadIncident(viewer, r));
      const ids = rows.map((r) => r.id);
      const [changes, documents] = await Promise.all([repo.statusChangesOf(ids), repo.documentsOf(ids)]);
      return {
        incidents: rows.map((r) => ({
          ...r,
          id: toGlobalId('Incident', r.id),
          statusChanges: changes.filter((c) => c.incidentId === r.id).map(({ incidentId: _, ...c }) => c),
          documents: documents
            .filter((d) => d.incidentId === r.id)
            .map(({ incidentId: _, ...d }) => ({ ...d, id: toGlobalId('IncidentDocument', d.id), downloadPath: documentPath(toGlobalId('IncidentDocument', d.id)) })),
        })),
      };
    },
    // What happened and who else was there may name people; the claim's statuses and dates stay.
    eraseFreeText: (caseIds: readonly string[]) => repo.eraseFreeText(caseIds),
  };
}
