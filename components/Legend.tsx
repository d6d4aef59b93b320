import { ATTRIBUTED_LABELS } from '@/lib/engine/types';
import { LABEL_INFO } from '@/lib/labels';

export function Legend({ visible, onToggle }: { visible: boolean; onToggle: (visible: boolean) => void }) {
  return (
    <section class="legend" aria-label="Highlight colours">
      <ul>
        {ATTRIBUTED_LABELS.map((label) => (
          <li key={label}>
            <span class={`swatch label-${label}`} aria-hidden="true" />
            <strong>{LABEL_INFO[label].name}</strong>: {LABEL_INFO[label].meaning}
          </li>
        ))}
      </ul>
      <label class="toggle">
        <input
          type="checkbox"
          data-testid="toggle-highlights"
          checked={visible}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        Highlight on the page
      </label>
    </section>
  );
}
