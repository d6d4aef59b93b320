import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID as CONFIG_GECKO_ID } from '../../wxt.config';
import { GECKO_ID, launchFirefox } from './support/firefox';
import { pollUntil } from './support/poll';
import {
  SEED_EXPECTED,
  SEED_PATH,
  byName,
  countsByLabel,
  highlightSizesByLabel,
  panelSettled,
  readHighlightTexts,
  readHighlights,
  readPanel,
  unmatchedHighlights,
  type PanelSnapshot,
  sum,
} from './support/panel';
import { firefoxExtDir, hasShared, samplesDir, warnIfNoShared } from './support/paths';
import { serverAndBrowser } from './support/suite';

warnIfNoShared('the Firefox tests on the seed article');

const SAMPLE = path.join(samplesDir, 'sample-article.html');

describe('Firefox ESR: the built extension', () => {
  it('carries the gecko id the harness relies on', () => {
    expect(GECKO_ID).toBe(CONFIG_GECKO_ID);
    const manifest = JSON.parse(readFileSync(path.join(firefoxExtDir, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
      web_accessible_resources?: unknown;
    };
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).toContain('sidepanel.html');
  });
});

const env = serverAndBrowser(launchFirefox);

/** Opens `pathname` in a tab and the panel for it in a window of its own; resolves when the panel has settled. */
async function analyse(pathname: string): Promise<{ article: Page; panel: Page; snap: PanelSnapshot; ms: number }> {
  const article = await env.h.newPage();
  await article.goto(env.server.url(pathname), { waitUntil: 'load' });
  const started = Date.now();
  const { panel } = await env.h.openPanelFor(env.server.url(pathname), env.server.url('/pages/blank.html'));
  await settledPanel(panel, 30_000);
  const ms = Date.now() - started;
  return { article, panel, snap: await panel.evaluate(readPanel), ms };
}

/**
 * Polls the panel until it has settled. (puppeteer's waitForFunction builds its poller with
 * Function(), which the extension page's CSP blocks in Firefox ESR 140.12.)
 */
async function settledPanel(panel: Page, timeout: number): Promise<void> {
  const settled = await pollUntil(() => panel.evaluate(panelSettled), Boolean, timeout);
  if (!settled) throw new Error(`the panel did not settle within ${timeout} ms`);
}

async function waitForPaint(article: Page, expected: number) {
  return pollUntil(() => article.evaluate(readHighlights), (painted) => sum(highlightSizesByLabel(painted)) >= expected);
}

describe.skipIf(!hasShared)('Firefox ESR: the seed article', () => {
  let article: Page;
  let panel: Page;
  let snap: PanelSnapshot;

  beforeAll(async () => {
    let ms: number;
    ({ article, panel, snap, ms } = await analyse(SEED_PATH));
    console.log(`[e2e] firefox seed: panel open → settled in ${ms} ms (state ${snap.state})`);
  });

  it('analyses the seed page: the panel shows its counts', () => {
    expect(snap.state, `panel ended in "${snap.state}" with status "${snap.status}"`).toBe('ready');
    expect(snap.title).toMatch(/Pakistan.s envoy meets Taliban foreign minister in Kabul/);
    expect(byName(snap.sources)).toEqual(byName(SEED_EXPECTED));
    expect(snap.sentences).toHaveLength(10);
  });

  it('paints the highlights in the seed page', async () => {
    const expected = countsByLabel(snap);
    expect(sum(expected)).toBe(10);
    const painted = await waitForPaint(article, sum(expected));
    expect(painted.supported).toBe(true);
    expect(highlightSizesByLabel(painted)).toEqual(expected);
    expect(unmatchedHighlights(await article.evaluate(readHighlightTexts), snap)).toEqual([]);
  });

  it('flashes and scrolls to a sentence clicked in the panel', async () => {
    // (No setViewport: puppeteer's also sets the screen orientation, a command Firefox ESR 140.12
    // does not know. The seed article runs far below the default window, so a click must scroll.)
    await article.evaluate(() => window.scrollTo(0, 0));
    const fold = await article.evaluate(() => ({ page: document.documentElement.scrollHeight, window: window.innerHeight }));
    expect(fold.page, 'the seed article is taller than two windows').toBeGreaterThan(2 * fold.window);
    const last = [...snap.sentences].sort((a, b) => b.index - a.index)[0];
    expect(last).toBeDefined();
    await panel.click(`[data-testid="sentence"][data-index="${last!.index}"]`);
    const deadline = Date.now() + 5_000;
    let flashed = false;
    let scrollY = 0;
    while (Date.now() < deadline && !(flashed && scrollY > 0)) {
      const now = await article.evaluate(readHighlights);
      flashed ||= now.sizes['sourcelight-flash'] === 1;
      scrollY = now.scrollY;
      if (!(flashed && scrollY > 0)) await new Promise((r) => setTimeout(r, 50));
    }
    expect(flashed, 'sourcelight-flash set after a click').toBe(true);
    expect(scrollY, 'window.scrollY after clicking the last sentence').toBeGreaterThan(0);
  });

  it('raised no errors in the page or the panel', () => {
    expect(env.h.pageErrors).toEqual([]);
  });
});

describe('Firefox ESR: pages of our own', () => {
  it('says "No article" on a plain navigation page', async () => {
    const { snap } = await analyse('/pages/nav.html');
    expect(snap.state).toBe('error');
    expect(snap.status).toContain('No article');
  });

  it.skipIf(!existsSync(SAMPLE))('analyses the sample article: ready, with sources and highlights', async () => {
    const { article, snap } = await analyse('/samples/sample-article.html');
    expect(snap.state, `panel ended in "${snap.state}" with status "${snap.status}"`).toBe('ready');
    expect(snap.sources.length).toBeGreaterThan(0);
    const expected = countsByLabel(snap);
    const painted = await waitForPaint(article, sum(expected));
    expect(highlightSizesByLabel(painted)).toEqual(expected);
    expect(unmatchedHighlights(await article.evaluate(readHighlightTexts), snap)).toEqual([]);
    expect(env.h.pageErrors).toEqual([]);
  });
});
