import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelFor } from '@/lib/browser/open-panel';

describe('openPanelFor (toolbar click)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (fakeBrowser as { sidebarAction?: unknown }).sidebarAction;
  });

  it('Chrome: opens the side panel for the clicked tab, pointed at that tab, within the click', () => {
    const calls: string[] = [];
    const sidePanel = {
      setOptions: vi.fn(async (o: { tabId: number; path: string }) => void calls.push(`setOptions ${o.tabId} ${o.path}`)),
      open: vi.fn(async (o: { tabId: number }) => void calls.push(`open ${o.tabId}`)),
    };
    vi.stubGlobal('chrome', { sidePanel });
    openPanelFor(42, 7);
    // Both calls happen synchronously, before any await: the user gesture is still valid.
    expect(calls).toEqual(['setOptions 42 sidepanel.html?tabId=42', 'open 42']);
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ tabId: 42, path: 'sidepanel.html?tabId=42', enabled: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 42, windowId: 7 });
  });

  it('Firefox: points the tab’s sidebar at that tab and opens it within the click', () => {
    vi.stubGlobal('chrome', undefined);
    const sidebarAction = { setPanel: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    (fakeBrowser as { sidebarAction?: unknown }).sidebarAction = sidebarAction;
    openPanelFor(5, 1);
    expect(sidebarAction.setPanel).toHaveBeenCalledWith({ tabId: 5, panel: expect.stringMatching(/\/sidepanel\.html\?tabId=5$/) });
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
  });
});
