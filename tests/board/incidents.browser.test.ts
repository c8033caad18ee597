// The desk's civil-liability incidents, in Chromium: direction sees the demo incident being followed
// (sent to the insurer, its reference) and downloads its statement intact with the session token;
// the telephonist's desk has no incident panel (R5).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM } from '@support/browser.js';
import { deskWorld } from '@support/desk-world.js';
const NOW = new Date('2026-03-04T09:00:00.000Z');

const world = deskWorld(NOW);
const { tokenOf } = world;
// The browser keeps its own clock here, as this file always did.
const open = (token: string, locale = 'fr-BE'): Promise<Page> => world.open(token, { locale, acceptDownloads: true, clock: false });

describe.skipIf(!existsSync(CHROMIUM))('incidents on the desk (browser)', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    await world.start();
  });

  afterAll(async () => {
    await world.stop();
  });

  it('direction sees the incident sent to the insurer and downloads its statement, byte for byte', async () => {
    const token = await tokenOf('DIRECTOR');
    const desk = await open(token);
    const item = desk.locator('[data-testid="desk-incident"]').first();
    await item.waitFor();
    await expect.poll(() => item.textContent()).toContain("Transmis à l’assureur");
    expect(await item.locator('[data-testid="incident-reference"]').textContent()).toMatch(/Référence de l’assureur : RC-\d{4}-04127/);
    expect(await desk.locator('#desk-incidents-title').textContent()).toBe('1 sinistre (responsabilité civile)');
    const [download] = await Promise.all([desk.waitForEvent('download'), item.locator('[data-testid="incident-document"]').click()]);
    expect(download.suggestedFilename()).toBe('declaration-sinistre.pdf');
    const bytes = readFileSync((await download.path()) as string);
    const api = await world.server.gql('{ incidents { edges { node { documents { sha256 } } } } }', {}, token);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(api.data?.incidents.edges[0].node.documents[0].sha256);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the telephonist’s desk shows no incident panel', async () => {
    const desk = await open(await tokenOf('TELEPHONIST'));
    await desk.locator('[data-testid="call-now-panel"]').waitFor();
    await desk.waitForTimeout(500);
    expect(await desk.locator('[data-testid="desk-incidents"]').count()).toBe(0);
  });
});
