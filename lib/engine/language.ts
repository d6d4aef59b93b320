/** The engine's rules are English; a page that declares no language is taken as English. */
export function isEnglish(lang: string | null): boolean {
  const tag = lang?.trim() ?? '';
  return tag === '' || /^en\b/i.test(tag);
}
