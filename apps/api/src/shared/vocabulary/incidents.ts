// Civil-liability incidents (damage at a beneficiary's home) and their documents.
// Written once: the pgEnum (db/schema), the TypeScript type and the GraphQL enum are made from these lists.
export const INCIDENT_STATUSES = ['DECLARED', 'SENT_TO_INSURER', 'CLOSED'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

// What a document may be: scans and letters (PDF) and photos of the damage. Anything else (HTML,
// SVG, office files with macros) could run in a browser or a desktop program: not kept.
export const INCIDENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type IncidentMediaType = (typeof INCIDENT_MEDIA_TYPES)[number];
