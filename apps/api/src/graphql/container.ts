// type-graphql asks this container for each resolver instance (as in its `using-container`
// example). The composition root says how each resolver is built from the services it needs, so a
// resolver takes its services in its constructor instead of reaching into the context. One
// container per server (tests run several servers in one process), found through the context.
import type { ContainerType } from 'type-graphql';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ResolverClass = abstract new (...args: any[]) => object;

/** How to build one resolver class: `provide(PermanenceResolver, () => new PermanenceResolver(permanence))`. */
export type Provider = readonly [ResolverClass, () => object];

export function provide<C extends ResolverClass>(cls: C, make: () => InstanceType<C>): Provider {
  return [cls, make];
}

export class ResolverContainer implements ContainerType {
  private readonly instances = new Map<ResolverClass, object>();
  private readonly providers: Map<ResolverClass, () => object>;

  constructor(providers: readonly Provider[]) {
    this.providers = new Map(providers);
  }

  get(cls: ResolverClass): object {
    let instance = this.instances.get(cls);
    if (!instance) {
      const make = this.providers.get(cls);
      // A resolver with constructor parameters and no provider would run with undefined services.
      if (!make && cls.length > 0) throw new Error(`no provider for ${cls.name} (composition/resolvers.ts)`);
      instance = make ? make() : new (cls as new () => object)();
      this.instances.set(cls, instance);
    }
    return instance;
  }
}
