// The reads bench:api sends to Relais and to PostGraphile 4 (the same fields), and bench:api:profile to Relais.
export const MEASURES = {
  small: {
    label: 'sectors with their social worker',
    relais: '{ sectors { id name socialWorker { id fullName phone } } }',
    peer: '{ allSectors { nodes { id name teamBySectorId { staffBySocialWorkerId { id fullName phone } } } } }',
  },
  list: {
    label: '`caseFiles(first: 50)` with beneficiary, sector, social worker',
    relais: '{ caseFiles(first: 50) { edges { node { id status beneficiary { firstName lastName } sector { name } socialWorker { fullName } } } } }',
    peer: '{ allCaseFiles(first: 50, orderBy: PRIMARY_KEY_ASC) { nodes { id status beneficiaryByBeneficiaryId { firstName lastName } sectorBySectorId { name } staffBySocialWorkerId { fullName } } } }',
  },
};

/** Reads of Relais alone (no PostGraphile peer): bench:api's who-to-call load, bench:api:profile's `board`. */
export const RELAIS_READS = {
  board: {
    label: 'the board\'s `sectors { whoToCall { … chain } }`',
    relais: '{ sectors { id name whoToCall { gap role person { fullName phone } chain { role skipped reasonCode reason until person { fullName phone } } } } }',
  },
};

/** Every read bench:api:profile may send, by the name PROFILE_READS gives it. */
export const PROFILE_MEASURES: Record<string, { label: string; relais: string }> = { ...MEASURES, ...RELAIS_READS };
