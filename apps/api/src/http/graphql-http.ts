// GraphQL over HTTP on node:http, without Express (issue 14: per-request cost). Express's router,
// express.json, the Apollo integration and res.send (an ETag hashed over every answer, body and
// headers written apart) were a fifth of the CPU of a small read. What they did for /graphql is
// here: the protective headers, the body read under its size limit, batching and query size
// refused, the board's persisted documents resolved. Apollo does the
// rest (CSRF prevention, in our words below; methods, content negotiation, the landing page outside production).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../graphql/context.js';
import { LIMITS, checkQuerySize } from '../graphql/limits.js';
import { unknownDocument, type TrustedDocuments } from '../graphql/trusted-documents.js';
import { logger } from '../logger.js';

export interface GraphqlHttpOptions {
  apollo: ApolloServer<Context>;
  trusted: TrustedDocuments;
  /** The protective headers every answer carries (http/headers.ts). */
  headers: readonly (readonly [string, string])[];
  context: (req: IncomingMessage, res: ServerResponse, trustedDocument: boolean) => Promise<Context>;
}

/** /graphql and below, in any case, as Express's `app.use('/graphql')` matched it. */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?', 1)[0].toLowerCase();
  return path === '/graphql' || path.startsWith('/graphql/');
}

const JSON_TYPES = new Set(['application/json', 'application/graphql-response+json']);

/**
 * CSRF: a request a browser sends from any site without a preflight (no Content-Type, or a form's or
 * text/plain) runs only with one of these headers, non-empty; Apollo's csrfPrevention checks it.
 * `X-Relais-Preflight` is the one Relais documents; Apollo's two stay accepted for clients sending them.
 */
export const PREFLIGHT_HEADERS = ['x-relais-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
const CSRF_REFUSAL =
  'Refused as a possible cross-site request forgery (CSRF): any site can make a browser send this request. Send a POST with `Content-Type: application/json`, or add the header `X-Relais-Preflight: 1` (to a GET, for instance).';

/** Apollo's CSRF refusal in Relais's words (its own names Apollo's headers); other errors as they are. */
export function csrfRefusalInOurWords(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const csrf = formatted.extensions?.code === 'BAD_REQUEST' && formatted.message.startsWith('This operation has been blocked as a potential Cross-Site Request Forgery');
  return csrf ? { message: CSRF_REFUSAL, extensions: { code: 'BAD_REQUEST' } } : formatted;
}

type Fields = Record<string, unknown>;

class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    readonly code: string,
    readonly field?: string,
  ) {}
}

export function graphqlHttp({ apollo, trusted, headers, context }: GraphqlHttpOptions): (req: IncomingMessage, res: ServerResponse) => void {
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    let search = q < 0 ? '' : url.slice(q);
    let body: unknown;
    let fields: Fields = {};
    if (method === 'GET') {
      // The first of a repeated parameter, as Apollo reads it (URLSearchParams.get): what is checked here is what runs.
      for (const [name, value] of new URLSearchParams(search)) if (!(name in fields)) fields[name] = value;
    } else if (method === 'POST' && JSON_TYPES.has(mediaType(req.headers['content-type']))) {
      body = await readJson(req);
      if (Array.isArray(body)) throw new Refusal(400, 'Batched requests are not accepted: send one operation per request.', 'BATCHING_NOT_ALLOWED');
      if (isRecord(body)) fields = body;
    }
    const tooBig = checkQuerySize(typeof fields.query === 'string' ? fields.query : undefined);
    if (tooBig) throw new Refusal(413, tooBig.message, 'QUERY_TOO_LARGE');

    // The board's persisted documents (graphql/trusted-documents.ts): a hash or documentId becomes
    // the manifest's text, and the request is marked trusted for the context.
    const named = trusted.resolve(fields);
    if (named.kind === 'unknown') throw new Refusal(400, unknownDocument().message, 'PERSISTED_QUERY_NOT_FOUND');
    const trustedDocument = named.kind === 'trusted';
    if (named.kind === 'trusted') {
      const extensions = typeof fields.extensions === 'string' ? parseExtensions(fields.extensions) : { ...(fields.extensions as object) };
      delete extensions.persistedQuery;
      if (method === 'GET') {
        // Apollo reads a GET request's parameters from its URL.
        const params = new URLSearchParams(search);
        params.set('query', named.query);
        params.set('extensions', JSON.stringify(extensions));
        params.delete('documentId');
        search = `?${params}`;
      } else body = { ...fields, query: named.query, documentId: undefined, extensions };
    } else checkPersistedQuery(fields);

    const requestHeaders = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const request: HTTPGraphQLRequest = { method, headers: requestHeaders, search, body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => context(req, res, trustedDocument) });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // A string with headers not yet sent: Node writes both in one write, with Content-Length.
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    serve(req, res).catch((err: unknown) => {
      // The client went away (its body cut short): nobody to answer.
      if (res.destroyed) return;
      if (!(err instanceof Refusal)) logger.error({ err }, 'graphql request failed');
      if (res.headersSent) return void res.destroy();
      const refusal = err instanceof Refusal ? err : new Refusal(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      // Whatever is left of an unread body is not read.
      if (!req.complete) res.setHeader('connection', 'close');
      res.statusCode = refusal.status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) } }] }));
    });
  };
}

/** The body as JSON, within LIMITS.maxBodyBytes; an empty body is `{}` (as express.json read it). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const tooLarge = () => new Refusal(413, `The request body exceeds ${LIMITS.maxBodyBytes} bytes.`, 'QUERY_TOO_LARGE');
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new Refusal(415, `Content-Encoding "${encoding}" is not accepted: send the body uncompressed.`, 'BAD_REQUEST');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1].toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new Refusal(415, `Unsupported charset "${charset.toUpperCase()}": send UTF-8.`, 'BAD_REQUEST');
  if (Number(req.headers['content-length']) > LIMITS.maxBodyBytes) throw tooLarge();
  // Events, not an async iterator: leaving one early destroys the socket, and the 413 with it.
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LIMITS.maxBodyBytes) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.pause();
      reject(tooLarge());
    };
    const onEnd = () => resolve(chunks);
    req.on('data', onData).on('end', onEnd).once('error', reject);
  });
  let text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
  // Windows tools (PowerShell, .NET) start their UTF-8 with a byte-order mark; JSON.parse refuses it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Refusal(400, (err as Error).message, 'BAD_REQUEST');
  }
}

/**
 * An automatic persisted query (one not among the board's documents) checked before Apollo: Apollo
 * answers a malformed one with a GraphQLError without a code, which our formatError takes for a fault
 * (500-style message, an error log with a stack, for anyone who sends one).
 */
function checkPersistedQuery(fields: Fields): void {
  let extensions = fields.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return; // Apollo answers unparsable extensions with BAD_REQUEST.
    }
  }
  if (!isRecord(extensions) || extensions.persistedQuery === undefined || extensions.persistedQuery === null) return;
  const refuse = (field: string, rule: string) => new Refusal(400, `\`extensions.persistedQuery${field}\`: ${rule}.`, 'PERSISTED_QUERY_INVALID', `extensions.persistedQuery${field}`);
  const pq = extensions.persistedQuery;
  if (!isRecord(pq)) throw refuse('', 'must be an object { version: 1, sha256Hash }');
  if (pq.version !== 1) throw refuse('.version', 'only 1 is supported');
  if (typeof pq.sha256Hash !== 'string' || !/^[0-9a-f]{64}$/.test(pq.sha256Hash)) throw refuse('.sha256Hash', 'must be 64 lowercase hexadecimal characters (the SHA-256 of the query text)');
  if (typeof fields.query === 'string' && createHash('sha256').update(fields.query).digest('hex') !== pq.sha256Hash) throw refuse('.sha256Hash', "does not match the query's text");
}

/** A GET request's `extensions` parameter, which must be a JSON object. */
function parseExtensions(text: string): Fields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed)) throw new Refusal(400, '`extensions`: must be a JSON object.', 'BAD_REQUEST', 'extensions');
  return parsed;
}

function mediaType(contentType: string | undefined): string {
  if (!contentType) return '';
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

const isRecord = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);
