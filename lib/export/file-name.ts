const MAX_STEM_CHARS = 80;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name stem safe on every common file system: letters and digits of
 * any script, runs of anything else as one "-", at most 80 characters.
 */
export function safeFileStem(title: string, fallback = 'article'): string {
  const words = title.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  let stem = '';
  for (const word of words) {
    const next = stem ? `${stem}-${word}` : word;
    if ([...next].length > MAX_STEM_CHARS) {
      if (!stem) stem = [...word].slice(0, MAX_STEM_CHARS).join('');
      break;
    }
    stem = next;
  }
  if (!stem) return fallback;
  return WINDOWS_RESERVED.test(stem) ? `${stem}-${fallback}` : stem;
}

/** "Council Votes on Bridge" + "md" → "council-votes-on-bridge.sourcelight.md". */
export function exportFileName(title: string, extension: string): string {
  return `${safeFileStem(title)}.sourcelight.${extension}`;
}
