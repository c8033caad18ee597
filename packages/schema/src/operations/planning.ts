// The board's planning panel: the month's status, quota use per sector (R7, R8), the R11
// replacement and the relay queue size — counts and staff/sector names only, for the kiosk (R5).
import { graphql } from '../generated/index';

export const boardPlanningQuery = graphql(`
  query BoardPlanning {
    planningBoard {
      month
      currentMonth
      status
      requests
      revisions
      revisionLimit
      controls
      controlLimit
      unplaced
      suspended
      relayQueueSize
      flyingWorker {
        id
        fullName
      }
      relayWorker {
        id
        fullName
      }
      sectors {
        sector {
          id
          code
          name
        }
        revisions
        revisionQuota
        controls
        controlQuota
        unplaced
      }
      replacement {
        kind
        inProgress
        startsAt
        endsAt
        flyingWorker {
          id
          fullName
        }
        socialWorker {
          id
          fullName
        }
        sector {
          id
          code
          name
        }
      }
    }
  }
`);

export const planningBoardChangedSubscription = graphql(`
  subscription BoardPlanningChanged($after: String) {
    planningBoardChanged(after: $after) {
      cursor
      type
      occurredAt
    }
  }
`);
