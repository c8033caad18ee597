// Today's schedule changes (newest first) and the open schedule conflicts (most severe first).
// R5: the board is the meeting-room screen: no free-text note (it may tell of health), no visit.
import { graphql } from '../generated/index';

export const boardScheduleQuery = graphql(`
  query BoardSchedule($day: String!, $first: Int!) {
    scheduleChanges(day: $day, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          reason
          at
          sector { id name }
          by { id fullName }
          before { startsAt endsAt helper { id fullName } }
          after { startsAt endsAt helper { id fullName } }
        }
      }
    }
    scheduleConflicts(open: true, first: $first) {
      totalCount
      edges {
        node {
          id
          rule
          title
          severity
          hard
          explanation
          day
          facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours limitHours breakMinutes fte askedHours helpKind tasks holidayName }
          helper { id fullName }
          acknowledgedAt
          sector { id code name }
        }
      }
    }
  }
`);
