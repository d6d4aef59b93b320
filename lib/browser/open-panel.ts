import { browser } from 'wxt/browser';

export function panelPath(tabId: number): `sidepanel.html?tabId=${number}` {
  return `sidepanel.html?tabId=${tabId}`;
}

/**
 * Opens the side panel for one tab. Must run synchronously inside the toolbar
 * click: both browsers open panels only from a user gesture, so nothing here is
 * awaited before the open call.
 */
export function openPanelFor(tabId: number, windowId: number | undefined): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    void chromeSidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true });
    void chromeSidePanel.open({ tabId, windowId }).catch(reportOpenFailure);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebar) {
    void sidebar.setPanel({ tabId, panel: browser.runtime.getURL(`/${panelPath(tabId)}`) });
    void sidebar.open().catch(reportOpenFailure);
  }
}

interface ChromeSidePanel {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebarAction {
  setPanel(details: { tabId: number; panel: string }): Promise<void>;
  open(): Promise<void>;
}

function reportOpenFailure(error: unknown): void {
  console.warn('Sourcelight could not open its panel:', error);
}
