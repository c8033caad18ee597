// GraphQL enums from a domain vocabulary written once as an `as const` array (the same array gives
// the pgEnum and the TypeScript type), so a value cannot be added in one place and not the others.
import { registerEnumType } from 'type-graphql';

/** `['A', 'B']` → `{ A: 'A', B: 'B' }`, the object type-graphql turns into a GraphQL enum (same order). */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** The GraphQL enum `name` of `values`, registered once. */
export function graphqlEnum<T extends string>(values: readonly T[], config: { name: string; description?: string }): { [K in T]: K } {
  const e = enumOf(values);
  registerEnumType(e, config);
  return e;
}
