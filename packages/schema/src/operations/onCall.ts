// Who holds the permanence now, next, and the coming week-end (service-wide).
import { graphql } from '../generated/index';

export const boardShiftFragment = graphql(`
  fragment BoardShift on PermanenceShift {
    id
    kind
    startsAt
    endsAt
    holderBinome {
      id
      name
    }
    substitutedMember {
      id
      fullName
    }
    substitute {
      id
    }
    holders {
      id
      fullName
      phone
      role
    }
    holdersInCallOrder {
      answers
      callOrder
      awayFrom
      awayUntil
      person {
        id
        fullName
        phone
      }
    }
    replacements {
      id
      kind
      reason
      event
      recordedAt
    }
    holidays {
      day
      kind
      name
    }
  }
`);

export const boardOnCallQuery = graphql(`
  query BoardOnCall {
    permanenceOnCall {
      at
      current {
        ...BoardShift
      }
      next {
        ...BoardShift
      }
      weekend {
        ...BoardShift
      }
    }
  }
`);
