import type { AttributedLabel } from './engine/types';

/** How each label is named, explained and coloured, on the page and in the panel alike. */
export const LABEL_INFO: Record<AttributedLabel, { name: string; meaning: string; background: string; underline: string }> = {
  claim: {
    name: 'Claim',
    meaning: 'a source says it directly',
    background: '#cfe2ff',
    underline: '#1f5fbf',
  },
  report: {
    name: 'Report',
    meaning: 'second-hand, through an outlet, document or another person',
    background: '#ffe1a8',
    underline: '#a15c00',
  },
  pledge: {
    name: 'Pledge',
    meaning: 'a source commits to a future action',
    background: '#cdeccd',
    underline: '#23782b',
  },
};
