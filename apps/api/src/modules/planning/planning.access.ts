// Who reads and who asks for the monthly planning (R6–R11): the social roles and direction.
import { DIRECTION } from '../auth/index.js';

export const PLANNING_READERS = ['SOCIAL_WORKER', 'FLYING_SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
// Who asks the flying social worker for help: the sector social workers, the relay worker, direction.
export const REQUESTERS = ['SOCIAL_WORKER', 'RELAY_CONTROL_SOCIAL_WORKER', ...DIRECTION];
