// The desk's sector search through GraphQL: from a name or a street to the sector, accent- and
// case-free, `%`/`_` taken as typed, and per role only what R5 lets it see (a telephonist: who to
// call, never who lives in a street).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beneficiaries, caseFiles } from '../../db/schema/index.js';
import { toGlobalId } from '../../shared/global-id.js';
import { startTestServer, type TestServer } from '@support/server.js';
import { buildCasesWorld, serveCase, type CasesWorld } from '@support/cases-world.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let server: TestServer;
let w: CasesWorld;

const SEARCH = `query ($text: String!, $first: Int) {
  sectorSearch(text: $text, first: $first) { more matches { matchedOn beneficiaryName street postalCode city sector { code name } } }
}`;
type Match = { matchedOn: string; beneficiaryName: string | null; street: string | null; postalCode: string | null; city: string | null; sector: { code: string; name: string } };

async function search(text: string, who: { email: string } | string | null, first?: number) {
  const token = who === null ? null : typeof who === 'string' ? who : await w.token(who);
  return server.gql<{ sectorSearch: { more: boolean; matches: Match[] } }>(SEARCH, { text, first }, token);
}
async function matches(text: string, who: { email: string }) {
  const r = await search(text, who);
  expect(r.errors).toBeUndefined();
  return r.data!.sectorSearch.matches;
}

let servedCase: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  w = await buildCasesWorld(server);
  const db = server.db.db;
  const people = [
    { firstName: 'Élodie', lastName: 'Dubois-Lefèvre', street: 'Rue Édouard Stuckens 14', postalCode: '1140', city: 'Evere', sector: w.sector, sw: w.sw },
    { firstName: 'Marc', lastName: 'Dubois', street: 'Avenue Louise 200 bte 3', postalCode: '1050', city: 'Ixelles', sector: w.other, sw: w.otherSw },
    { firstName: 'Anna', lastName: 'Bxl', street: 'Rue Haute 5', postalCode: '1000', city: 'Bruxelles', sector: w.other, sw: w.otherSw },
    { firstName: 'Paul', lastName: 'Cent%Pour_Cent', street: 'Rue Haute 77', postalCode: '1000', city: 'Bruxelles', sector: w.other, sw: w.otherSw },
    { firstName: 'Jeanne', lastName: 'Mertens', street: 'Rue de Mérode 110', postalCode: '1060', city: 'Saint-Gilles', sector: w.other, sw: w.otherSw },
  ];
  for (const p of people) {
    const [b] = await db.insert(beneficiaries).values({ firstName: p.firstName, lastName: p.lastName, street: p.street, postalCode: p.postalCode, city: p.city, healthNotes: 'secret' }).returning();
    const [c] = await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId: p.sector.id, socialWorkerId: p.sw.id, reasonForContact: 'test', status: 'ACTIVE' }).returning();
    if (p.firstName === 'Élodie') servedCase = toGlobalId('CaseFile', c.id);
  }
  await serveCase(server, w, servedCase, w.familyHelper);
});
afterAll(() => server?.close());

describe('sectorSearch: finding the sector', () => {
  it('finds by last name, in either order and without accents; name matches carry the sector', async () => {
    const found = await matches('dubois', w.director);
    expect(found.map((m) => [m.beneficiaryName, m.sector.name, m.matchedOn])).toEqual([
      ['Élodie Dubois-Lefèvre', 'Ixelles', 'NAME'],
      ['Marc Dubois', 'Uccle', 'NAME'],
    ]);
    expect((await matches('LEFEVRE elodie', w.director)).map((m) => m.beneficiaryName)).toEqual(['Élodie Dubois-Lefèvre']);
    expect((await matches('  élodie   dubois ', w.director)).map((m) => m.beneficiaryName)).toEqual(['Élodie Dubois-Lefèvre']);
  });

  it('finds by street, accent-free, and names the sector', async () => {
    const found = await matches('edouard stuckens', w.director);
    expect(found).toEqual([{ matchedOn: 'STREET', beneficiaryName: 'Élodie Dubois-Lefèvre', street: 'Rue Édouard Stuckens 14', postalCode: '1140', city: 'Evere', sector: { code: w.sector.code, name: 'Ixelles' } }]);
  });

  it('% and _ are plain characters, not wildcards', async () => {
    // As LIKE wildcards, "a%l" would match "Anna Bxl" and "d_bois" both Dubois.
    expect(await matches('a%l', w.director)).toEqual([]);
    expect(await matches('d_bois', w.director)).toEqual([]);
    expect((await matches('cent%pour_', w.director)).map((m) => m.beneficiaryName)).toEqual(['Paul Cent%Pour_Cent']);
  });

  it('`first` bounds the list and `more` says there is more', async () => {
    const r = await search('dubois', w.director, 1);
    expect(r.data?.sectorSearch).toMatchObject({ more: true, matches: [{ beneficiaryName: 'Élodie Dubois-Lefèvre' }] });
    expect((await search('dubois', w.director, 2)).data?.sectorSearch.more).toBe(false);
  });

  it('the same search twenty times at once gives the same answer each time', async () => {
    const token = await w.token(w.telephonist);
    const all = await Promise.all(Array.from({ length: 20 }, () => search('rue haute', token)));
    expect(all.every((r) => !r.errors)).toBe(true);
    expect(new Set(all.map((r) => JSON.stringify(r.data))).size).toBe(1);
  });

  it('the search reads the trigram indexes where pg_trgm is installed', async () => {
    const sql = server.db.sql;
    const [{ trgm }] = await sql`select exists (select 1 from pg_extension where extname = 'pg_trgm') as trgm`;
    expect(trgm).toBe(true);
    const plan = await sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      return tx`explain select id from beneficiaries where relais_fold(first_name || ' ' || last_name || ' ' || first_name) like relais_fold('%dubois%') or relais_fold(coalesce(street, '')) like relais_fold('%dubois%')`;
    });
    const text = plan.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toContain('beneficiaries_search_name_trgm_idx');
    expect(text).toContain('beneficiaries_search_street_trgm_idx');
  });
});

describe('sectorSearch: R5 per role', () => {
  it('TELEPHONIST: the name and the sector for a name; no address', async () => {
    const found = await matches('dubois', w.telephonist);
    expect(found).toEqual([
      { matchedOn: 'NAME', beneficiaryName: 'Élodie Dubois-Lefèvre', street: null, postalCode: null, city: null, sector: { code: w.sector.code, name: 'Ixelles' } },
      { matchedOn: 'NAME', beneficiaryName: 'Marc Dubois', street: null, postalCode: null, city: null, sector: { code: w.other.code, name: 'Uccle' } },
    ]);
  });

  it('TELEPHONIST: a street gives the street and the sector, never who lives there nor the house number', async () => {
    const found = await matches('louise', w.telephonist);
    expect(found).toEqual([{ matchedOn: 'STREET', beneficiaryName: null, street: 'Avenue Louise', postalCode: '1050', city: 'Ixelles', sector: { code: w.other.code, name: 'Uccle' } }]);
    // Two homes in the same street and sector: one line, no numbers, no names.
    const haute = await matches('rue haute', w.telephonist);
    expect(haute).toEqual([{ matchedOn: 'STREET', beneficiaryName: null, street: 'Rue Haute', postalCode: '1000', city: 'Bruxelles', sector: { code: w.other.code, name: 'Uccle' } }]);
    expect(JSON.stringify(haute)).not.toMatch(/Anna|Paul|77|\b5\b/);
  });

  it('SOCIAL_WORKER: her sector in full; another sector as the permanence sees it (name and sector, street without number)', async () => {
    const found = await matches('dubois', w.sw);
    expect(found.map((m) => [m.beneficiaryName, m.street, m.sector.name])).toEqual([
      ['Élodie Dubois-Lefèvre', 'Rue Édouard Stuckens 14', 'Ixelles'],
      ['Marc Dubois', null, 'Uccle'],
    ]);
    expect(await matches('louise', w.sw)).toEqual([{ matchedOn: 'STREET', beneficiaryName: null, street: 'Avenue Louise', postalCode: '1050', city: 'Ixelles', sector: { code: w.other.code, name: 'Uccle' } }]);
  });

  it('R5 (issue 11): where the address is not theirs, house numbers are ignored — 110 and 111 answer alike, "110" finds no street', async () => {
    const street = [{ matchedOn: 'STREET', beneficiaryName: null, street: 'Rue de Mérode', postalCode: '1060', city: 'Saint-Gilles', sector: { code: w.other.code, name: 'Uccle' } }];
    for (const who of [w.telephonist, w.sw]) {
      const lived = await search('Rue de Mérode 110', who);
      const empty = await search('rue de merode 111', who);
      expect(lived.data!.sectorSearch.matches).toEqual(street);
      expect(empty.data).toEqual(lived.data);
      for (const digits of ['110', '111', ' 110 , ', '110 bte 2']) expect((await search(digits, who)).data).toEqual({ sectorSearch: { more: false, matches: [] } });
    }
    // Direction reads addresses: there the number narrows the search as typed.
    expect((await matches('Rue de Mérode 110', w.director)).map((m) => m.street)).toEqual(['Rue de Mérode 110']);
    expect(await matches('Rue de Mérode 111', w.director)).toEqual([]);
    expect((await matches('110', w.director)).map((m) => m.street)).toEqual(['Rue de Mérode 110']);
  });

  it('FAMILY_HELPER: only the homes it goes to; an idle helper finds nothing', async () => {
    expect((await matches('dubois', w.familyHelper)).map((m) => [m.beneficiaryName, m.street])).toEqual([['Élodie Dubois-Lefèvre', 'Rue Édouard Stuckens 14']]);
    expect(await matches('louise', w.familyHelper)).toEqual([]);
    expect(await matches('dubois', w.idleHelper)).toEqual([]);
  });

  it('TRAINEE: its sector only', async () => {
    expect((await matches('dubois', w.trainee)).map((m) => m.beneficiaryName)).toEqual(['Élodie Dubois-Lefèvre']);
  });

  it('R5: names seen only to know whom to call come a few at a time — past 5 for one text none is named (no register by short searches)', async () => {
    const db = server.db.db;
    const firstNames = ['Alice', 'Bernard', 'Chloé', 'Denis', 'Emma', 'Fabrice'];
    for (const firstName of firstNames) {
      const [b] = await db.insert(beneficiaries).values({ firstName, lastName: 'Vandermaelen', street: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles' }).returning();
      await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId: w.other.id, socialWorkerId: w.otherSw.id, reasonForContact: 'test', status: 'ACTIVE' });
    }
    for (const who of [w.telephonist, w.sw]) {
      const many = await search('vandermaelen', who, 100);
      expect(many.data!.sectorSearch).toEqual({ more: true, matches: [] });
      // Saying more of the name finds the one the caller means.
      expect((await matches('emma vandermaelen', who)).map((m) => [m.beneficiaryName, m.sector.code])).toEqual([['Emma Vandermaelen', w.other.code]]);
    }
    // Direction and the sector's own social worker read these files: all six, as asked.
    expect((await search('vandermaelen', w.director, 100)).data!.sectorSearch.matches).toHaveLength(6);
    expect((await search('vandermaelen', w.otherSw, 100)).data!.sectorSearch.matches).toHaveLength(6);
  });

  it('the kiosk is refused (FORBIDDEN) and nobody signed out gets anything (UNAUTHENTICATED)', async () => {
    const kiosk = await search('dubois', w.kiosk);
    expect(kiosk.data?.sectorSearch ?? null).toBeNull();
    expect(kiosk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await search('dubois', null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('sectorSearch: hostile input is refused naming the field', () => {
  const cases: [string, string, string][] = [
    ['one letter', 'a', 'TOO_SHORT'],
    ['empty', '', 'TOO_SHORT'],
    ['blanks', '     ', 'TOO_SHORT'],
    ['only wildcards', '%%__', 'TOO_SHORT'],
    ['101 characters', 'x'.repeat(101), 'TOO_LONG'],
    ['a huge text', 'x'.repeat(19_000), 'TOO_LONG'],
    ['a NUL', 'dub\u0000ois', 'BAD_CHARACTER'],
    ['a bidi override', 'dub\u202eois', 'BAD_CHARACTER'],
  ];
  for (const [what, text, reason] of cases) {
    it(`${what}: BAD_USER_INPUT on text (${reason})`, async () => {
      const r = await search(text, w.telephonist);
      expect(r.data?.sectorSearch ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason });
    });
  }

  it('`first` out of 1–100 is refused', async () => {
    for (const first of [0, -1, 101]) {
      const r = await search('dubois', w.telephonist, first);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});

describe('sectorSearch: one folding rule, in SQL', () => {
  it('accented, upper-case and decomposed names and streets are found by the same text whatever its accents and case', async () => {
    const db = server.db.db;
    // Stored as typed elsewhere: upper case, a Romanian comma-below S, a first name in decomposed form (NFD).
    const [b] = await db.insert(beneficiaries).values({ firstName: 'Zoë'.normalize('NFD'), lastName: 'ȘTEFĂNESCU', street: 'Strada Ștefan  cel-Mare 3', postalCode: '1030', city: 'Schaerbeek' }).returning();
    await db.insert(caseFiles).values({ beneficiaryId: b.id, sectorId: w.other.id, socialWorkerId: w.otherSw.id, reasonForContact: 'test', status: 'ACTIVE' });
    const name = (m: Match[]) => m.map((x) => [x.matchedOn, x.sector.code]);
    for (const text of ['stefanescu', 'Ștefănescu', 'STEFANESCU', 'zoe stefanescu', 'ZOË ȘTEFĂNESCU', 'Zoë'.normalize('NFD')]) {
      expect(name(await matches(text, w.director)), text).toEqual([['NAME', w.other.code]]);
      expect(name(await matches(text, w.telephonist)), text).toEqual([['NAME', w.other.code]]);
    }
    // The street: whole for direction, by its words for the telephonist (the house number left out).
    for (const text of ['stefan cel mare', 'ȘTEFAN CEL-MARE', 'Ştefan cel mare 3']) {
      expect((await matches(text, w.director)).map((x) => [x.matchedOn, x.street]), text).toEqual([['STREET', 'Strada Ștefan  cel-Mare 3']]);
      expect((await matches(text, w.telephonist)).map((x) => [x.matchedOn, x.street, x.beneficiaryName]), text).toEqual([['STREET', 'Strada Ștefan  cel-Mare', null]]);
    }
  });
});
