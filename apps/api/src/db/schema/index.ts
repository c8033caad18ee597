export * from './org.js';
export * from './auth.js';
export * from './permanence.js';
export * from './events.js';
export * from './cases.js';
export * from './schedules.js';
