// Protective response headers (helmet): a Content-Security-Policy for the board and a stricter one
// for the API, no framing anywhere (the meeting-room screen must not be embedded elsewhere),
// nosniff, and no referrer (the kiosk link carries its token in the address).
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

const shared: HelmetOptions = {
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  xContentTypeOptions: true,
};

// The built board: its own scripts and styles, and GraphQL over HTTP and WebSocket to this origin
// ('self' covers ws:/wss: of the same host in CSP 3). No upgrade-insecure-requests: a service on an
// intranet may be served over plain HTTP, and the directive would turn its WebSocket into wss:.
const board = helmet({
  ...shared,
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      defaultSrc: ["'self'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
});

const apollo = ['https://apollo-server-landing-page.cdn.apollographql.com', 'https://embeddable-sandbox.cdn.apollographql.com', 'https://embeddable-explorer.cdn.apollographql.com'];

/**
 * GraphQL answers JSON: nothing may load from it. Outside production the Apollo landing page is
 * served at the same path; its own <meta> policy (with a nonce) still restricts its scripts, the
 * header only has to allow what that page names.
 */
function api(production: boolean): RequestHandler {
  const landingPage: Record<string, string[]> = production
    ? {}
    : {
        scriptSrc: ["'self'", "'unsafe-inline'", ...apollo],
        styleSrc: ["'self'", "'unsafe-inline'", ...apollo, 'https://fonts.googleapis.com'],
        fontSrc: ['https://fonts.gstatic.com'],
        imgSrc: ["'self'", 'data:', ...apollo],
        manifestSrc: [apollo[0]],
        connectSrc: ["'self'", ...apollo],
        frameSrc: ['https://explorer.embed.apollographql.com', 'https://sandbox.embed.apollographql.com'],
      };
  return helmet({
    ...shared,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"], ...landingPage },
    },
  });
}

/** Everything but /graphql (served without Express, http/graphql-http.ts). */
export const boardHeaders: RequestHandler = board;

/** /graphql's headers, worked out once: helmet's for the API, as it sets them on every answer. */
export function graphqlHeaders(production: boolean): [string, string][] {
  const headers: [string, string][] = [];
  const res = { setHeader: (name: string, value: unknown) => void headers.push([name, String(value)]), removeHeader: () => {} };
  api(production)({} as never, res as never, () => {});
  return headers;
}
