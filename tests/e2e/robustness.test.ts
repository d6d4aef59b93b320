/**
 * Robustness in Chromium: non-English text, hostile markup, a huge page, pages
 * that change under the panel, and a re-analysis that fails. The rule under
 * test: a clear message in the panel, no exception in the page, nothing lost
 * from a result already shown. Every page here is our own (support/server.ts
 * PAGES), so nothing is skipped.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../lib/panel/limits';
import { launchChromium } from './support/chromium';
import {
  byName,
  countsByLabel,
  highlightSizesByLabel,
  readHighlightTexts,
  readHighlights,
  readPanel,
  sentencesByLabel,
  unmatchedHighlights,
  type PanelSnapshot,
  sum,
} from './support/panel';
import { expectReady, openArticle as openTestArticle, READY_TIMEOUT, settle, waitForHighlights } from './support/playwright-panel';
import { pollUntil } from './support/poll';
import { serverAndBrowser } from './support/suite';

const HUGE_READY_TIMEOUT = 60_000;

const env = serverAndBrowser(launchChromium);

/** Pages a test opened, closed after it even when it fails (two tabs on one URL would confuse `tabIdOf`). */
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => undefined);
});

async function openPanel(tabId: number, track = true): Promise<Page> {
  const panel = await env.h.openPanel(tabId);
  if (track) opened.push(panel);
  return panel;
}

async function openArticle(pathname: string, viewport?: { width: number; height: number }, track = true) {
  const article = await openTestArticle(env.h, env.server, pathname, viewport);
  if (track) opened.push(article.page);
  return article;
}

/** The highlights on the page agree with the panel: as many per label as listed, each over a listed sentence. */
async function expectPaintedLikePanel(page: Page, snap: PanelSnapshot, timeout = 5_000): Promise<void> {
  const expected = sentencesByLabel(snap);
  const painted = await waitForHighlights(page, (s) => sum(highlightSizesByLabel({ supported: true, sizes: s, scrollY: 0 })) >= sum(expected), timeout);
  expect(painted.supported).toBe(true);
  expect(highlightSizesByLabel(painted), 'highlights per label = listed sentences per label').toEqual(expected);
  expect(unmatchedHighlights(await page.evaluate(readHighlightTexts), snap), 'painted ranges that match no listed sentence').toEqual([]);
}

/** The panel's notices (plain `.notice` boxes and the warnings), as text. */
async function notices(panel: Page): Promise<string[]> {
  return (await panel.locator('.notice').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Errors thrown in any page or the panel since `mark`, and console.error in the panel. */
function errorsSince(mark: { page: number; console: number }) {
  return { thrown: env.h.pageErrors.slice(mark.page), consoleErrors: env.h.panelConsoleErrors.slice(mark.console) };
}
const errorMark = () => ({ page: env.h.pageErrors.length, console: env.h.panelConsoleErrors.length });

/** Runs in a page: where the text `needle` is, and whether it is inside the viewport. */
function whereIs(needle: string) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.textContent ?? '').indexOf(needle);
    if (i >= 0) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      const rect = r.getBoundingClientRect();
      return { y: window.scrollY, visible: rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight };
    }
  }
  return { y: window.scrollY, visible: null as boolean | null };
}

/** Runs in a page: the text under the flash highlight's ranges, white space collapsed. */
function flashTexts(): string[] {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Iterable<AbstractRange>> } }).CSS?.highlights;
  const flash = registry?.get('sourcelight-flash');
  return flash ? [...flash].map((r) => (r instanceof Range ? r.toString() : '').replace(/\s+/g, ' ').trim()) : [];
}

describe('Chromium robustness: a non-English article (lang="fr")', () => {
  it('reaches ready, says the page is marked "fr", and raises no errors', async () => {
    const mark = errorMark();
    const { page, tabId } = await openArticle('/pages/french.html');
    const panel = await openPanel(tabId);
    const snap = await expectReady(panel);
    expect(snap.title).toContain('Le pont de Valmont rouvrira en mai');
    const shown = await notices(panel);
    const language = shown.find((t) => t.includes('“fr”'));
    expect(language, `a notice naming the page's language among ${JSON.stringify(shown)}`).toBeDefined();
    expect(language).toMatch(/English/);
    // Whatever the engine finds, the panel and the page agree.
    expect(sum(countsByLabel(snap)), 'source totals = listed sentences').toBe(snap.sentences.length);
    if (snap.sentences.length > 0) await expectPaintedLikePanel(page, snap);
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });
});

describe('Chromium robustness: hostile markup in the article text', () => {
  let page: Page;
  let panel: Page;
  let snap: PanelSnapshot;
  let mark: { page: number; console: number };

  beforeAll(async () => {
    mark = errorMark();
    const article = await openArticle('/pages/hostile.html', undefined, false);
    page = article.page;
    panel = await openPanel(article.tabId, false);
    snap = await expectReady(panel);
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('lists markup-like sentences as plain text, injecting no element and running no script', async () => {
    const bodies = snap.sentences.map((s) => s.body);
    expect(bodies.some((b) => b.includes('<img src=x onerror=__pwned=1>')), `the <img …> sentence, as text, among ${JSON.stringify(bodies)}`).toBe(true);
    expect(bodies.some((b) => b.includes('"><script>__pwned=1</script>')), 'the "><script> sentence, as text').toBe(true);
    expect(bodies.some((b) => b.startsWith('=HYPERLINK(')), 'the =HYPERLINK sentence').toBe(true);
    // The page's <title> holds markup as text; the panel's heading shows it as text.
    expect(snap.title).toContain('Filters fail to stop injected markup');
    expect(snap.title).toMatch(/<img src=x onerror=__pwned=1>|<script>__pwned=1<\/script>/);
    const injected = await panel.evaluate(() => ({
      elements: [...document.querySelectorAll('main img, main script, main iframe, main object, main embed')].map((e) => e.outerHTML.slice(0, 80)),
      titleChildren: document.querySelector('[data-testid="article-title"]')?.children.length ?? -1,
      sentenceChildren: [...document.querySelectorAll('[data-testid="sentence"] .text')].reduce((n, e) => n + e.children.length, 0),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }));
    expect(injected).toEqual({ elements: [], titleChildren: 0, sentenceChildren: 0, pwned: undefined });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('article img, article script').length), 'the page itself is unchanged').toBe(0);
  });

  it('keeps bidi and zero-width characters in the listed sentence', () => {
    const haddad = snap.sentences.find((s) => s.body.includes('fdp'));
    expect(haddad, 'the sentence with the right-to-left override').toBeDefined();
    expect(haddad!.body).toContain('\u202Efdp\u202C');
    expect(haddad!.body).toContain('char\u200Bacters');
    expect(haddad!.source).toBe('Omar Haddad');
  });

  it('lays a 3 000-character word out inside the panel (no sideways scrolling)', async () => {
    const long = await panel.evaluate(() => {
      const el = [...document.querySelectorAll('[data-testid="sentence"]')].find((e) => (e.textContent ?? '').includes('A'.repeat(3000)));
      const rect = el?.getBoundingClientRect();
      return {
        found: Boolean(el),
        right: rect ? Math.round(rect.right) : -1,
        viewport: document.documentElement.clientWidth,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(long.found, 'the sentence with the very long word is listed').toBe(true);
    expect(long.scrollWidth, 'panel content width vs. its viewport').toBeLessThanOrEqual(long.viewport);
    expect(long.right).toBeLessThanOrEqual(long.viewport);
  });

  it('paints every listed sentence on the page', async () => {
    expect(snap.sentences.length).toBeGreaterThanOrEqual(5);
    await expectPaintedLikePanel(page, snap);
  });

  it('exports the formula-like sentence to CSV defused (leading apostrophe)', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 10_000 }), panel.locator('[data-testid="export-csv"]').click()]);
    const file = path.join(os.tmpdir(), `sourcelight-robustness-${process.pid}.csv`);
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('HYPERLINK');
    // No cell may start with a formula character; the sentence's cell starts with an apostrophe.
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toMatch(/(^|,)"?'=HYPERLINK/m);
  });

  it('raised no errors in the page or the panel', () => {
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });
});

describe('Chromium robustness: a huge page (3 000 paragraphs, several MB)', () => {
  it('reaches ready in time, says it analysed the beginning only, paints, and the page stays responsive', async () => {
    const mark = errorMark();
    const { page, tabId } = await openArticle('/pages/huge.html');
    const pageChars = await page.evaluate(() => document.body.textContent?.length ?? 0);
    expect(pageChars, 'the page is larger than the analysis limit').toBeGreaterThan(2 * MAX_ARTICLE_CHARS);
    const started = Date.now();
    const panel = await openPanel(tabId);
    // While the panel works, keep asking the page for an answer: the slowest answer is how long it froze.
    let settled = false;
    let slowest = 0;
    let answers = 0;
    const probe = (async () => {
      while (!settled) {
        const t = Date.now();
        await page.evaluate(() => 1);
        slowest = Math.max(slowest, Date.now() - t);
        answers++;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let snap: PanelSnapshot;
    try {
      snap = await expectReady(panel, HUGE_READY_TIMEOUT);
    } finally {
      settled = true;
      await probe;
    }
    const ms = Date.now() - started;
    const t = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const after = Date.now() - t;
    console.log(
      `[e2e] chromium huge page (${Math.round(pageChars / 1024)} k chars): panel open → ready in ${ms} ms; ` +
        `page answered ${answers} times meanwhile, slowest ${slowest} ms; after: ${after} ms; ${snap.sentences.length} sentences listed`,
    );
    expect(ms).toBeLessThan(HUGE_READY_TIMEOUT);
    expect(after, 'the page answers at once after the analysis').toBeLessThan(2_000);
    expect(slowest, 'the page never froze for long while the panel worked').toBeLessThan(10_000);

    const shown = await notices(panel);
    expect(shown.some((n) => n.includes('very long')), `a "very long" notice among ${JSON.stringify(shown)}`).toBe(true);
    expect(snap.sources.length).toBeGreaterThanOrEqual(1);
    // The beginning only: fewer sentences than the page's 3 000 attributed ones, but many.
    expect(snap.sentences.length).toBeGreaterThan(100);
    expect(snap.sentences.length).toBeLessThan(3000);
    await expectPaintedLikePanel(page, snap, 15_000);
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });
});

describe('Chromium robustness: the page changes under the panel', () => {
  it('after the page re-renders its article (same text, new nodes), a click still scrolls to and flashes the sentence', async () => {
    const mark = errorMark();
    // 400 px tall: the last sentence is far below the fold.
    const { page, tabId } = await openArticle('/pages/plain.html', { width: 1000, height: 400 });
    const panel = await openPanel(tabId);
    const snap = await expectReady(panel);
    await expectPaintedLikePanel(page, snap);
    const last = [...snap.sentences].sort((a, b) => b.index - a.index)[0]!;
    expect(last.body).toContain('Paul Grant');

    // The page's own script re-renders the article: same text, all-new nodes.
    await page.evaluate(() => {
      const story = document.getElementById('story')!;
      story.innerHTML = story.innerHTML;
      window.scrollTo(0, 0);
    });
    expect((await page.evaluate(readHighlights)).scrollY).toBe(0);

    await panel.locator(`[data-testid="sentence"][data-index="${last.index}"]`).click();
    const flashed = await pollUntil(() => page.evaluate(flashTexts), (t) => t.length === 1 && t[0] !== '', 3_000);
    expect(flashed, 'the flash covers the clicked sentence on the re-rendered page').toEqual([last.body]);
    const where = await pollUntil(() => page.evaluate(whereIs, 'Opposition councillor Paul Grant'), (w) => w.visible === true);
    expect(where.y, 'window.scrollY after the click').toBeGreaterThan(0);
    expect(where.visible, 'the clicked sentence is in view').toBe(true);
    // Every highlight is back on the new nodes, over its sentence.
    await expectPaintedLikePanel(page, snap);
    const texts = await page.evaluate(readHighlightTexts);
    expect(Object.values(texts).flat().filter((t) => t === ''), 'empty (detached) highlight ranges').toEqual([]);
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });

  it('after the page re-renders its article, the highlights come back on the new text by themselves', async () => {
    const mark = errorMark();
    const { page, tabId } = await openArticle('/pages/plain.html');
    const panel = await openPanel(tabId);
    const snap = await expectReady(panel);
    await expectPaintedLikePanel(page, snap);

    await page.evaluate(() => {
      const story = document.getElementById('story')!;
      story.innerHTML = story.innerHTML;
    });
    // No click: the content script notices the change once the page is quiet and re-anchors.
    const texts = await pollUntil(
      () => page.evaluate(readHighlightTexts),
      (t) => Object.values(t).flat().length === snap.sentences.length && Object.values(t).flat().every((x) => x !== ''),
      5_000,
    );
    const painted = Object.values(texts).flat().sort();
    expect(painted).toEqual(snap.sentences.map((s) => s.body.replace(/\s+/g, '')).sort());
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });

  it('after a reload, keeps the result, says the page changed, and "Analyse again" refreshes it', async () => {
    const mark = errorMark();
    const { page, tabId } = await openArticle('/pages/plain.html');
    const panel = await openPanel(tabId);
    const before = await expectReady(panel);
    expect(before.sources.length).toBeGreaterThanOrEqual(3);
    await expectPaintedLikePanel(page, before);

    await page.reload({ waitUntil: 'load' });
    const stale = panel.locator('[data-testid="stale"]');
    await stale.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await stale.textContent()).toMatch(/changed or reloaded/);
    const during = await panel.evaluate(readPanel);
    expect(byName(during.sources), 'sources still listed after the reload').toEqual(byName(before.sources));
    expect(during.sentences).toHaveLength(before.sentences.length);

    await stale.getByRole('button', { name: 'Analyse again' }).click();
    await stale.waitFor({ state: 'detached', timeout: READY_TIMEOUT });
    const again = await expectReady(panel);
    expect(again.status).toBeNull();
    expect(byName(again.sources)).toEqual(byName(before.sources));
    // The reloaded page has new nodes: the new analysis paints them.
    await expectPaintedLikePanel(page, again);
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });
});

describe('Chromium robustness: a re-analysis that fails', () => {
  it('keeps the previous result and explains why when the tab has moved to a page with no article', async () => {
    const mark = errorMark();
    const { page, tabId } = await openArticle('/pages/plain.html');
    const panel = await openPanel(tabId);
    const before = await expectReady(panel);
    expect(before.sources.length).toBeGreaterThanOrEqual(3);

    await page.goto(env.server.url('/pages/nav.html'), { waitUntil: 'load' });
    const stale = panel.locator('[data-testid="stale"]');
    await stale.waitFor({ state: 'visible', timeout: 10_000 });
    await stale.getByRole('button', { name: 'Analyse again' }).click();

    const message = panel.locator('[data-testid="status-message"]');
    await message.waitFor({ state: 'visible', timeout: READY_TIMEOUT });
    const after = await settle(panel);
    expect(after.status).toMatch(/No article found/);
    expect(after.status).toMatch(/earlier analysis/);
    expect(byName(after.sources), 'the earlier sources are still listed').toEqual(byName(before.sources));
    expect(after.sentences).toHaveLength(before.sentences.length);
    expect(after.title).toBe(before.title);
    expect(errorsSince(mark)).toEqual({ thrown: [], consoleErrors: [] });
  });
});
