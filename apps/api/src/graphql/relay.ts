// Relay types shared by every module: the Node interface and cursor connections. The IDs and pages
// themselves are GraphQL-free (shared/global-id.ts, shared/paging.ts) so services can build pages.
import { Field, ID, InterfaceType, Int, ObjectType, type ClassType } from 'type-graphql';

@InterfaceType({ description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/**
 * `fields` as an object of the class `type` (`node` resolves the Node interface by class), without
 * `new`: a class's field declarations first set every field to undefined and the fields are then
 * copied over, a cost paid per row and related object of a list.
 */
export function nodeOf<T extends Node>(type: abstract new () => T, fields: T): T {
  return Object.setPrototypeOf(fields, type.prototype) as T;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Builds the `XConnection` and `XEdge` types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
