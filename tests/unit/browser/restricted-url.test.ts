import { describe, expect, it } from 'vitest';
import { restrictionOf } from '@/lib/browser/restricted-url';

describe('restrictionOf', () => {
  it('lets ordinary web pages through', () => {
    expect(restrictionOf('https://www.bbc.co.uk/news/world-123')).toBeNull();
    expect(restrictionOf('http://127.0.0.1:8080/fixtures/a/source.html')).toBeNull();
  });

  it('refuses browser pages, extension stores and PDFs with a reason', () => {
    expect(restrictionOf('chrome://version')).toBe('browser-page');
    expect(restrictionOf('about:addons')).toBe('browser-page');
    expect(restrictionOf('moz-extension://abc/sidepanel.html')).toBe('browser-page');
    expect(restrictionOf(undefined)).toBe('browser-page');
    expect(restrictionOf('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(restrictionOf('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(restrictionOf('https://example.org/report.PDF')).toBe('pdf');
  });
});
