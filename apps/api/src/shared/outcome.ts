// How a use case says no, without knowing about GraphQL: a broken rule is an outcome (RuleViolation,
// which a mutation's payload turns into userErrors), a malformed argument a BadInput, a refusal by
// role a Forbidden. graphql/faults.ts maps each to what the client reads, in one place.

/** One broken rule or bad input: the input field at fault, a stable code, a sentence. */
export interface UserErrorData {
  field: string[];
  code: string;
  message: string;
}

/** Thrown by a service (inside its transaction, so the transaction rolls back) and turned into userErrors. */
export class RuleViolation extends Error {
  constructor(public readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
}

export function violation(field: string, code: string, message: string): RuleViolation {
  return new RuleViolation([{ field: ['input', field], code, message }]);
}

/**
 * Rules written for an input object (a beneficiary's intake) that the mutation nests under a field
 * (`input.changes`, `input.beneficiary`): their userErrors name the path the client sent.
 */
export async function nestedUnder<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof RuleViolation)) throw err;
    throw new RuleViolation(err.errors.map((e) => ({ ...e, field: e.field[0] === 'input' ? ['input', field, ...e.field.slice(1)] : e.field })));
  }
}

/** An argument the client sent is not usable (shape, range, unknown ID): BAD_USER_INPUT naming the field. */
export class BadInput extends Error {
  constructor(
    public readonly field: string,
    message: string,
    public readonly reason?: string,
  ) {
    super(message);
  }
}

/** The viewer may not do or read this (R5, roles): FORBIDDEN, naming the argument when one is the cause (a list filter). */
export class Forbidden extends Error {
  constructor(
    message?: string,
    public readonly field?: string,
  ) {
    super(message);
  }
}

/** A window argument [from, to): `to` after `from`, and at most `maxDays` long when given; else BAD_USER_INPUT naming `to`. */
export function checkWindow(from: Date, to: Date, maxDays?: number): void {
  if (to <= from) throw new BadInput('to', '`to` must be after `from`.');
  if (maxDays !== undefined && to.getTime() - from.getTime() > maxDays * 86_400_000) throw new BadInput('to', `A window spans at most ${maxDays} days.`);
}
