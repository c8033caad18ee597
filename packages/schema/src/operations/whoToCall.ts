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
