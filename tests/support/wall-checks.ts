// What a wall-screen test checks in the page: panels inside the screen, nothing clipped, text size, axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const PANELS = ['service', 'alerts', 'sectors', 'planning', 'conflicts', 'changes'];

/** What the person in the room would see wrong: panels out of the screen, clipped content, small text. */
export function layoutFaults(page: Page, minFontPx: number) {
  return page.evaluate(
    ({ panels, minFontPx }) => {
      const faults: string[] = [];
      const W = window.innerWidth;
      const H = window.innerHeight;
      const doc = document.documentElement;
      if (doc.scrollWidth > W || doc.scrollHeight > H) faults.push(`the page scrolls: ${doc.scrollWidth}×${doc.scrollHeight}`);
      for (const name of panels) {
        const els = [...document.querySelectorAll<HTMLElement>(`[data-panel="${name}"]`)];
        if (els.length !== 1) faults.push(`${name}: ${els.length} panels`);
        for (const el of els) {
          const r = el.getBoundingClientRect();
          if (r.width < 50 || r.height < 50) faults.push(`${name}: too small to read (${r.width}×${r.height})`);
          if (r.left < 0 || r.top < 0 || r.right > W + 0.5 || r.bottom > H + 0.5) faults.push(`${name}: outside the screen (${r.left},${r.top})–(${r.right},${r.bottom})`);
          // Clipped inside a box of its own, or spilling out of the panel.
          for (const box of [el, ...el.querySelectorAll<HTMLElement>('*')]) {
            if (box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY !== 'visible') faults.push(`${name}: ${box.className} clipped (${box.scrollHeight} > ${box.clientHeight})`);
            if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') faults.push(`${name}: ${box.className} clipped sideways`);
            const b = box.getBoundingClientRect();
            if (box !== el && b.width > 0 && (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1)) {
              faults.push(`${name}: ${box.className || box.tagName} spills out of its panel`);
            }
          }
        }
      }
      // Every piece of text, panels or header, at least 18 px at 1080p.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < minFontPx - 0.05 && parent.getBoundingClientRect().width > 0) faults.push(`text "${node.textContent.trim().slice(0, 30)}" is ${size.toFixed(1)} px`);
      }
      return [...new Set(faults)];
    },
    { panels: PANELS, minFontPx },
  );
}

export async function axeViolations(page: Page, rules?: string[]) {
  // The page's Content-Security-Policy refuses injected script tags; evaluating the source is not one.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
}

