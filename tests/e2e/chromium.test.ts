import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSchema } from '../../lib/export/schema';
import { launchChromium } from './support/chromium';
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
  sentencesByLabel,
  LABELS,
  type PanelSnapshot,
  sum,
} from './support/panel';
import { docsDir, hasShared, samplesDir, sharedDir, warnIfNoShared } from './support/paths';
import { expectReady, openArticle as openTestArticle, READY_TIMEOUT, settle, waitForHighlights } from './support/playwright-panel';
import { serverAndBrowser } from './support/suite';

warnIfNoShared('the Chromium tests on the seed article and on real news fixtures');

/** Real English news pages from ../shared/fixtures (INDEX.tsv), smallest to largest. */
const NEWS_FIXTURES = ['telegraph', 'cnet', 'bbc-1', 'nytimes-1', 'wapo-1', 'seattletimes-1', 'guardian-1'];
/** Plain article pages from ../shared/corpus/bbc. */
const CORPUS_PAGES = ['bbc-business-353', 'bbc-politics-327'];
/** A page that is no article at all (INDEX.tsv: 3 words). */
const NON_ARTICLE_FIXTURE = 'js-link-replacement';
const SAMPLE = path.join(samplesDir, 'sample-article.html');


const env = serverAndBrowser(launchChromium);

/** Opens an article in its own tab. */
const openArticle = (pathname: string, viewport?: { width: number; height: number }) => openTestArticle(env.h, env.server, pathname, viewport);

describe.skipIf(!hasShared)('Chromium: the seed article', () => {
  let article: Page;
  let panel: Page;
  let snap: PanelSnapshot;
  let openToCountsMs = 0;

  beforeAll(async () => {
    // 400 px tall: the last sentences are far below the fold, so click-to-scroll must move the page.
    const opened = await openArticle(SEED_PATH, { width: 1000, height: 400 });
    article = opened.page;
    const tabId = opened.tabId;
    const started = Date.now();
    panel = await env.h.openPanel(tabId);
    snap = await expectReady(panel);
    openToCountsMs = Date.now() - started;
    console.log(`[e2e] chromium seed: panel open → counts shown in ${openToCountsMs} ms`);
  });

  it('shows the title and the counts of every source', () => {
    expect(snap.title).toMatch(/Pakistan.s envoy meets Taliban foreign minister in Kabul/);
    expect(byName(snap.sources)).toEqual(byName(SEED_EXPECTED));
  });

  it('lists one sentence per attribution, agreeing with the counts', () => {
    expect(snap.sentences).toHaveLength(10);
    expect(sentencesByLabel(snap)).toEqual(countsByLabel(snap));
    for (const expected of SEED_EXPECTED) {
      const mine = snap.sentences.filter((s) => s.source === expected.name);
      expect(mine, expected.name).toHaveLength(expected.total);
      for (const l of LABELS) expect(mine.filter((s) => s.label === l), `${expected.name} ${l}`).toHaveLength(expected[l]);
    }
    const indices = snap.sentences.map((s) => s.index);
    expect(new Set(indices).size).toBe(indices.length);
  });

  it('paints highlights in the page, as many per label as the panel counts', async () => {
    const expected = countsByLabel(snap);
    const h1 = await waitForHighlights(article, (s) => sum(s) >= sum(expected));
    expect(h1.supported).toBe(true);
    expect(sum(expected), 'attributed sentences in the panel').toBe(10);
    expect(highlightSizesByLabel(h1)).toEqual(expected);
    // Each painted range covers the text of a listed sentence with the same label.
    expect(unmatchedHighlights(await article.evaluate(readHighlightTexts), snap)).toEqual([]);
  });

  it('scrolls the page to a sentence far down and flashes it when the sentence is clicked', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const before = await article.evaluate(readHighlights);
    expect(before.scrollY).toBe(0);
    // The last attributed sentence ("Pakistan accuses the Taliban …") is the furthest down.
    const last = [...snap.sentences].sort((a, b) => b.index - a.index)[0]!;
    await panel.locator(`[data-testid="sentence"][data-index="${last.index}"]`).click();
    const during = await waitForHighlights(article, (s) => s['sourcelight-flash'] === 1, 3_000);
    expect(during.sizes['sourcelight-flash'], 'sourcelight-flash after a click').toBe(1);
    // The article's tab is behind the panel's tab here, so a smooth scroll may advance in
    // throttled steps: poll until the sentence is inside the viewport.
    const inView = (needle: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(needle);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          const rect = r.getBoundingClientRect();
          return { y: window.scrollY, visible: rect.bottom > 0 && rect.top < window.innerHeight };
        }
      }
      return { y: window.scrollY, visible: null };
    };
    const needle = 'Pakistan accuses the Taliban';
    const deadline = Date.now() + 5_000;
    let where = await article.evaluate(inView, needle);
    while (!where.visible && Date.now() < deadline) {
      await article.waitForTimeout(100);
      where = await article.evaluate(inView, needle);
    }
    expect(where.y, 'window.scrollY after clicking the last sentence').toBeGreaterThan(0);
    expect(where.visible, 'the clicked sentence is in view').toBe(true);
    // The flash goes away by itself (about 1.5 s).
    const after = await waitForHighlights(article, (s) => !s['sourcelight-flash'], 5_000);
    expect(after.sizes['sourcelight-flash'] ?? 0, 'sourcelight-flash cleared after ~1.5 s').toBe(0);
  });

  it('narrows the list with the label filters and restores it', async () => {
    const all = snap.sentences.length;
    const button = panel.locator('[data-testid="filter-label"][data-label="claim"]');
    await expect.poll(() => panel.locator('[data-testid="filter-label"]').count()).toBe(3);
    const pressedBefore = await button.getAttribute('aria-pressed');
    expect(['true', 'false']).toContain(pressedBefore);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe(pressedBefore === 'true' ? 'false' : 'true');
    // Pressed buttons are the labels shown (none pressed = all shown).
    const pressed = await panel.$$eval('[data-testid="filter-label"]', (els) =>
      els.filter((e) => e.getAttribute('aria-pressed') === 'true').map((e) => e.getAttribute('data-label') ?? ''),
    );
    const shown = pressed.length > 0 ? pressed : [...LABELS];
    const expectedCount = snap.sentences.filter((s) => shown.includes(s.label)).length;
    expect(expectedCount).toBeLessThan(all);
    await expect.poll(async () => (await panel.evaluate(readPanel)).sentences.length).toBe(expectedCount);
    const narrowed = await panel.evaluate(readPanel);
    for (const s of narrowed.sentences) expect(shown).toContain(s.label);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe(pressedBefore);
    await expect.poll(async () => (await panel.evaluate(readPanel)).sentences.length).toBe(all);
  });

  it('narrows the list with the source filter and restores it', async () => {
    const select = panel.locator('select[data-testid="filter-source"]');
    // The contract fixes only the "all sources" value (""); pick the source by its option's text.
    const options = await select.locator('option').evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, text: (o.textContent ?? '').trim() })),
    );
    expect(options.map((o) => o.value)).toContain('');
    expect(options.filter((o) => o.value !== '')).toHaveLength(SEED_EXPECTED.length);
    const durrani = options.find((o) => o.value !== '' && o.text.startsWith('Asif Durrani'));
    expect(durrani, `an option for Asif Durrani among ${JSON.stringify(options)}`).toBeDefined();
    await select.selectOption(durrani!.value);
    await expect.poll(async () => (await panel.evaluate(readPanel)).sentences.length).toBe(3);
    const narrowed = await panel.evaluate(readPanel);
    expect(narrowed.sentences.every((s) => s.source === 'Asif Durrani')).toBe(true);
    await select.selectOption('');
    await expect.poll(async () => (await panel.evaluate(readPanel)).sentences.length).toBe(snap.sentences.length);
  });

  it('clears the highlights with the toggle and restores them', async () => {
    const expected = countsByLabel(snap);
    const toggle = panel.locator('input[type=checkbox][data-testid="toggle-highlights"]');
    expect(sum(expected), 'attributed sentences in the panel').toBe(10);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    const off = await waitForHighlights(article, (s) => LABELS.every((l) => s[`sourcelight-${l}`] === undefined));
    for (const l of LABELS) expect(off.sizes[`sourcelight-${l}`], `sourcelight-${l} after toggling off`).toBeUndefined();
    await toggle.check();
    const on = await waitForHighlights(article, (s) => sum(s) >= sum(expected));
    expect(highlightSizesByLabel(on)).toEqual(expected);
  });

  it('downloads each export; the JSON validates against ExportSchema', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-downloads-'));
    const files: Record<string, { name: string; text: string }> = {};
    try {
      for (const kind of ['json', 'markdown', 'csv', 'annotation']) {
        const [download] = await Promise.all([
          panel.waitForEvent('download', { timeout: 10_000 }),
          panel.locator(`[data-testid="export-${kind}"]`).click(),
        ]);
        const file = path.join(dir, `${kind}-${download.suggestedFilename()}`);
        await download.saveAs(file);
        files[kind] = { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
        expect(files[kind]!.text.length, `${kind} export is empty`).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(files.json!.name).toMatch(/\.json$/);
    expect(files.markdown!.name).toMatch(/\.md$/);
    expect(files.csv!.name).toMatch(/\.csv$/);

    const json: unknown = JSON.parse(files.json!.text);
    const parsed = ExportSchema.safeParse(json);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true);
    if (parsed.success) {
      expect(parsed.data.url).toBe(env.server.url(SEED_PATH));
      const exported = parsed.data.sources.map((s) => ({ name: s.name, ...s.counts, total: s.total }));
      expect(byName(exported)).toEqual(byName(SEED_EXPECTED));
      expect(parsed.data.sentences.filter((s) => s.label !== 'none')).toHaveLength(10);
    }
    for (const e of SEED_EXPECTED) {
      expect(files.markdown!.text).toContain(e.name);
      expect(files.csv!.text).toContain(e.name);
    }
    expect(files.csv!.text.trim().split(/\r?\n/).length).toBeGreaterThan(1);
    const annotation: unknown = JSON.parse(files.annotation!.text);
    expect(JSON.stringify(annotation)).toContain('Annotation');
  });

  it('copies the Markdown to the clipboard', async () => {
    // Extension origins count as opaque for a per-origin grant: grant it everywhere.
    await env.h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.bringToFront();
    await panel.evaluate(() => navigator.clipboard.writeText('(empty)'));
    await panel.locator('[data-testid="copy-markdown"]').click();
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 }).toContain('Asif Durrani');
  });

  it('takes the screenshots for docs/', async () => {
    mkdirSync(docsDir, { recursive: true });
    await panel.bringToFront();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: path.join(docsDir, 'screenshot-panel.png') });
    await article.bringToFront();
    await article.setViewportSize({ width: 1000, height: 800 });
    await article.evaluate(() => window.scrollTo(0, 0));
    await waitForHighlights(article, (s) => sum(s) >= 10);
    await article.screenshot({ path: path.join(docsDir, 'screenshot-page.png') });
    expect(existsSync(path.join(docsDir, 'screenshot-panel.png'))).toBe(true);
  });

  it('does not paint twice when a second panel analyses the same tab', async () => {
    const expected = countsByLabel(snap);
    const again = await env.h.openPanel(await env.h.tabIdOf(env.server.url(SEED_PATH)));
    const second = await expectReady(again);
    expect(byName(second.sources)).toEqual(byName(SEED_EXPECTED));
    await article.waitForTimeout(300);
    const painted = await waitForHighlights(article, (s) => sum(s) >= sum(expected));
    expect(highlightSizesByLabel(painted)).toEqual(expected);
    await again.close();
  });

  it('raised no errors in the page or the panel', () => {
    expect(env.h.pageErrors.filter((e) => e.includes('seed-pakistan') || e.includes('sidepanel.html'))).toEqual([]);
    expect(env.h.panelConsoleErrors, 'console.error in the panel').toEqual([]);
  });
});

describe('Chromium: pages that are not articles', () => {
  it('says "No article" on a plain navigation page', async () => {
    const { tabId } = await openArticle('/pages/nav.html');
    const panel = await env.h.openPanel(tabId);
    const snap = await settle(panel);
    expect(snap.state).toBe('error');
    expect(snap.status).toContain('No article');
    expect(snap.sources).toEqual([]);
  });

  it.skipIf(!hasShared)(`says "No article" on a fixture with no article (${NON_ARTICLE_FIXTURE})`, async () => {
    const { tabId } = await openArticle(`/fixtures/${NON_ARTICLE_FIXTURE}/source.html`);
    const panel = await env.h.openPanel(tabId);
    const snap = await settle(panel);
    expect(snap.state).toBe('error');
    expect(snap.status).toContain('No article');
  });

  it('says a browser page (chrome://version) cannot be read', async () => {
    const tabId = await env.h.sw.evaluate(async () => {
      const tab = await chrome.tabs.create({ url: 'chrome://version', active: false });
      return tab.id ?? -1;
    });
    expect(tabId).toBeGreaterThanOrEqual(0);
    const panel = await env.h.openPanel(tabId);
    const snap = await settle(panel);
    expect(snap.state).toBe('error');
    expect(snap.status ?? '').toMatch(/can(’|'|no)t be read/i);
  });
});

describe.skipIf(!existsSync(SAMPLE))('Chromium: the sample article (samples/sample-article.html)', () => {
  it('is analysed: ready, with sources and highlights', async () => {
    const { page, tabId } = await openArticle('/samples/sample-article.html');
    const panel = await env.h.openPanel(tabId);
    const snap = await expectReady(panel);
    expect(snap.sources.length).toBeGreaterThan(0);
    const expected = countsByLabel(snap);
    const painted = await waitForHighlights(page, (s) => sum(s) >= sum(expected));
    expect(highlightSizesByLabel(painted)).toEqual(expected);
  });
});

describe.skipIf(!hasShared)('Chromium: real English news pages', () => {
  const timings: Array<{ name: string; bytes: number; ms: number; sources: number; sentences: number }> = [];

  afterAll(() => {
    if (timings.length === 0) return;
    console.log('[e2e] chromium panel open → counts shown:');
    for (const t of timings) {
      console.log(`[e2e]   ${t.name.padEnd(16)} ${String(Math.round(t.bytes / 1024)).padStart(5)} kB page  ${String(t.ms).padStart(5)} ms  ${t.sources} sources, ${t.sentences} sentences`);
    }
    const largest = [...timings].sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(`[e2e] largest English news fixture (${largest.name}, ${Math.round(largest.bytes / 1024)} kB): panel open → counts shown in ${largest.ms} ms`);
  });

  const pages = [
    ...NEWS_FIXTURES.map((name) => ({ name, pathname: `/fixtures/${name}/source.html`, file: path.join(sharedDir, 'fixtures', name, 'source.html') })),
    ...CORPUS_PAGES.map((name) => ({ name, pathname: `/corpus/bbc/${name}.html`, file: path.join(sharedDir, 'corpus', 'bbc', `${name}.html`) })),
  ];
  for (const { name, pathname, file } of pages) {
    it(`${name}: ready, ≥1 source, highlights = attributed sentences, valid JSON export, no page errors`, async () => {
      const errorsBefore = env.h.pageErrors.length;
      const consoleBefore = env.h.panelConsoleErrors.length;
      const { page, tabId } = await openArticle(pathname);
      const started = Date.now();
      const panel = await env.h.openPanel(tabId);
      // The panel renders the counts when it turns ready.
      await panel.waitForFunction(panelSettled, undefined, { timeout: READY_TIMEOUT });
      const ms = Date.now() - started;
      const snap = await expectReady(panel);
      expect(snap.sources.length).toBeGreaterThanOrEqual(1);
      const attributed = snap.sentences.length;
      expect(attributed).toBeGreaterThanOrEqual(1);
      expect(sum(countsByLabel(snap)), 'source totals = listed sentences').toBe(attributed);
      for (const s of snap.sources) expect(s.claim + s.report + s.pledge, s.name).toBe(s.total);
      const painted = await waitForHighlights(page, (s) => sum(highlightSizesByLabel({ supported: true, sizes: s, scrollY: 0 })) >= attributed);
      expect(highlightSizesByLabel(painted), 'highlights per label').toEqual(sentencesByLabel(snap));
      expect(unmatchedHighlights(await page.evaluate(readHighlightTexts), snap), 'painted ranges that match no listed sentence').toEqual([]);

      const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 10_000 }), panel.locator('[data-testid="export-json"]').click()]);
      const saved = path.join(os.tmpdir(), `sourcelight-${process.pid}-${name}.json`);
      await download.saveAs(saved);
      const parsed = ExportSchema.safeParse(JSON.parse(readFileSync(saved, 'utf8')));
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true);
      if (parsed.success) {
        expect(parsed.data.sentences.filter((s) => s.label !== 'none')).toHaveLength(attributed);
        // The export also lists, with no counts, speakers that only appear relayed ("X via Y").
        const counted = parsed.data.sources.filter((s) => s.total > 0);
        expect(counted.map((s) => s.name).sort()).toEqual(snap.sources.map((s) => s.name).sort());
        const vias = new Set(parsed.data.sentences.map((s) => s.via));
        for (const s of parsed.data.sources.filter((x) => x.total === 0)) expect(vias.has(s.name), `${s.name}: listed, never counted nor relayed`).toBe(true);
      }

      expect(env.h.pageErrors.slice(errorsBefore), 'errors thrown in the page or the panel').toEqual([]);
      expect(env.h.panelConsoleErrors.slice(consoleBefore), 'console.error in the panel').toEqual([]);
      timings.push({ name, bytes: readFileSync(file).length, ms, sources: snap.sources.length, sentences: attributed });
      await panel.close();
      await page.close();
    });
  }
});

declare const chrome: { tabs: { create(p: { url: string; active?: boolean }): Promise<{ id?: number }> } };
