// The repositories of one permanence unit of work: the rota, its swaps and its alerts, the organisation
// (through its port) and the outbox, all bound to one transaction.
import type { Executor } from '../../db/client.js';
import { Outbox } from '../../events/outbox.js';
import { AlertRepository } from './alert.repository.js';
import { BoardFactsRepository } from './board-facts.repository.js';
import { PermanenceRepository } from './permanence.repository.js';
import { SwapRepository } from './swap.repository.js';
import type { PermanenceOrg } from './permanence.ports.js';

export type PermanenceRepositories = {
  permanence: PermanenceRepository;
  swaps: SwapRepository;
  alerts: AlertRepository;
  facts: BoardFactsRepository;
  org: PermanenceOrg;
  outbox: Pick<Outbox, 'publish' | 'publishAll'>;
};

export function permanenceRepositories(executor: Executor, org: (executor: Executor) => PermanenceOrg): PermanenceRepositories {
  return { permanence: new PermanenceRepository(executor), swaps: new SwapRepository(executor), alerts: new AlertRepository(executor), facts: new BoardFactsRepository(executor), org: org(executor), outbox: new Outbox(executor) };
}
