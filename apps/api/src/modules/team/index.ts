// Team life (meetings, interviews, home controls, trainings about helpers): the composition root
// builds it from here.
import type { Executor } from '../../db/client.js';
import { unitOfWork } from '../../db/unit-of-work.js';
import type { Database } from '../../db/client.js';
import { TeamRepository } from './team.repository.js';
import { TeamService } from './team.service.js';

export { TeamService } from './team.service.js';
export { TeamRecordResolver } from './team.resolver.js';
export { teamNodes } from './team.node.js';

export function teamService(db: Database): TeamService {
  return new TeamService(unitOfWork(db, (executor: Executor) => ({ team: new TeamRepository(executor) })));
}
