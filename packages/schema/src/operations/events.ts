// The live feed: the board only needs to know that something changed (and where the feed is),
// then it re-reads its queries. `after` resumes from the last cursor seen.
import { graphql } from '../generated/index';

export const permanenceChangedSubscription = graphql(`
  subscription BoardPermanenceChanged($after: String) {
    permanenceChanged(after: $after) {
      cursor
      type
      occurredAt
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
