// Per sector, the board's caseload counts (today's visits, R1 overdue evaluations, urgent cases):
// numbers only, so the kiosk may read them. The subscription carries only the new counts.
import { graphql } from '../generated/index';

export const boardSectorCaseloadsQuery = graphql(`
  query BoardSectorCaseloads {
    sectors {
      id
      caseload {
        day
        dayEndsAt
        visitsToday
        evaluationsOverdue
        urgentOpen
      }
    }
  }
`);

export const sectorCaseloadChangedSubscription = graphql(`
  subscription BoardSectorCaseloadChanged($after: String) {
    sectorCaseloadChanged(after: $after) {
      cursor
      occurredAt
      caseloads {
        sector {
          id
        }
        day
        dayEndsAt
        visitsToday
        evaluationsOverdue
        urgentOpen
      }
    }
  }
`);
