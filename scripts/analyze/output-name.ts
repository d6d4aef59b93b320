import { basename, dirname, extname, resolve } from 'node:path';

/** The export's file name stem for a page: its file name without extension, or its folder's name for `source.html`. */
export function outputStem(pagePath: string): string {
  const file = basename(pagePath);
  if (file.toLowerCase() === 'source.html') {
    const folder = basename(dirname(resolve(pagePath)));
    if (folder) return folder;
  }
  return basename(file, extname(file)) || file;
}
