import { ATTRIBUTED_LABELS, type AttributedLabel, type SourceEntity } from '@/lib/engine/types';
import { LABEL_INFO } from '@/lib/labels';

interface Props {
  labels: Set<AttributedLabel>;
  onToggleLabel: (label: AttributedLabel) => void;
  sources: SourceEntity[];
  sourceId: string;
  onSource: (sourceId: string) => void;
}

export function Filters({ labels, onToggleLabel, sources, sourceId, onSource }: Props) {
  return (
    <section class="filters" aria-label="Filter sentences">
      <div role="group" aria-label="Labels">
        {ATTRIBUTED_LABELS.map((label) => (
          <button
            type="button"
            key={label}
            class={`chip label-${label}`}
            data-testid="filter-label"
            data-label={label}
            aria-pressed={labels.has(label)}
            onClick={() => onToggleLabel(label)}
          >
            {LABEL_INFO[label].name}
          </button>
        ))}
      </div>
      <label>
        <span class="visually-hidden">Source</span>
        <select data-testid="filter-source" value={sourceId} onChange={(event) => onSource(event.currentTarget.value)}>
          <option value="">All sources</option>
          {sources
            .filter((source) => source.total > 0)
            .map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
        </select>
      </label>
    </section>
  );
}
