// Documents over plain HTTP, with the same bearer session and the same R5 check as GraphQL:
//   GET  /incidents/documents/:id            the file, as an attachment, after its SHA-256 is checked
//   POST /incidents/:incidentId/documents    the raw file as the body (Content-Type: its media type,
//                                            ?fileName=…), or a multipart/form-data form with one
//                                            file part (curl -F file=@x.pdf); up to 5 MiB either way
import express, { type NextFunction, type Request, type Response } from 'express';
import { fromGlobalId } from '../../shared/global-id.js';
import { RuleViolation } from '../../shared/outcome.js';
import type { StaffViewer, Viewer } from '../auth/index.js';
import { isMultipart, readForm } from './incident-document.multipart.js';
import { MAX_DOCUMENT_BYTES } from './incident.rules.js';
import type { IncidentService } from './incident.service.js';

type ViewerLookup = (token: string | null, now: Date) => Promise<Viewer | null>;

export interface DocumentRouteDeps {
  incidents: IncidentService;
  viewerFor: ViewerLookup;
  clock: () => Date;
  logError: (message: string, details: Record<string, unknown>) => void;
}

const bearer = (h: string | undefined) => /^Bearer\s+(\S+)$/i.exec(h ?? '')?.[1] ?? null;
const say = (res: Response, status: number, text: string) => void res.status(status).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send(`${text}\n`);

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const noDocument = (res: Response) => say(res, 404, 'No document you may read has this ID.');

async function staffViewer(deps: DocumentRouteDeps, req: Request, res: Response, now: Date, notFound: (res: Response) => void = noDocument) {
  const viewer = await deps.viewerFor(bearer(req.headers.authorization), now);
  if (!viewer) {
    res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Send your session token: Authorization: Bearer <token>.\n');
    return null;
  }
  // The kiosk and reporting tokens read no incident: answered like a document (or incident) that does not exist.
  if (viewer.kind !== 'STAFF') {
    notFound(res);
    return null;
  }
  return viewer;
}

const unknownIncident = (res: Response) => void res.status(404).json({ document: null, userErrors: [{ field: ['incidentId'], code: 'UNKNOWN_INCIDENT', message: 'No incident you may read has this ID.' }] });

export function incidentDocumentHandlers(deps: DocumentRouteDeps) {
  const download = async (req: Request, res: Response) => {
    const now = deps.clock();
    const viewer = await staffViewer(deps, req, res, now);
    if (!viewer) return;
    const id = fromGlobalId(String(req.params.id ?? ''), 'IncidentDocument')?.id;
    const file = id ? await deps.incidents.download(id, viewer, now) : ({ ok: false, reason: 'NOT_FOUND' } as const);
    if (!file.ok && file.reason === 'DAMAGED') {
      deps.logError('incident document failed its checksum', { documentId: id });
      return say(res, 500, 'This document is damaged: its content no longer matches its SHA-256. It is not sent; tell the administrator.');
    }
    if (!file.ok) return say(res, 404, 'No document you may read has this ID.');
    res
      .status(200)
      .set({
        'Content-Type': file.mediaType,
        'Content-Disposition': contentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
        Digest: `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
      })
      .end(file.content);
  };

  // Who asks is known before the body is read: an anonymous client cannot make the server take in 5 MiB.
  const signedIn = async (req: Request, res: Response, next: NextFunction) => {
    const viewer = await staffViewer(deps, req, res, deps.clock(), unknownIncident);
    if (!viewer) return;
    res.locals.viewer = viewer;
    next();
  };

  const upload = async (req: Request, res: Response) => {
    const now = deps.clock();
    const viewer = res.locals.viewer as StaffViewer;
    const incidentId = fromGlobalId(String(req.params.incidentId ?? ''), 'Incident')?.id;
    if (!incidentId) return unknownIncident(res);
    const named = typeof req.query.fileName === 'string' ? req.query.fileName : null;
    let file = { content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), mediaType: String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase(), fileName: named ?? '' };
    if (isMultipart(req)) {
      const form = await readForm(req, MAX_DOCUMENT_BYTES, named);
      if (!form.ok) {
        const { status, field, code, message } = form.error;
        return void res.status(status).set('Connection', 'close').json({ document: null, userErrors: [{ field: [field], code, message }] });
      }
      file = form.file;
    }
    const { content, mediaType, fileName } = file;
    try {
      const { document } = await deps.incidents.addDocument({ incidentId, fileName, mediaType, content, maxBytes: MAX_DOCUMENT_BYTES }, viewer, now);
      const { id, fileName: name, mediaType: type, sizeBytes, sha256, downloadPath } = document;
      res.status(201).json({ document: { id, fileName: name, mediaType: type, sizeBytes, sha256, downloadPath }, userErrors: [] });
    } catch (err) {
      if (!(err instanceof RuleViolation)) throw err;
      const unknown = err.errors.some((e) => e.code === 'UNKNOWN_INCIDENT');
      res.status(unknown ? 404 : 422).json({ document: null, userErrors: err.errors.map((e) => ({ ...e, field: e.field.filter((f) => f !== 'input') })) });
    }
  };

  const tooLarge = (err: Error & { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (err.type !== 'entity.too.large') return next(err);
    res.status(413).json({ document: null, userErrors: [{ field: ['content'], code: 'TOO_LARGE', message: `The file is larger than ${MAX_DOCUMENT_BYTES} bytes.` }] });
  };

  return {
    download,
    // A form is read by the handler (readForm); any other body type as bytes: the media type is
    // checked against the allow-list and the content either way.
    upload: [signedIn, express.raw({ type: (req) => !isMultipart(req), limit: MAX_DOCUMENT_BYTES }), upload, tooLarge] as const,
  };
}
