import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumHarness } from './chromium';
import { panelSettled, readHighlights, readPanel, type PanelSnapshot } from './panel';
import type { StaticServer } from './server';

/** How long a panel may take to analyse an ordinary page. */
export const READY_TIMEOUT = 30_000;

/** Waits until the panel is ready or shows an error, then reads it. */
export async function settle(panel: Page, timeout = READY_TIMEOUT): Promise<PanelSnapshot> {
  await panel.waitForFunction(panelSettled, undefined, { timeout });
  return panel.evaluate(readPanel);
}

export async function expectReady(panel: Page, timeout = READY_TIMEOUT): Promise<PanelSnapshot> {
  const snap = await settle(panel, timeout);
  expect(snap.state, `panel ended in "${snap.state}" with status "${snap.status}"`).toBe('ready');
  return snap;
}

/** Polls the article page until `ok` holds for its highlights, then returns them. */
export async function waitForHighlights(page: Page, ok: (sizes: Record<string, number>) => boolean, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  let last = await page.evaluate(readHighlights);
  while (!ok(last.sizes) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    last = await page.evaluate(readHighlights);
  }
  return last;
}

/** Opens `pathname` from the test server in a tab of its own; returns the tab id the extension sees. */
export async function openArticle(
  h: ChromiumHarness,
  server: StaticServer,
  pathname: string,
  viewport = { width: 1200, height: 800 },
): Promise<{ page: Page; url: string; tabId: number }> {
  const page = await h.context.newPage();
  await page.setViewportSize(viewport);
  const url = server.url(pathname);
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, tabId: await h.tabIdOf(url) };
}
