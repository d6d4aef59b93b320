import type { AttributedLabel } from '@/lib/engine/types';
import { LABEL_INFO } from '@/lib/labels';

export function LabelBadge({ label }: { label: AttributedLabel }) {
  return <span class={`badge label-${label}`}>{LABEL_INFO[label].name}</span>;
}
