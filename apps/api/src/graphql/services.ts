// The services of the process as the GraphQL layer names them. The composition root fills this
// interface by declaration merging (composition/services.ts), so graphql/ never imports the modules
// back: the request's context and the loaders stay typed without an import cycle.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Services {}
