// The permanence desk (signed-in staff): who to call at any instant with the full call chain and
// phones, the shifts to hand over, alerts and conflicts to acknowledge, and the desk's mutations.
import { graphql } from '../generated/index';

export const deskViewerQuery = graphql(`
  query DeskViewer {
    viewer {
      kind
      actions
      staff {
        id
        fullName
        role
      }
    }
  }
`);

export const deskCallChainQuery = graphql(`
  query DeskCallChain($at: DateTime) {
    permanenceOnCall(at: $at) {
      at
      current {
        id
        kind
        startsAt
        endsAt
        substitutedMember {
          id
          fullName
        }
        substitute {
          id
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
      }
    }
    sectors {
      id
      code
      name
      whoToCall(at: $at) {
        at
        gap
        role
        person {
          id
          fullName
          phone
        }
        chain {
          role
          skipped
          reasonCode
          until
          person {
            id
            fullName
            phone
          }
        }
      }
    }
  }
`);

export const deskShiftsQuery = graphql(`
  query DeskShifts($from: DateTime, $to: DateTime) {
    permanenceShifts(from: $from, to: $to, first: 60) {
      edges {
        node {
          id
          kind
          startsAt
          endsAt
          viewerCanOffer
          holders {
            id
            fullName
          }
        }
      }
    }
    staffMembers {
      id
      fullName
      role
    }
  }
`);

export const deskAlertsQuery = graphql(`
  query DeskAlerts {
    alerts(status: OPEN, first: 50) {
      totalCount
      edges {
        node {
          id
          severity
          cause
          startsAt
          endsAt
          acknowledgedAt
          acknowledgementNote
          acknowledgedBy {
            id
            fullName
          }
          awayStaff {
            id
            fullName
          }
          shift {
            id
            kind
            holders {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export const deskConflictsQuery = graphql(`
  query DeskConflicts {
    scheduleConflicts(open: true, first: 50) {
      totalCount
      edges {
        node {
          id
          rule
          severity
          hard
          explanation
          day
          facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours limitHours breakMinutes fte askedHours helpKind tasks holidayName }
          helper { id fullName }
          acknowledgedAt
          acknowledgementNote
          viewerCanAcknowledge
          sector { id name }
        }
      }
    }
  }
`);

export const deskReplaceMutation = graphql(`
  mutation DeskReplace($input: PermanenceReplaceInput!) {
    permanenceReplace(input: $input) {
      shift { id holders { id fullName } }
      replacement { id kind }
      loadWarnings { code year closedDays expectedClosedDays deviation staff { id fullName } }
      userErrors { field code message }
    }
  }
`);

export const deskAbsenceMutation = graphql(`
  mutation DeskAbsence($input: AbsenceRecordInput!) {
    absenceRecord(input: $input) {
      absence { id }
      userErrors { field code message }
    }
  }
`);

export const deskConflictAcknowledgeMutation = graphql(`
  mutation DeskConflictAcknowledge($input: ScheduleConflictAcknowledgeInput!) {
    scheduleConflictAcknowledge(input: $input) {
      conflict { id acknowledgedAt }
      userErrors { field code message }
    }
  }
`);

export const deskAlertAcknowledgeMutation = graphql(`
  mutation DeskAlertAcknowledge($input: AlertAcknowledgeInput!) {
    alertAcknowledge(input: $input) {
      alert { id acknowledgedAt }
      userErrors { field code message }
    }
  }
`);

// Issue 12: the year's week-end load per person against their FTE share, for whoever keeps the rota.
export const deskWeekendLoadQuery = graphql(`
  query DeskWeekendLoad($year: Int!) {
    permanenceLoad(year: $year) {
      year
      fairness
      people {
        staff { id fullName }
        fte
        weekends
        holidayDays
        weekdayHours
        weekendRota
        closedDays
        expectedClosedDays
        deviation
      }
    }
  }
`);
