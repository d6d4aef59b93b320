import { handleContentRequest } from '@/lib/page/content-handler';

declare global {
  // Set once per page: the toolbar may inject this script again into the same tab.
  var __sourcelightInstalled: boolean | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    if (globalThis.__sourcelightInstalled) return;
    globalThis.__sourcelightInstalled = true;
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const response = handleContentRequest(message);
      if (response === undefined) return false;
      sendResponse(response);
      return true;
    });
  },
});
