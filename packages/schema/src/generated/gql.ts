/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BoardAlerts($first: Int!) {\n    alerts(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          severity\n          message\n          cause\n          awayStaff {\n            id\n            fullName\n          }\n          shift {\n            id\n            kind\n            holders {\n              id\n              fullName\n            }\n          }\n          startsAt\n          endsAt\n          openedAt\n        }\n      }\n    }\n  }\n": typeof types.BoardAlertsDocument,
    "\n  query BoardViewer {\n    viewer {\n      kind\n      staff {\n        id\n        fullName\n        role\n      }\n    }\n  }\n": typeof types.BoardViewerDocument,
    "\n  mutation BoardLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BoardLoginDocument,
    "\n  mutation BoardLogout {\n    logout {\n      loggedOut\n    }\n  }\n": typeof types.BoardLogoutDocument,
    "\n  query BoardSectorCaseloads {\n    sectors {\n      id\n      caseload {\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n": typeof types.BoardSectorCaseloadsDocument,
    "\n  subscription BoardSectorCaseloadChanged($after: String) {\n    sectorCaseloadChanged(after: $after) {\n      cursor\n      occurredAt\n      caseloads {\n        sector {\n          id\n        }\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n": typeof types.BoardSectorCaseloadChangedDocument,
    "\n  subscription BoardPermanenceChanged($after: String) {\n    permanenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": typeof types.BoardPermanenceChangedDocument,
    "\n  subscription BoardAlertChanged($after: String) {\n    alertChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": typeof types.BoardAlertChangedDocument,
    "\n  subscription BoardAbsenceChanged($after: String) {\n    absenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": typeof types.BoardAbsenceChangedDocument,
    "\n  subscription BoardScheduleChanged($after: String) {\n    scheduleChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": typeof types.BoardScheduleChangedDocument,
    "\n  subscription BoardConflictChanged($after: String) {\n    conflictChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": typeof types.BoardConflictChangedDocument,
    "\n  fragment BoardShift on PermanenceShift {\n    id\n    kind\n    startsAt\n    endsAt\n    holderBinome {\n      id\n      name\n    }\n    holders {\n      id\n      fullName\n      phone\n      role\n    }\n    holdersInCallOrder {\n      answers\n      callOrder\n      awayFrom\n      awayUntil\n      person {\n        id\n        fullName\n        phone\n      }\n    }\n    replacements {\n      id\n      kind\n      reason\n      event\n      recordedAt\n    }\n  }\n": typeof types.BoardShiftFragmentDoc,
    "\n  query BoardOnCall {\n    permanenceOnCall {\n      at\n      current {\n        ...BoardShift\n      }\n      next {\n        ...BoardShift\n      }\n      weekend {\n        ...BoardShift\n      }\n    }\n  }\n": typeof types.BoardOnCallDocument,
    "\n  query BoardPlanning {\n    planningBoard {\n      month\n      currentMonth\n      status\n      requests\n      revisions\n      revisionLimit\n      controls\n      controlLimit\n      unplaced\n      suspended\n      relayQueueSize\n      flyingWorker {\n        id\n        fullName\n      }\n      relayWorker {\n        id\n        fullName\n      }\n      sectors {\n        sector {\n          id\n          code\n          name\n        }\n        revisions\n        revisionQuota\n        controls\n        controlQuota\n        unplaced\n      }\n      replacement {\n        kind\n        inProgress\n        startsAt\n        endsAt\n        flyingWorker {\n          id\n          fullName\n        }\n        socialWorker {\n          id\n          fullName\n        }\n        sector {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.BoardPlanningDocument,
    "\n  subscription BoardPlanningChanged($after: String) {\n    planningBoardChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": typeof types.BoardPlanningChangedDocument,
    "\n  query BoardSchedule($day: String!, $first: Int!) {\n    scheduleChanges(day: $day, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          reason\n          at\n          sector { id name }\n          by { id fullName }\n          before { startsAt endsAt helper { id fullName } }\n          after { startsAt endsAt helper { id fullName } }\n        }\n      }\n    }\n    scheduleConflicts(open: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          title\n          severity\n          hard\n          explanation\n          day\n          facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours limitHours breakMinutes fte askedHours helpKind tasks }\n          helper { id fullName }\n          acknowledgedAt\n          sector { id code name }\n        }\n      }\n    }\n  }\n": typeof types.BoardScheduleDocument,
    "\n  fragment BoardWhoToCall on WhoToCall {\n    at\n    gap\n    role\n    person {\n      id\n      fullName\n      phone\n      role\n    }\n    chain {\n      role\n      skipped\n      reasonCode\n      reason\n      until\n      person {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.BoardWhoToCallFragmentDoc,
    "\n  query BoardSectors($nextAt: DateTime, $withNext: Boolean!) {\n    sectors {\n      id\n      code\n      name\n      socialWorker {\n        id\n        fullName\n        phone\n      }\n      now: whoToCall {\n        ...BoardWhoToCall\n      }\n      next: whoToCall(at: $nextAt) @include(if: $withNext) {\n        ...BoardWhoToCall\n      }\n    }\n  }\n": typeof types.BoardSectorsDocument,
};
const documents: Documents = {
    "\n  query BoardAlerts($first: Int!) {\n    alerts(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          severity\n          message\n          cause\n          awayStaff {\n            id\n            fullName\n          }\n          shift {\n            id\n            kind\n            holders {\n              id\n              fullName\n            }\n          }\n          startsAt\n          endsAt\n          openedAt\n        }\n      }\n    }\n  }\n": types.BoardAlertsDocument,
    "\n  query BoardViewer {\n    viewer {\n      kind\n      staff {\n        id\n        fullName\n        role\n      }\n    }\n  }\n": types.BoardViewerDocument,
    "\n  mutation BoardLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BoardLoginDocument,
    "\n  mutation BoardLogout {\n    logout {\n      loggedOut\n    }\n  }\n": types.BoardLogoutDocument,
    "\n  query BoardSectorCaseloads {\n    sectors {\n      id\n      caseload {\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n": types.BoardSectorCaseloadsDocument,
    "\n  subscription BoardSectorCaseloadChanged($after: String) {\n    sectorCaseloadChanged(after: $after) {\n      cursor\n      occurredAt\n      caseloads {\n        sector {\n          id\n        }\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n": types.BoardSectorCaseloadChangedDocument,
    "\n  subscription BoardPermanenceChanged($after: String) {\n    permanenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": types.BoardPermanenceChangedDocument,
    "\n  subscription BoardAlertChanged($after: String) {\n    alertChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": types.BoardAlertChangedDocument,
    "\n  subscription BoardAbsenceChanged($after: String) {\n    absenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": types.BoardAbsenceChangedDocument,
    "\n  subscription BoardScheduleChanged($after: String) {\n    scheduleChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": types.BoardScheduleChangedDocument,
    "\n  subscription BoardConflictChanged($after: String) {\n    conflictChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": types.BoardConflictChangedDocument,
    "\n  fragment BoardShift on PermanenceShift {\n    id\n    kind\n    startsAt\n    endsAt\n    holderBinome {\n      id\n      name\n    }\n    holders {\n      id\n      fullName\n      phone\n      role\n    }\n    holdersInCallOrder {\n      answers\n      callOrder\n      awayFrom\n      awayUntil\n      person {\n        id\n        fullName\n        phone\n      }\n    }\n    replacements {\n      id\n      kind\n      reason\n      event\n      recordedAt\n    }\n  }\n": types.BoardShiftFragmentDoc,
    "\n  query BoardOnCall {\n    permanenceOnCall {\n      at\n      current {\n        ...BoardShift\n      }\n      next {\n        ...BoardShift\n      }\n      weekend {\n        ...BoardShift\n      }\n    }\n  }\n": types.BoardOnCallDocument,
    "\n  query BoardPlanning {\n    planningBoard {\n      month\n      currentMonth\n      status\n      requests\n      revisions\n      revisionLimit\n      controls\n      controlLimit\n      unplaced\n      suspended\n      relayQueueSize\n      flyingWorker {\n        id\n        fullName\n      }\n      relayWorker {\n        id\n        fullName\n      }\n      sectors {\n        sector {\n          id\n          code\n          name\n        }\n        revisions\n        revisionQuota\n        controls\n        controlQuota\n        unplaced\n      }\n      replacement {\n        kind\n        inProgress\n        startsAt\n        endsAt\n        flyingWorker {\n          id\n          fullName\n        }\n        socialWorker {\n          id\n          fullName\n        }\n        sector {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.BoardPlanningDocument,
    "\n  subscription BoardPlanningChanged($after: String) {\n    planningBoardChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n": types.BoardPlanningChangedDocument,
    "\n  query BoardSchedule($day: String!, $first: Int!) {\n    scheduleChanges(day: $day, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          reason\n          at\n          sector { id name }\n          by { id fullName }\n          before { startsAt endsAt helper { id fullName } }\n          after { startsAt endsAt helper { id fullName } }\n        }\n      }\n    }\n    scheduleConflicts(open: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          title\n          severity\n          hard\n          explanation\n          day\n          facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours limitHours breakMinutes fte askedHours helpKind tasks }\n          helper { id fullName }\n          acknowledgedAt\n          sector { id code name }\n        }\n      }\n    }\n  }\n": types.BoardScheduleDocument,
    "\n  fragment BoardWhoToCall on WhoToCall {\n    at\n    gap\n    role\n    person {\n      id\n      fullName\n      phone\n      role\n    }\n    chain {\n      role\n      skipped\n      reasonCode\n      reason\n      until\n      person {\n        id\n        fullName\n      }\n    }\n  }\n": types.BoardWhoToCallFragmentDoc,
    "\n  query BoardSectors($nextAt: DateTime, $withNext: Boolean!) {\n    sectors {\n      id\n      code\n      name\n      socialWorker {\n        id\n        fullName\n        phone\n      }\n      now: whoToCall {\n        ...BoardWhoToCall\n      }\n      next: whoToCall(at: $nextAt) @include(if: $withNext) {\n        ...BoardWhoToCall\n      }\n    }\n  }\n": types.BoardSectorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardAlerts($first: Int!) {\n    alerts(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          severity\n          message\n          cause\n          awayStaff {\n            id\n            fullName\n          }\n          shift {\n            id\n            kind\n            holders {\n              id\n              fullName\n            }\n          }\n          startsAt\n          endsAt\n          openedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardAlerts($first: Int!) {\n    alerts(status: OPEN, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          severity\n          message\n          cause\n          awayStaff {\n            id\n            fullName\n          }\n          shift {\n            id\n            kind\n            holders {\n              id\n              fullName\n            }\n          }\n          startsAt\n          endsAt\n          openedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardViewer {\n    viewer {\n      kind\n      staff {\n        id\n        fullName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardViewer {\n    viewer {\n      kind\n      staff {\n        id\n        fullName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BoardLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardLogout {\n    logout {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation BoardLogout {\n    logout {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSectorCaseloads {\n    sectors {\n      id\n      caseload {\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardSectorCaseloads {\n    sectors {\n      id\n      caseload {\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardSectorCaseloadChanged($after: String) {\n    sectorCaseloadChanged(after: $after) {\n      cursor\n      occurredAt\n      caseloads {\n        sector {\n          id\n        }\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardSectorCaseloadChanged($after: String) {\n    sectorCaseloadChanged(after: $after) {\n      cursor\n      occurredAt\n      caseloads {\n        sector {\n          id\n        }\n        day\n        dayEndsAt\n        visitsToday\n        evaluationsOverdue\n        urgentOpen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardPermanenceChanged($after: String) {\n    permanenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription BoardPermanenceChanged($after: String) {\n    permanenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardAlertChanged($after: String) {\n    alertChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription BoardAlertChanged($after: String) {\n    alertChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardAbsenceChanged($after: String) {\n    absenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription BoardAbsenceChanged($after: String) {\n    absenceChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardScheduleChanged($after: String) {\n    scheduleChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription BoardScheduleChanged($after: String) {\n    scheduleChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardConflictChanged($after: String) {\n    conflictChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription BoardConflictChanged($after: String) {\n    conflictChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardShift on PermanenceShift {\n    id\n    kind\n    startsAt\n    endsAt\n    holderBinome {\n      id\n      name\n    }\n    holders {\n      id\n      fullName\n      phone\n      role\n    }\n    holdersInCallOrder {\n      answers\n      callOrder\n      awayFrom\n      awayUntil\n      person {\n        id\n        fullName\n        phone\n      }\n    }\n    replacements {\n      id\n      kind\n      reason\n      event\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  fragment BoardShift on PermanenceShift {\n    id\n    kind\n    startsAt\n    endsAt\n    holderBinome {\n      id\n      name\n    }\n    holders {\n      id\n      fullName\n      phone\n      role\n    }\n    holdersInCallOrder {\n      answers\n      callOrder\n      awayFrom\n      awayUntil\n      person {\n        id\n        fullName\n        phone\n      }\n    }\n    replacements {\n      id\n      kind\n      reason\n      event\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOnCall {\n    permanenceOnCall {\n      at\n      current {\n        ...BoardShift\n      }\n      next {\n        ...BoardShift\n      }\n      weekend {\n        ...BoardShift\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardOnCall {\n    permanenceOnCall {\n      at\n      current {\n        ...BoardShift\n      }\n      next {\n        ...BoardShift\n      }\n      weekend {\n        ...BoardShift\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPlanning {\n    planningBoard {\n      month\n      currentMonth\n      status\n      requests\n      revisions\n      revisionLimit\n      controls\n      controlLimit\n      unplaced\n      suspended\n      relayQueueSize\n      flyingWorker {\n        id\n        fullName\n      }\n      relayWorker {\n        id\n        fullName\n      }\n      sectors {\n        sector {\n          id\n          code\n          name\n        }\n        revisions\n        revisionQuota\n        controls\n        controlQuota\n        unplaced\n      }\n      replacement {\n        kind\n        inProgress\n        startsAt\n        endsAt\n        flyingWorker {\n          id\n          fullName\n        }\n        socialWorker {\n          id\n          fullName\n        }\n        sector {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardPlanning {\n    planningBoard {\n      month\n      currentMonth\n      status\n      requests\n      revisions\n      revisionLimit\n      controls\n      controlLimit\n      unplaced\n      suspended\n      relayQueueSize\n      flyingWorker {\n        id\n        fullName\n      }\n      relayWorker {\n        id\n        fullName\n      }\n      sectors {\n        sector {\n          id\n          code\n          name\n        }\n        revisions\n        revisionQuota\n        controls\n        controlQuota\n        unplaced\n      }\n      replacement {\n        kind\n        inProgress\n        startsAt\n        endsAt\n        flyingWorker {\n          id\n          fullName\n        }\n        socialWorker {\n          id\n          fullName\n        }\n        sector {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardPlanningChanged($after: String) {\n    planningBoardChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription BoardPlanningChanged($after: String) {\n    planningBoardChanged(after: $after) {\n      cursor\n      type\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSchedule($day: String!, $first: Int!) {\n    scheduleChanges(day: $day, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          reason\n          at\n          sector { id name }\n          by { id fullName }\n          before { startsAt endsAt helper { id fullName } }\n          after { startsAt endsAt helper { id fullName } }\n        }\n      }\n    }\n    scheduleConflicts(open: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          title\n          severity\n          hard\n          explanation\n          day\n          facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours limitHours breakMinutes fte askedHours helpKind tasks }\n          helper { id fullName }\n          acknowledgedAt\n          sector { id code name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardSchedule($day: String!, $first: Int!) {\n    scheduleChanges(day: $day, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          reason\n          at\n          sector { id name }\n          by { id fullName }\n          before { startsAt endsAt helper { id fullName } }\n          after { startsAt endsAt helper { id fullName } }\n        }\n      }\n    }\n    scheduleConflicts(open: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          title\n          severity\n          hard\n          explanation\n          day\n          facts { spans { startsAt endsAt } gapMinutes km neededMinutes speedKmh hours limitHours breakMinutes fte askedHours helpKind tasks }\n          helper { id fullName }\n          acknowledgedAt\n          sector { id code name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardWhoToCall on WhoToCall {\n    at\n    gap\n    role\n    person {\n      id\n      fullName\n      phone\n      role\n    }\n    chain {\n      role\n      skipped\n      reasonCode\n      reason\n      until\n      person {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoardWhoToCall on WhoToCall {\n    at\n    gap\n    role\n    person {\n      id\n      fullName\n      phone\n      role\n    }\n    chain {\n      role\n      skipped\n      reasonCode\n      reason\n      until\n      person {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSectors($nextAt: DateTime, $withNext: Boolean!) {\n    sectors {\n      id\n      code\n      name\n      socialWorker {\n        id\n        fullName\n        phone\n      }\n      now: whoToCall {\n        ...BoardWhoToCall\n      }\n      next: whoToCall(at: $nextAt) @include(if: $withNext) {\n        ...BoardWhoToCall\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardSectors($nextAt: DateTime, $withNext: Boolean!) {\n    sectors {\n      id\n      code\n      name\n      socialWorker {\n        id\n        fullName\n        phone\n      }\n      now: whoToCall {\n        ...BoardWhoToCall\n      }\n      next: whoToCall(at: $nextAt) @include(if: $withNext) {\n        ...BoardWhoToCall\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;