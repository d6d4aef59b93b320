import { openPanelFor } from '@/lib/browser/open-panel';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) openPanelFor(tab.id, tab.windowId);
  });
});
