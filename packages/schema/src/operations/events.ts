// The live feed: the board needs to know that something changed (and where the feed is), then it
// re-reads its queries; a permanence event also carries its shift, shown at once. `after` resumes
// from the last cursor seen.
import { graphql } from '../generated/index';

export const permanenceChangedSubscription = graphql(`
  subscription BoardPermanenceChanged($after: String) {
    permanenceChanged(after: $after) {
      cursor
      type
      occurredAt
      # The shift as it is now: the wall shows its new holders at once, before it re-reads its panels.
      shift {
        ...BoardShift
      }
    }
  }
`);

export const alertChangedSubscription = graphql(`
  subscription BoardAlertChanged($after: String) {
    alertChanged(after: $after) {
      cursor
      type
      occurredAt
    }
  }
`);

export const absenceChangedSubscription = graphql(`
  subscription BoardAbsenceChanged($after: String) {
    absenceChanged(after: $after) {
      cursor
      type
      occurredAt
    }
  }
`);

export const scheduleChangedSubscription = graphql(`
  subscription BoardScheduleChanged($after: String) {
    scheduleChanged(after: $after) {
      cursor
      type
      occurredAt
    }
  }
`);

export const conflictChangedSubscription = graphql(`
  subscription BoardConflictChanged($after: String) {
    conflictChanged(after: $after) {
      cursor
      type
      occurredAt
    }
  }
`);
