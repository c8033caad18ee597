// The typed GraphQL operations of the board: documents (values) and their result types.
export type * from './generated/graphql';
export { graphql } from './generated/index';
export * from './operations/onCall';
export * from './operations/whoToCall';
export * from './operations/alerts';
export * from './operations/auth';
export * from './operations/events';
export * from './operations/caseloads';
export * from './operations/schedules';
export * from './operations/planning';
export * from './operations/desk';
export * from './operations/swaps';
export * from './operations/reports';
export * from './operations/sectorSearch';
export * from './operations/incidents';
