// R14: per sector, the person to call now (and at the next change of shift), with the skipped steps.
import { graphql } from '../generated/index';

export const boardWhoToCallFragment = graphql(`
  fragment BoardWhoToCall on WhoToCall {
    at
    gap
    role
    person {
      id
      fullName
      phone
      role
    }
    chain {
      role
      skipped
      reasonCode
      reason
      until
      person {
        id
        fullName
      }
    }
  }
`);

export const boardSectorsQuery = graphql(`
  query BoardSectors($nextAt: DateTime, $withNext: Boolean!) {
    sectors {
      id
      code
      name
      socialWorker {
        id
        fullName
        phone
      }
      now: whoToCall {
        ...BoardWhoToCall
      }
      next: whoToCall(at: $nextAt) @include(if: $withNext) {
        ...BoardWhoToCall
      }
    }
  }
`);

// The line "from the next change of shift" of each sector card: re-read when the rota or absences change.
export const boardSectorsNextQuery = graphql(`
  query BoardSectorsNext($nextAt: DateTime!) {
    sectors {
      id
      next: whoToCall(at: $nextAt) {
        ...BoardWhoToCall
      }
    }
  }
`);

// R14 as a feed: the new answers of the sectors whose answer changed (absences, replacements, swaps,
// closing days, the hour turning); the sector cards follow it instead of asking again.
export const sectorsWhoToCallChangedSubscription = graphql(`
  subscription BoardSectorsWhoToCallChanged {
    sectorsWhoToCallChanged {
      cursor
      cause
      occurredAt
      answers {
        sector {
          id
        }
        ...BoardWhoToCall
      }
    }
  }
`);
