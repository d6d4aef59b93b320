import { ATTRIBUTED_LABELS } from '../engine/types';
import { LABEL_INFO } from '../labels';
import { HIGHLIGHT_NAMES } from './highlighter';

/** The user stylesheet inserted into the tab (scripting.insertCSS): no DOM change. */
export function highlightStylesheet(): string {
  const rules = ATTRIBUTED_LABELS.map(
    (label) =>
      `::highlight(${HIGHLIGHT_NAMES[label]}) { background-color: ${LABEL_INFO[label].background}; ` +
      `color: #111; text-decoration: underline 2px ${LABEL_INFO[label].underline}; }`,
  );
  rules.push(`::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: #ffd400; color: #000; }`);
  return rules.join('\n');
}
