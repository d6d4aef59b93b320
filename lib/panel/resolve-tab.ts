import { browser } from 'wxt/browser';

/** The tab this panel reads: `?tabId=N` when the toolbar click opened it, else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
