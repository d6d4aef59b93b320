import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, firefoxExtDir, requireBuild } from './paths';

/** The gecko id from wxt.config.ts (kept in sync by the manifest check in firefox.test.ts). */
export const GECKO_ID = 'sourcelight@sourcelight.example';
/** Fixed so the test knows the moz-extension:// origin in advance. */
export const FIXED_UUID = '5f0c6c1e-2b7a-4d0e-9a57-3c1d2e9b8a41';
export const EXTENSION_ORIGIN = `moz-extension://${FIXED_UUID}`;

export interface FirefoxHarness {
  browser: Browser;
  /** Errors thrown in any page opened through `newPage` (pageerror). */
  pageErrors: string[];
  /** A new tab; `{ window: true }` opens it in a window of its own, so the article's tab stays visible. */
  newPage(options?: { window?: boolean }): Promise<Page>;
  /**
   * Opens the panel page in a new tab for the tab showing `articleUrl`. An
   * extension page cannot be typed into the address bar, so the tab first
   * loads `launchpadUrl` (a 127.0.0.1 page) and goes on with `location.href`
   * (allowed because the e2e build lists sidepanel.html as web-accessible).
   * The tab id comes from `browser.tabs.query` inside the panel page itself.
   */
  openPanelFor(articleUrl: string, launchpadUrl: string): Promise<{ panel: Page; tabId: number }>;
  close(): Promise<void>;
}

export async function launchFirefox(extPath = firefoxExtDir): Promise<FirefoxHarness> {
  requireBuild(extPath);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !process.env.HEADED,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
    },
  });
  await browser.installExtension(extPath);
  const pageErrors: string[] = [];

  const newPage = async (options: { window?: boolean } = {}) => {
    const page = await browser.newPage(options.window ? { type: 'window' } : undefined);
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
    return page;
  };

  // Puppeteer's page.url() does not follow a page into moz-extension:// (over
  // BiDi), so ask the document itself where it is, until it is there and loaded.
  const gotoExtensionPage = async (page: Page, url: string) => {
    await page.evaluate((u) => {
      location.href = u;
    }, url);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const where = await page
        .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
        .catch(() => '');
      if (where === url) return;
      if (Date.now() > deadline) throw new Error(`Firefox did not open ${url} (at ${where || page.url()})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  return {
    browser,
    pageErrors,
    newPage,
    async openPanelFor(articleUrl, launchpadUrl) {
      // Its own window, like a side panel beside the page: the article's tab stays
      // visible, so it keeps painting and scrolling (Firefox drops a smooth scroll in a hidden tab).
      const panel = await newPage({ window: true });
      await panel.goto(launchpadUrl, { waitUntil: 'load' });
      // First visit, without a tab id: only to ask the browser for the article tab's id.
      await gotoExtensionPage(panel, `${EXTENSION_ORIGIN}/sidepanel.html`);
      let tabId = -1;
      for (let attempt = 0; attempt < 50 && tabId < 0; attempt++) {
        tabId = await panel.evaluate(async (u) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
          const tabs = await api.tabs.query({});
          const match = tabs.filter((t) => t.url === u);
          return match.length === 1 ? (match[0]!.id ?? -1) : -1;
        }, articleUrl);
        if (tabId < 0) await new Promise((r) => setTimeout(r, 100));
      }
      if (tabId < 0) throw new Error(`No Firefox tab found for ${articleUrl}`);
      await gotoExtensionPage(panel, `${EXTENSION_ORIGIN}/sidepanel.html?tabId=${tabId}`);
      return { panel, tabId };
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
