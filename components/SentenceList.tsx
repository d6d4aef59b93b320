import type { AnalyzedSentence, AttributedLabel, SourceEntity } from '@/lib/engine/types';
import { LabelBadge } from './LabelBadge';

interface Props {
  sentences: AnalyzedSentence[];
  sources: SourceEntity[];
  onPick: (sentence: AnalyzedSentence) => void;
}

/** Attributed sentences grouped by source, in the order of the sources list. */
export function SentenceList({ sentences, sources, onPick }: Props) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const groups = sources
    .map((source) => ({ source, items: sentences.filter((sentence) => sentence.sourceId === source.id) }))
    .filter((group) => group.items.length > 0);
  if (groups.length === 0) return <p class="empty">No sentences match these filters.</p>;
  return (
    <section aria-label="Sentences">
      {groups.map(({ source, items }) => (
        <div class="group" key={source.id}>
          <h3>{source.name}</h3>
          <ol class="sentences">
            {items.map((sentence) => (
              <li key={sentence.index}>
                <button
                  type="button"
                  class="sentence"
                  data-testid="sentence"
                  data-index={sentence.index}
                  data-label={sentence.label}
                  data-source={source.name}
                  title="Show on the page"
                  onClick={() => onPick(sentence)}
                >
                  <LabelBadge label={sentence.label as AttributedLabel} />
                  {sentence.viaId && byId.has(sentence.viaId) && (
                    <span class="via" data-testid="via">
                      {byId.get(sentence.viaId)?.name} via {source.name}
                    </span>
                  )}
                  <span class="text">{sentence.text}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
