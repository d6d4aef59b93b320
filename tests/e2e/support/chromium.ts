import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, chromeExtDir, requireBuild } from './paths';

export interface ChromiumHarness {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Errors thrown in any page of the context (pageerror), with the page's URL. */
  pageErrors: string[];
  /** console.error messages of the extension's own pages (the panel), with the page's URL. */
  panelConsoleErrors: string[];
  /** The tab id the extension sees for a page opened at `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Opens `sidepanel.html?tabId=N` as a tab (the test seam). */
  openPanel(tabId: number, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The side panel's width in Chrome is about this; the panel is tested at this size. */
export const PANEL_VIEWPORT = { width: 400, height: 900 };

export async function launchChromium(extPath = chromeExtDir): Promise<ChromiumHarness> {
  requireBuild(extPath);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: !process.env.HEADED,
    acceptDownloads: true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extPath}`,
      `--load-extension=${extPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Tabs the test is not looking at must keep painting and scrolling.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const pageErrors: string[] = [];
  const panelConsoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && page.url().startsWith('chrome-extension://')) {
        panelConsoleErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(sw.url()).host;

  return {
    context,
    sw,
    extensionId,
    pageErrors,
    panelConsoleErrors,
    async tabIdOf(url) {
      const pattern = url.replace(/[?#].*$/, '');
      for (let attempt = 0; attempt < 50; attempt++) {
        const ids = await sw.evaluate(
          async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id ?? -1),
          pattern,
        );
        if (ids.length === 1 && ids[0]! >= 0) return ids[0]!;
        if (ids.length > 1) throw new Error(`Several tabs match ${url}: ${ids.join(', ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`No tab found for ${url}`);
    },
    async openPanel(tabId, viewport = PANEL_VIEWPORT) {
      // A window of its own, like a side panel beside the page: the article's tab stays
      // visible (a hidden tab would throttle its painting and smooth scrolling).
      const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
      const [panel] = await Promise.all([
        context.waitForEvent('page', { predicate: (p) => p.url() === url || p.url() === 'about:blank', timeout: 15_000 }),
        sw.evaluate(
          async ({ u, v }) => {
            await chrome.windows.create({ url: u, width: v.width, height: v.height, focused: true });
          },
          { u: url, v: viewport },
        ),
      ]);
      if (panel.url() !== url) await panel.waitForURL(url);
      await panel.setViewportSize(viewport);
      return panel;
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<Array<{ id?: number; url?: string }>> };
  windows: { create(o: { url: string; width: number; height: number; focused: boolean }): Promise<unknown> };
};
