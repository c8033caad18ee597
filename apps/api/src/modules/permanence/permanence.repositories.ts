// The repositories of one permanence unit of work: the rota and its alerts, the organisation
// (through its port) and the outbox, all bound to one transaction.
import type { Executor } from '../../db/client.js';
import { Outbox } from '../../events/outbox.js';
import { AlertRepository } from './alert.repository.js';
import { PermanenceRepository } from './permanence.repository.js';
import type { PermanenceOrg } from './permanence.ports.js';

export type PermanenceRepositories = {
  permanence: PermanenceRepository;
  alerts: AlertRepository;
  org: PermanenceOrg;
  outbox: Pick<Outbox, 'publish' | 'publishAll'>;
};

export function permanenceRepositories(executor: Executor, org: (executor: Executor) => PermanenceOrg): PermanenceRepositories {
  return { permanence: new PermanenceRepository(executor), alerts: new AlertRepository(executor), org: org(executor), outbox: new Outbox(executor) };
}
