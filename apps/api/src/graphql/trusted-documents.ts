// The board's trusted documents: its operations, persisted at build by the code generator
// (packages/schema/src/generated/persisted-documents.json, SHA-256 → text). A client names one by
// `extensions.persistedQuery.sha256Hash` (the board) or `documentId` ("sha256:<hex>") instead of
// sending the text. With RELAIS_TRUSTED_DOCUMENTS_ONLY (on by default in production), the board's own
// credentials (kiosk tokens, sessions opened by the board's login) run nothing else; reporting tokens
// and staff sessions opened by a tool send any document within the limits.
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../shared/viewer.js';

export const MANIFEST_PATH = 'packages/schema/src/generated/persisted-documents.json';

export class TrustedDocuments {
  private readonly byHash: Map<string, string>;

  constructor(manifest: Record<string, string>) {
    this.byHash = new Map(Object.entries(manifest).map(([id, text]) => [id.replace(/^sha256:/, ''), text]));
  }

  static load(projectRoot: string): TrustedDocuments {
    const file = path.join(projectRoot, MANIFEST_PATH);
    return new TrustedDocuments(fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {});
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * The document a request names, read from its body (POST) or query string (GET): `trusted` with the
   * manifest's text when it names a persisted document; `unknown` for a `documentId` not in it (a hash
   * under `persistedQuery` that is not the board's is left to the server's automatic persisted queries);
   * `none` when it names none.
   */
  resolve(request: { documentId?: unknown; extensions?: unknown }): { kind: 'trusted'; query: string } | { kind: 'unknown' } | { kind: 'none' } {
    const extensions = typeof request.extensions === 'string' ? parseJson(request.extensions) : request.extensions;
    const persisted = isRecord(extensions) && isRecord(extensions.persistedQuery) ? extensions.persistedQuery.sha256Hash : undefined;
    if (typeof persisted === 'string') {
      const text = this.byHash.get(persisted.replace(/^sha256:/, ''));
      return text ? { kind: 'trusted', query: text } : { kind: 'none' };
    }
    if (request.documentId === undefined || request.documentId === null) return { kind: 'none' };
    const text = typeof request.documentId === 'string' ? this.byHash.get(request.documentId.replace(/^sha256:/, '')) : undefined;
    return text ? { kind: 'trusted', query: text } : { kind: 'unknown' };
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The board's own credentials: the kiosk, and staff sessions opened through the board's login document. */
export function isBoardCredential(viewer: Viewer | null): boolean {
  return viewer?.kind === 'KIOSK' || (viewer?.kind === 'STAFF' && viewer.board === true);
}

export function unknownDocument(): GraphQLError {
  return new GraphQLError('No persisted document has this documentId: send one of the board’s documents, or the query text.', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
  });
}

export function trustedDocumentRequired(): GraphQLError {
  return new GraphQLError('This credential runs the board’s own (persisted) documents only: name one by extensions.persistedQuery or documentId.', {
    extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 403 } },
  });
}
