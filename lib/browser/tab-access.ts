import { browser } from 'wxt/browser';
import { CONTENT_RESPONSE_SCHEMAS, type ContentRequest, type ContentResponses } from '../messages';
import { highlightStylesheet } from '../page/highlight-styles';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** Injects the content script and the highlight styles into a tab (allowed by activeTab). */
export async function prepareTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  await browser.scripting.insertCSS({ target: { tabId }, css: highlightStylesheet() });
}

/** Sends a request to the tab's content script and validates the answer. */
export async function askTab<T extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: T }>,
): Promise<ContentResponses[T]> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, request);
  const schema = CONTENT_RESPONSE_SCHEMAS[request.type as T];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`The page answered "${request.type}" with an unexpected message.`);
  return parsed.data as ContentResponses[T];
}
