// The desk's sector search in Chromium, on the demo: a telephonist types part of a beneficiary's name
// or street and sees the sector and its call chain, with no more of the beneficiary than R5 allows
// (a street match names no one and no house number); a social worker sees her own sector's homes.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM } from '@support/browser.js';
import { deskWorld } from '@support/desk-world.js';
// A Wednesday, 10:00 in Brussels.
const NOW = new Date('2026-03-04T09:00:00.000Z');

type DemoCase = { sector: { code: string }; beneficiary: { firstName: string; lastName: string; address: { street: string | null } | null } };

const world = deskWorld(NOW);
const { tokenOf } = world;
async function open(token: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await world.open(token, { viewport });
  await page.locator('[data-testid="sector-search-input"]').waitFor();
  return page;
}

/** The demo's case files as direction sees them, to pick a name and a street to look for. */
async function demoCases(): Promise<DemoCase[]> {
  const r = await world.server.gql<{ caseFiles: { edges: { node: DemoCase }[] } }>(
    '{ caseFiles(first: 100) { edges { node { sector { code } beneficiary { firstName lastName address { street } } } } } }',
    {},
    await tokenOf('DIRECTOR'),
  );
  return r.data!.caseFiles.edges.map((e) => e.node);
}

describe.skipIf(!existsSync(CHROMIUM))('the desk finds the sector from a name or a street (browser)', { timeout: 90_000 }, () => {
  let cases: DemoCase[];

  beforeAll(async () => {
    await world.start();
    cases = await demoCases();
  });

  afterAll(async () => {
    await world.stop();
  });

  it('TELEPHONIST: a name typed last name first, in capitals and without accents, gives the beneficiary, the sector and its call chain with phones', async () => {
    // A full name only one beneficiary of the demo bears (asked as direction), so the match is that one.
    const director = await tokenOf('DIRECTOR');
    let target: DemoCase | undefined;
    let unique: DemoCase | undefined;
    for (const c of cases) {
      const r = await world.server.gql<{ sectorSearch: { matches: unknown[] } }>('query ($t: String!) { sectorSearch(text: $t) { matches { matchedOn } } }', { t: `${c.beneficiary.firstName} ${c.beneficiary.lastName}` }, director);
      if (r.data?.sectorSearch.matches.length !== 1) continue;
      unique ??= c;
      // Better still with an accent, to type it without.
      if (/[^\x00-\x7f]/.test(`${c.beneficiary.firstName}${c.beneficiary.lastName}`)) {
        target = c;
        break;
      }
    }
    target ??= unique;
    if (!target) throw new Error('no beneficiary of the demo has a name of her own');
    const typed = `${target.beneficiary.lastName} ${target.beneficiary.firstName}`.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    const desk = await open(await tokenOf('TELEPHONIST'));
    const panel = desk.locator('[data-testid="sector-search"]');
    await panel.locator('[data-testid="sector-search-input"]').fill(typed);
    const match = panel.locator('[data-testid="sector-search-match"]').first();
    await match.waitFor();
    expect(await match.getAttribute('data-sector')).toBe(target.sector.code);
    const text = (await match.textContent())!;
    expect(text).toContain(`${target.beneficiary.firstName} ${target.beneficiary.lastName}`);
    expect(text).toContain(`Secteur ${target.sector.code}`);
    // R5: the telephonist gets who to call, not where the beneficiary lives.
    expect(text).not.toContain(target.beneficiary.address!.street!);
    // The sector's call chain, with phones, under the matches.
    const sector = panel.locator(`[data-testid="search-sectors"] [data-sector="${target.sector.code}"]`);
    await sector.locator('[data-testid="call-now"], [data-testid="call-gap"]').first().waitFor();
    await sector.locator('[data-testid="chain-toggle"]').click();
    expect(await sector.locator('[data-testid="chain"] li').count()).toBeGreaterThan(0);
    expect(await sector.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
  });

  it('TELEPHONIST: a street gives the street and its sector, no name and no house number', async () => {
    const street = cases.map((c) => c.beneficiary.address?.street).find((s): s is string => !!s && /\s\d+$/.test(s))!;
    const streetName = street.replace(/\s\d+$/, '');
    const number = street.slice(streetName.length).trim();
    const desk = await open(await tokenOf('TELEPHONIST'));
    const panel = desk.locator('[data-testid="sector-search"]');
    await panel.locator('[data-testid="sector-search-input"]').fill(streetName.toLowerCase());
    await panel.locator('[data-testid="sector-search-input"]').press('Enter');
    const matches = panel.locator('[data-testid="sector-search-match"]');
    await matches.first().waitFor();
    const texts = await matches.allTextContents();
    const sectors = new Set(cases.filter((c) => c.beneficiary.address?.street?.startsWith(`${streetName} `)).map((c) => c.sector.code));
    expect(texts.some((t) => t.includes(streetName))).toBe(true);
    for (const t of texts.filter((x) => x.includes(streetName))) {
      expect(t).not.toMatch(new RegExp(`${streetName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${number}\\b`));
      for (const c of cases) expect(t).not.toContain(`${c.beneficiary.firstName} ${c.beneficiary.lastName}`);
    }
    const shown = new Set(await matches.evaluateAll((els) => els.map((e) => e.getAttribute('data-sector'))));
    for (const code of sectors) expect(shown.has(code)).toBe(true);
  });

  it('too short a text is not sent and says why; nothing found says so', async () => {
    const desk = await open(await tokenOf('TELEPHONIST'));
    const panel = desk.locator('[data-testid="sector-search"]');
    const asked: string[] = [];
    desk.on('request', (r) => {
      if ((r.postData() ?? '').includes('SectorSearch')) asked.push(r.postData()!);
    });
    await panel.locator('[data-testid="sector-search-input"]').fill('%');
    await panel.locator('[data-testid="sector-search-input"]').press('Enter');
    await expect.poll(() => panel.locator('.desk-search__hint--warn').count()).toBe(1);
    await desk.waitForTimeout(400);
    expect(asked).toEqual([]);
    await panel.locator('[data-testid="sector-search-input"]').fill('zzqxw');
    await expect.poll(() => panel.locator('[data-testid="sector-search-none"]').textContent()).toBe('Aucun bénéficiaire ni aucune rue ne correspond.');
    // R5: two letters most names hold give her no list of beneficiaries, only "say more".
    await panel.locator('[data-testid="sector-search-input"]').fill('an');
    await panel.locator('[data-testid="sector-search-input"]').press('Enter');
    await expect.poll(() => panel.locator('[data-testid="sector-search-too-many"], [data-testid="sector-search-more"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="sector-search-match"] strong').count()).toBe(0);
  });

  it('SOCIAL_WORKER: a home of her own sector comes with its address', async () => {
    const sw = world.server.demo!.logins.find((l) => l.role === 'SOCIAL_WORKER')!;
    const me = (await world.server.gql<{ viewer: { staff: { sector: { code: string } | null } } }>('{ viewer { staff { sector { code } } } }', {}, await tokenOf('SOCIAL_WORKER'))).data!.viewer.staff;
    const mine = cases.find((c) => c.sector.code === me.sector?.code && cases.filter((x) => x.beneficiary.lastName === c.beneficiary.lastName).length === 1)!;
    expect(sw).toBeTruthy();
    const desk = await open(await tokenOf('SOCIAL_WORKER'));
    const panel = desk.locator('[data-testid="sector-search"]');
    await panel.locator('[data-testid="sector-search-input"]').fill(`${mine.beneficiary.firstName} ${mine.beneficiary.lastName}`);
    const match = panel.locator('[data-testid="sector-search-match"]').first();
    await match.waitFor();
    expect(await match.textContent()).toContain(mine.beneficiary.address!.street!);
  });
});
