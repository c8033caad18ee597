// GraphQL types of the beneficiary's satisfaction check (R7, R8). Comments are personal data: they
// are read only through a case file the viewer may read visits of (R5), never in reports.
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/relay.js';
import { DateTime } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { SatisfactionCheckRecord } from './satisfaction.repository.js';
import { SATISFACTION_DOMAINS, type SatisfactionDomain } from './satisfaction.rules.js';

export const SatisfactionDomainEnum = graphqlEnum(SATISFACTION_DOMAINS, {
  name: 'SatisfactionDomain',
  description: 'What the beneficiary is asked about: the helpers’ punctuality, the quality of the help, the relationship with the helper, the communication with the service.',
});
export type SatisfactionDomainEnum = (typeof SatisfactionDomainEnum)[keyof typeof SatisfactionDomainEnum];

@ObjectType({ description: 'The beneficiary’s answer on one domain.' })
export class SatisfactionScore {
  // Where a read of the comment is audited (R5): the check and its case file.
  checkDbId!: string;
  caseDbId!: string;

  @Field(() => SatisfactionDomainEnum)
  domain!: SatisfactionDomain;

  @Field(() => Int, { description: '1 very dissatisfied, 2 dissatisfied, 3 neither, 4 satisfied, 5 very satisfied.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'What the beneficiary said about this domain (personal data, R5: each read is written to the audit trail).' })
  comment!: string | null;
}

@ObjectType({ implements: Node, description: 'R7, R8: the beneficiary’s satisfaction, asked at a revision or helper control visit that took place; one per visit.' })
export class SatisfactionCheck extends Node {
  dbId!: string;
  caseDbId!: string;
  visitDbId!: string;
  recordedByDbId!: string;

  @Field(() => [SatisfactionScore], { description: 'One score per domain asked, in the domains’ order.' })
  scores!: SatisfactionScore[];

  @Field(() => String, { nullable: true, description: 'What the beneficiary said overall (personal data, R5: each read is written to the audit trail).' })
  comment!: string | null;

  @Field(() => DateTime, { description: 'When it was recorded (the month the reports count it in).' })
  recordedAt!: Date;
}

@ObjectType()
export class SatisfactionCheckPayload {
  @Field(() => SatisfactionCheck, { nullable: true, description: 'The check recorded; null when refused.' })
  satisfactionCheck!: SatisfactionCheck | null;

  @Field(() => [UserError], { description: 'Why it was refused (nothing was recorded): UNKNOWN_VISIT, NOT_A_REVISION_OR_CONTROL, VISIT_NOT_DONE, NOT_YOUR_VISIT, ALREADY_RECORDED, SCORE_OUT_OF_RANGE, DOMAIN_TWICE, REQUIRED, TOO_LONG, BAD_CHARACTER.' })
  userErrors!: UserError[];
}

export function toSatisfactionCheck(row: SatisfactionCheckRecord): SatisfactionCheck {
  const order = (d: string) => SATISFACTION_DOMAINS.indexOf(d as SatisfactionDomain);
  return Object.assign(new SatisfactionCheck(), {
    id: toGlobalId('SatisfactionCheck', row.id),
    dbId: row.id,
    caseDbId: row.caseFileId,
    visitDbId: row.visitId,
    recordedByDbId: row.recordedById,
    scores: [...row.scores].sort((a, b) => order(a.domain) - order(b.domain)).map((s) => Object.assign(new SatisfactionScore(), { checkDbId: row.id, caseDbId: row.caseFileId, domain: s.domain, score: s.score, comment: s.comment })),
    comment: row.comment,
    recordedAt: row.recordedAt,
  });
}
