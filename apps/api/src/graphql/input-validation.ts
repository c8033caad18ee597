// Enforces and documents the input limits: input objects through class-validator (type-graphql's
// `validateFn`), scalar arguments through one table by argument name; the SDL gets each limit's
// sentence. A violation is BAD_USER_INPUT naming the field, or a payload's userErrors on a mutation.
import { validate, type ValidationError } from 'class-validator';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLFloat,
  GraphQLInt,
  getNamedType,
  isListType,
  isNonNullType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { CLOCK_TIME, GLOBAL_ID, INSTANT, MONTH, day, brokenRule, declaredInputs, listOf, range, text, type Limit } from './input-limits.js';
import { MAX_PAGE } from '../shared/paging.js';
import type { UserError } from './user-errors.js';

/** Bad input caught before any resolver ran: nothing was read or changed. */
export class InputViolation extends GraphQLError {
  constructor(public readonly errors: UserError[]) {
    const [first] = errors;
    const field = first.field.length === 1 ? first.field[0] : first.field.join('.');
    super(errors.map((e) => `\`${e.field.join('.')}\`: ${e.message}`).join(' '), { extensions: { code: 'BAD_USER_INPUT', field, reason: first.code } });
  }
}

const CURSOR: Limit = { code: 'BAD_CURSOR', says: 'A cursor this list gave out (at most 200 characters).', ok: (v) => typeof v === 'string' && v.length <= 200 && /^[A-Za-z0-9_=-]*$/.test(v) };

// Scalar arguments, by name and type: the same name means the same thing everywhere in the API.
const ARG_LIMITS: Record<string, Partial<Record<string, Limit[]>>> = {
  first: { Int: [range(1, MAX_PAGE)] },
  after: { String: [CURSOR] },
  id: { ID: [GLOBAL_ID] },
  ids: { ID: [listOf(MAX_PAGE), GLOBAL_ID] },
  sectorId: { ID: [GLOBAL_ID], String: [GLOBAL_ID] },
  helperId: { ID: [GLOBAL_ID], String: [GLOBAL_ID] },
  patternId: { String: [GLOBAL_ID] },
  caseFileId: { ID: [GLOBAL_ID] },
  socialWorkerId: { ID: [GLOBAL_ID] },
  month: { String: [MONTH] },
  day: { String: [day()] },
  from: { String: [day()], DateTime: [INSTANT] },
  to: { String: [day()], DateTime: [INSTANT] },
  at: { DateTime: [INSTANT] },
  startTime: { String: [CLOCK_TIME] },
  // Searched text (sectorSearch): the length and characters of what people type.
  text: { String: text(100) },
};

function argLimits(arg: GraphQLArgument): Limit[] {
  return ARG_LIMITS[arg.name]?.[getNamedType(arg.type).name] ?? [];
}

function check(value: unknown, limits: Limit[], path: string[]): UserError[] {
  if (value === null || value === undefined) return [];
  const broken = limits.filter((l) => (l.code !== 'TOO_MANY' && Array.isArray(value) ? !value.every((v) => l.ok(v)) : !l.ok(value)));
  return broken.map((l) => ({ field: path, code: l.code, message: brokenRule(l) }));
}

function flatten(errors: ValidationError[], path: string[]): UserError[] {
  return errors.flatMap((e) => [
    ...Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field: [...path, e.property], code, message })),
    ...flatten(e.children ?? [], [...path, e.property]),
  ]);
}

/** type-graphql's `validateFn`: runs the class-validator rules of an input object. */
export async function validateInput(value: unknown, _type: unknown, data: { info: { parentType: { getFields: () => Record<string, GraphQLField<unknown, unknown>> }; fieldName: string } }) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const field = data.info.parentType.getFields()[data.info.fieldName];
  const argName = field?.args.find((a) => isInputObjectType(getNamedType(a.type)))?.name ?? 'input';
  const errors = flatten(await validate(value, { forbidUnknownValues: false, validationError: { target: false, value: false } }), [argName]);
  if (errors.length) throw new InputViolation(errors);
}

const describe = (current: string | null | undefined, limits: Limit[]) => {
  const says = [...new Set(limits.map((l) => l.says).filter(Boolean))].filter((s) => !(current ?? '').includes(s));
  return [current, ...says].filter(Boolean).join(' ') || undefined;
};

function checkArgs<TSource, TArgs>(field: GraphQLField<TSource, unknown>, next: GraphQLFieldResolver<TSource, unknown, TArgs>): GraphQLFieldResolver<TSource, unknown, TArgs> {
  const limited = field.args.filter((a) => argLimits(a).length);
  if (!limited.length) return next;
  return (source, args, context, info) => {
    const errors = limited.flatMap((a) => check((args as Record<string, unknown>)[a.name], argLimits(a), [a.name]));
    if (errors.length) throw new InputViolation(errors);
    return next(source, args, context, info);
  };
}

/** The payload of a mutation that did nothing: non-null counts are 0 and non-null lists empty. */
function nothingDone(payload: GraphQLObjectType): Record<string, unknown> {
  const empty: Record<string, unknown> = {};
  for (const f of Object.values(payload.getFields())) {
    if (!isNonNullType(f.type)) continue;
    const inner = f.type.ofType;
    if (isListType(inner)) empty[f.name] = [];
    else if (inner === GraphQLInt || inner === GraphQLFloat) empty[f.name] = 0;
    else if (inner === GraphQLBoolean) empty[f.name] = false;
  }
  return empty;
}

/** A mutation with a payload answers its input violations as the payload's userErrors. */
function asUserErrors<TSource, TArgs>(payload: GraphQLObjectType, next: GraphQLFieldResolver<TSource, unknown, TArgs>): GraphQLFieldResolver<TSource, unknown, TArgs> {
  const empty = nothingDone(payload);
  return async (source, args, context, info) => {
    try {
      return await next(source, args, context, info);
    } catch (err) {
      if (err instanceof InputViolation) return { ...empty, userErrors: err.errors };
      throw err;
    }
  };
}

/** Writes every limit into the schema's descriptions and puts the argument checks in front of the resolvers. */
export function applyInputLimits(schema: GraphQLSchema): GraphQLSchema {
  const classes = new Map(getMetadataStorage().inputTypes.map((t) => [t.name, t.target]));
  const inputs = declaredInputs();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) {
      const byProperty = inputs.get(classes.get(type.name) as Function);
      for (const f of Object.values(type.getFields())) {
        const limits = byProperty?.get(f.name)?.limits;
        if (limits) f.description = describe(f.description, limits);
      }
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) if (argLimits(arg).length) arg.description = describe(arg.description, argLimits(arg));
      if (field.resolve) field.resolve = checkArgs(field, field.resolve);
      if (field.subscribe) field.subscribe = checkArgs(field, field.subscribe);
      const payload = getNamedType(field.type);
      if (type === schema.getMutationType() && field.resolve && isObjectType(payload) && payload.getFields().userErrors) field.resolve = asUserErrors(payload, field.resolve);
    }
  }
  return schema;
}
