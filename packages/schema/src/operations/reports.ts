// The board's "Rapports" page: a year of figures for direction and the social pole head (the month's
// bars per sector, the year's trend, the week-end load and its fairness, the beneficiaries' satisfaction
// of the last month over).
import { graphql } from '../generated/index';

export const boardReportsQuery = graphql(`
  query BoardReports($from: String!, $to: String!) {
    activityReport(from: $from, to: $to) {
      visits {
        month
        sectorCode
        kind
        status
        visits
      }
    }
    hoursReport(from: $from, to: $to) {
      help {
        month
        sectorCode
        helpKind
        agreedHours
        plannedHours
        doneHours
        cancelledHours
      }
    }
    caseloadReport(from: $from, to: $to) {
      socialWorkers {
        month
        sectorCode
        socialWorker
        activePerFte
        targetPerFte
      }
    }
    permanenceReport(from: $from, to: $to) {
      weekendLoad {
        person
        weekendHours
      }
      weekendFairness {
        people
        meanHours
        stdDevHours
        coefficientOfVariation
      }
    }
    satisfactionReport(from: $from, to: $to) {
      firstMonth
      lastMonth
      partialUntil
      minGroupSize
      figures {
        month
        sectorCode
        domain
        checks
        answers
        meanScore
        withheld
      }
    }
  }
`);
