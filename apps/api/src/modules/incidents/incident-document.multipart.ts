// A document sent as multipart/form-data (an HTML form, `curl -F file=@constat.pdf`): one file part,
// read with busboy under the same size limit as the raw body. What the file may be (type, name,
// content) is left to the service, as for the raw body; this only says what the form held.
import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from 'express';
import busboy from 'busboy';

export interface FormFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

export interface FormError {
  status: 400 | 413;
  field: string;
  code: string;
  message: string;
}

export type FormOutcome = { ok: true; file: FormFile } | { ok: false; error: FormError };

/** Room for the parts' headers and a `fileName` field around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

export const isMultipart = (req: { headers: IncomingHttpHeaders }) => /^multipart\/form-data\b/i.test(String(req.headers['content-type'] ?? ''));

/**
 * Reads the form: exactly one file part (any field name; `file` in the docs), its name from the part's
 * `filename` unless a `fileName` field (or `?fileName=`, passed as `nameOverride`) says otherwise, its media
 * type from the part's Content-Type. A file over `maxBytes` or a body over it plus the envelope stops
 * the reading at once (413); a form that is not one (no boundary, cut short) is a 400.
 */
export function readForm(req: Request, maxBytes: number, nameOverride: string | null): Promise<FormOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: FormOutcome) => {
      if (settled) return;
      settled = true;
      if (!outcome.ok) {
        // As express.raw does past its limit: stop reading; the answer closes the connection.
        req.unpipe();
        req.pause();
      }
      resolve(outcome);
    };
    const fail = (status: FormError['status'], field: string, code: string, message: string) => finish({ ok: false, error: { status, field, code, message } });
    const broken = (err: Error) => fail(400, 'content', 'BAD_MULTIPART', `This multipart/form-data body cannot be read (${err.message}).`);
    const tooLarge = () => fail(413, 'content', 'TOO_LARGE', `The file is larger than ${maxBytes} bytes.`);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) return tooLarge();

    let form: busboy.Busboy;
    try {
      // preservePath: a name with a path reaches the service's file-name rule (BAD_FILE_NAME) instead of
      // being cut silently; utf8: browsers send the name's UTF-8 bytes as they are.
      form = busboy({ headers: req.headers, preservePath: true, defParamCharset: 'utf8', limits: { files: 1, fields: 4, parts: 5, fileSize: maxBytes + 1, fieldSize: 1_000 } });
    } catch (err) {
      return broken(err as Error);
    }

    let file: FormFile | null = null;
    let fileName: string | null = null;
    let files = 0;
    let received = 0;
    form.on('file', (_name, stream, info) => {
      files++;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', tooLarge);
      // A body cut short fails the part being read as well as the form.
      stream.on('error', broken);
      stream.on('end', () => {
        if (!stream.truncated) file = { fileName: info.filename ?? '', mediaType: info.mimeType.split(';')[0].trim().toLowerCase(), content: Buffer.concat(chunks) };
      });
    });
    form.on('field', (name, value) => {
      if (name === 'fileName') fileName = value;
    });
    form.on('filesLimit', () => fail(400, 'file', 'TOO_MANY_FILES', 'Send one file per request.'));
    form.on('error', broken);
    form.on('close', () => {
      if (files > 1) return fail(400, 'file', 'TOO_MANY_FILES', 'Send one file per request.');
      if (!file) return fail(400, 'file', 'REQUIRED', 'The form holds no file: send it as a file part, e.g. `curl -F file=@constat.pdf`.');
      finish({ ok: true, file: { ...file, fileName: nameOverride ?? fileName ?? file.fileName } });
    });
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes + ENVELOPE_BYTES) tooLarge();
    });
    req.pipe(form);
  });
}
