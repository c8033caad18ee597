// The "Rapports" page as the social pole head sees it, in Chromium, on the demo service: the month's
// figures per sector as charts and a table, the year's trend and the week-end load with its fairness,
// every number the API's; printable; other roles are told it is not for them.
import { existsSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestServer } from '@support/server.js';

import { CHROMIUM, boardSuite } from '@support/browser.js';
const NOW = new Date('2026-03-18T09:00:00.000Z');
const MONTH = '2026-03';

const frNumber = (x: number) => new Intl.NumberFormat('fr', { maximumFractionDigits: 2 }).format(x);
let server: TestServer;
let browser: Browser;
let page: Page;
let head: string;

async function loginAs(role: string): Promise<string> {
  const who = server.demo?.logins.find((l) => l.role === role);
  if (!who) throw new Error(`the demo has no ${role} login`);
  return server.login(who.email, server.demo?.password);
}

const QUERY = `query ($from: String!, $to: String!) {
  activityReport(from: $from, to: $to) { visits { month sectorCode status visits } }
  hoursReport(from: $from, to: $to) { help { month sectorCode agreedHours plannedHours doneHours } }
  permanenceReport(from: $from, to: $to) { weekendLoad { person weekendHours } weekendFairness { people coefficientOfVariation } } }`;

const round = (x: number) => Math.round(x * 100) / 100;

describe.skipIf(!existsSync(CHROMIUM))('the Rapports page (browser)', () => {
  const suite = boardSuite(NOW);
  beforeAll(async () => {
    ({ server, browser } = suite);
    head = await loginAs('SOCIAL_POLE_HEAD');
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await page.goto(`${server.url}/rapports?month=${MONTH}&token=${encodeURIComponent(head)}`);
    await page.locator('[data-testid="sector-table"] tbody tr').first().waitFor();
  });

  it('shows the month per sector with the API’s numbers, in a table and in the charts', async () => {
    const r = await server.gql(QUERY, { from: '2025-04-01', to: '2026-03-31' }, head);
    expect(r.errors).toBeUndefined();
    const sectors = [...new Set([...r.data!.activityReport.visits, ...r.data!.hoursReport.help].filter((x: { month: string }) => x.month === MONTH).map((x: { sectorCode: string }) => x.sectorCode))].sort();
    const expected = sectors.map((code) => ({
      sector: code,
      visitsDone: r.data!.activityReport.visits.filter((v: any) => v.month === MONTH && v.sectorCode === code && v.status === 'DONE').reduce((n: number, v: any) => n + v.visits, 0),
      plannedHours: round(r.data!.hoursReport.help.filter((h: any) => h.month === MONTH && h.sectorCode === code).reduce((n: number, h: any) => n + h.plannedHours, 0)),
      agreedHours: round(r.data!.hoursReport.help.filter((h: any) => h.month === MONTH && h.sectorCode === code).reduce((n: number, h: any) => n + h.agreedHours, 0)),
    }));
    expect(expected.length).toBe(7);
    expect(expected.some((s) => s.visitsDone > 0 && s.plannedHours > 0)).toBe(true);
    const shown = await page.locator('[data-testid="sector-table"] tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        sector: row.getAttribute('data-sector'),
        visitsDone: row.querySelector('[data-figure="visitsDone"]')?.textContent,
        plannedHours: row.querySelector('[data-figure="plannedHours"]')?.textContent,
        agreedHours: row.querySelector('[data-figure="agreedHours"]')?.textContent,
      })),
    );
    // Written as French writes numbers (issue 13: hours came out "1231.14" next to a score "4,00").
    expect(shown).toEqual(expected.map((s) => ({ sector: s.sector, visitsDone: frNumber(s.visitsDone), plannedHours: frNumber(s.plannedHours), agreedHours: frNumber(s.agreedHours) })));
    expect(shown.every((s) => !`${s.visitsDone}${s.plannedHours}${s.agreedHours}`.includes('.'))).toBe(true);
    const hours = JSON.parse((await page.getByTestId('chart-hours').getAttribute('data-series')) ?? '{}');
    expect(hours.labels).toEqual(sectors);
    expect(hours.series[1].data).toEqual(expected.map((s) => s.plannedHours));
    const visits = JSON.parse((await page.getByTestId('chart-visits').getAttribute('data-series')) ?? '{}');
    const stacked = sectors.map((_, i) => visits.series.reduce((n: number, s: { data: number[] }) => n + s.data[i], 0));
    expect(stacked).toEqual(expected.map((s) => s.visitsDone));

    const weekend = JSON.parse((await page.getByTestId('chart-weekend').getAttribute('data-series')) ?? '{}');
    expect(weekend.labels).toEqual(r.data!.permanenceReport.weekendLoad.map((p: { person: string }) => p.person));
    expect(weekend.series[0].data).toEqual(r.data!.permanenceReport.weekendLoad.map((p: { weekendHours: number }) => p.weekendHours));
    const cv = r.data!.permanenceReport.weekendFairness.coefficientOfVariation;
    expect(await page.getByTestId('fairness').textContent()).toContain(`variation ${frNumber(cv)} `);
  });

  it('shows the beneficiaries’ satisfaction of the last month over (February on 18 March) per sector and domain, withheld domains as —, no comment', async () => {
    const r = await server.gql(`{ satisfactionReport(from: "2025-04-01", to: "2026-03-31") { lastMonth partialUntil figures { month sectorCode domain checks meanScore withheld } } }`, {}, head);
    expect(r.errors).toBeUndefined();
    // The API counts March up to today (partial); the page shows the last month over.
    expect(r.data!.satisfactionReport).toMatchObject({ lastMonth: '2026-03', partialUntil: '2026-03-18' });
    const { figures } = r.data!.satisfactionReport;
    const lastMonth = '2026-02';
    const month = figures.filter((f: { month: string }) => f.month === lastMonth);
    const sectors = [...new Set(month.map((f: { sectorCode: string }) => f.sectorCode))].sort();
    expect(month.some((f: { withheld: boolean }) => !f.withheld)).toBe(true);
    const table = page.getByTestId('satisfaction-table');
    expect(await table.getAttribute('data-month')).toBe('2026-02');
    const shown = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        sector: row.getAttribute('data-sector'),
        checks: Number(row.querySelector('[data-figure="checks"]')?.textContent),
        cells: [...row.querySelectorAll('[data-domain]')].map((td) => [td.getAttribute('data-domain'), td.textContent?.trim()]),
      })),
    );
    const fr = (x: number) => x.toFixed(2).replace('.', ',');
    expect(shown).toEqual(
      sectors.map((code) => {
        const of = month.filter((f: { sectorCode: string }) => f.sectorCode === code);
        return { sector: code, checks: of[0].checks, cells: of.map((f: { domain: string; meanScore: number | null; withheld: boolean }) => [f.domain, f.withheld ? '—' : fr(f.meanScore!)]) };
      }),
    );
    expect(await table.textContent()).not.toMatch(/Très contente|retard le lundi|Difficile de joindre/);
  });

  it('draws four charts (canvases with something on them), the year’s trend over 12 months', async () => {
    for (const id of ['chart-visits', 'chart-hours', 'chart-trend', 'chart-weekend']) {
      const painted = await page.getByTestId(id).locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width || !c.height) return 0;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n += 1;
        return n;
      });
      expect(painted, id).toBeGreaterThan(500);
    }
    const trend = JSON.parse((await page.getByTestId('chart-trend').getAttribute('data-series')) ?? '{}');
    expect(trend.labels).toHaveLength(12);
    expect(trend.labels.at(-1)).toBe(MONTH);
  });

  it('prints: charts kept, the tools hidden', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.reports__print').isVisible()).toBe(false);
    expect(await page.getByTestId('chart-trend').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('the desk shows a "Rapports" link to direction and the social pole head only, and it opens the page', async () => {
    const linkFor = async (role: string) => {
      const desk = await browser.newPage({ locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
      await desk.goto(`${server.url}/?token=${encodeURIComponent(await loginAs(role))}`);
      await desk.getByTestId('logout').waitFor();
      // The header is drawn once the viewer (with its role) is read: wait for the name beside the link.
      await desk.getByTestId('desk-viewer').waitFor();
      return { desk, links: await desk.getByTestId('reports-link').count() };
    };
    for (const role of ['SOCIAL_WORKER', 'TELEPHONIST', 'RELAY_CONTROL_SOCIAL_WORKER', 'FAMILY_HELPER', 'TRAINEE']) {
      const { desk, links } = await linkFor(role);
      expect(links, role).toBe(0);
      await desk.close();
    }
    for (const role of ['DIRECTOR', 'SOCIAL_POLE_HEAD']) {
      const { desk, links } = await linkFor(role);
      expect(links, role).toBe(1);
      expect(await desk.getByTestId('reports-link').textContent()).toBe('Rapports');
      await desk.getByTestId('reports-link').click();
      await desk.locator('[data-testid="sector-table"] tbody tr').first().waitFor();
      expect(new URL(desk.url()).pathname).toBe('/rapports');
      expect(await desk.locator('.reports__refused').count()).toBe(0);
      await desk.close();
    }
  }, 120_000); // seven desks signed in one after another: 40 s on a machine loaded 20 deep

  it('is for direction: a social worker is told so and sees no figures', async () => {
    const worker = await loginAs('SOCIAL_WORKER');
    const other = await browser.newPage({ locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    await other.goto(`${server.url}/rapports?token=${encodeURIComponent(worker)}`);
    await other.locator('.reports__refused').waitFor();
    expect(await other.locator('canvas').count()).toBe(0);
    await other.close();
  });
});
