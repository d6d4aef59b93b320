import { ATTRIBUTED_LABELS, type SourceEntity } from '@/lib/engine/types';
import { LABEL_INFO } from '@/lib/labels';

interface Props {
  sources: SourceEntity[];
  selected: string;
  onSelect: (sourceId: string) => void;
}

export function SourceList({ sources, selected, onSelect }: Props) {
  const attributed = sources.filter((source) => source.total > 0);
  if (attributed.length === 0) return <p class="empty">No one is quoted or cited in this article.</p>;
  return (
    <section aria-label="Sources">
      <h2>Sources ({attributed.length})</h2>
      <table class="sources">
        <thead>
          <tr>
            <th scope="col">Source</th>
            {ATTRIBUTED_LABELS.map((label) => (
              <th scope="col" key={label} title={LABEL_INFO[label].meaning}>
                <span class={`swatch label-${label}`} aria-hidden="true" /> {LABEL_INFO[label].name}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {attributed.map((source) => (
            <tr
              key={source.id}
              data-testid="source"
              data-source={source.name}
              class={selected === source.id ? 'selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  title={source.aliases.join(' · ')}
                  aria-pressed={selected === source.id}
                  onClick={() => onSelect(selected === source.id ? '' : source.id)}
                >
                  {source.name}
                </button>
              </th>
              {ATTRIBUTED_LABELS.map((label) => (
                <td key={label} data-count={label}>
                  {source.counts[label]}
                </td>
              ))}
              <td data-count="total">{source.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
