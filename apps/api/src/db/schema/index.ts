export * from './org.js';
export * from './auth.js';
export * from './permanence.js';
export * from './events.js';
export * from './cases.js';
export * from './cases-income.js';
export * from './planning.js';
export * from './schedules.js';
