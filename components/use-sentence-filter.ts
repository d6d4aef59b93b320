import { useMemo, useState } from 'preact/hooks';
import { ATTRIBUTED_LABELS, type AnalyzedSentence, type AttributedLabel } from '@/lib/engine/types';

/** Which attributed sentences the list shows: by label (all on by default) and by source. */
export function useSentenceFilter(sentences: AnalyzedSentence[]) {
  const [labels, setLabels] = useState<Set<AttributedLabel>>(() => new Set(ATTRIBUTED_LABELS));
  const [chosenSourceId, setSourceId] = useState('');
  // A new analysis has new source ids: a choice made on the previous one no longer applies.
  const sourceId = sentences.some((sentence) => sentence.sourceId === chosenSourceId) ? chosenSourceId : '';

  const visible = useMemo(
    () =>
      sentences.filter(
        (sentence) =>
          sentence.label !== 'none' &&
          labels.has(sentence.label) &&
          (sourceId === '' || sentence.sourceId === sourceId),
      ),
    [sentences, labels, sourceId],
  );

  const toggleLabel = (label: AttributedLabel) =>
    setLabels((current) => {
      const next = new Set(current);
      if (next.has(label)) next.delete(label);
      else next.add(label);
      return next;
    });

  return { labels, toggleLabel, sourceId, setSourceId, visible };
}
