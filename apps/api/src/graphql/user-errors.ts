// The one place where a broken rule or bad input becomes a payload's `userErrors`.
import { Field, ObjectType } from 'type-graphql';
import { constraintRuleError } from './constraint-rules.js';
import { RuleViolation } from '../shared/outcome.js';

@ObjectType({ description: 'A broken rule or bad input: nothing was changed.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "endsAt"].' })
  field!: string[];

  @Field(() => String, { description: 'Stable upper-case code, e.g. REPLACEMENT_TOO_LATE.' })
  code!: string;

  @Field(() => String)
  message!: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

/** Runs a use case; a RuleViolation (or the database refusing a rule it guards) becomes userErrors, anything else stays a fault. */
export async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (err instanceof RuleViolation) return { ok: false, userErrors: err.errors };
    const guarded = constraintRuleError(err);
    if (guarded) return { ok: false, userErrors: [guarded] };
    throw err;
  }
}

/**
 * Runs a use case into its payload: `ok` shapes the value, `failed` is the payload with nothing in
 * it; either way `userErrors` is added (empty on success). Every mutation's payload is built here.
 */
export async function payload<T, Ok extends object, Failed extends object>(
  run: () => Promise<T>,
  ok: (value: T) => Ok,
  failed: Failed,
): Promise<(Ok & { userErrors: UserError[] }) | (Failed & { userErrors: UserError[] })> {
  const r = await outcome(run);
  return r.ok ? { ...ok(r.value), userErrors: [] } : { ...failed, userErrors: r.userErrors };
}
