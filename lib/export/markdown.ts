import type { AttributedLabel } from '../engine/types';
import { attributedSentences } from './document';
import { markdownInline, yamlString } from './markdown-text';
import type { ExportDocument, ExportedSentence } from './schema';

const PLURAL: Record<AttributedLabel, [string, string]> = {
  claim: ['claim', 'claims'],
  report: ['report', 'reports'],
  pledge: ['pledge', 'pledges'],
};

function countsPhrase(sentences: ExportedSentence[]): string {
  const parts = (Object.keys(PLURAL) as AttributedLabel[]).flatMap((label) => {
    const n = sentences.filter((s) => s.label === label).length;
    const [one, many] = PLURAL[label];
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  });
  return parts.join(', ');
}

/** Attributed sentences by source name, in the document's source order, then any source it does not list. */
function sentencesBySource(document: ExportDocument): Map<string, ExportedSentence[]> {
  const groups = new Map<string, ExportedSentence[]>(document.sources.map((source) => [source.name, []]));
  for (const sentence of attributedSentences(document)) {
    const name = sentence.source ?? 'Unknown source';
    const group = groups.get(name);
    if (group) group.push(sentence);
    else groups.set(name, [sentence]);
  }
  return groups;
}

function sentenceQuote(sentence: ExportedSentence): string {
  const via = sentence.via === null ? '' : ` via ${markdownInline(sentence.via)}`;
  const cue = sentence.cue === null ? '' : ` · cue: “${markdownInline(sentence.cue)}”`;
  return [`> ${markdownInline(sentence.text)}`, '>', `> — **${sentence.label}**${via}${cue} · sentence ${sentence.index}`].join('\n');
}

/** An autolink for a web or file URL that can be one (no escapes work inside), else escaped text. */
export function markdownUrl(url: string): string {
  return /^(?:https?|file):[^\s<>]*$/i.test(url) ? `<${url}>` : markdownInline(url);
}

/** YAML front matter, then one section per source with one blockquote per sentence. */
export function renderMarkdown(document: ExportDocument): string {
  const frontMatter = [
    '---',
    `title: ${yamlString(document.title)}`,
    `url: ${yamlString(document.url)}`,
    `date: ${yamlString(document.analyzedAt)}`,
    `lang: ${document.lang === null ? 'null' : yamlString(document.lang)}`,
    `schema: ${yamlString(document.schema)}`,
    '---',
  ].join('\n');

  const attributed = attributedSentences(document);
  const groups = [...sentencesBySource(document)].filter(([, sentences]) => sentences.length > 0);
  const summary = `${attributed.length} of ${document.sentences.length} sentences attributed, to ${groups.length} ${groups.length === 1 ? 'source' : 'sources'}.`;

  const sections = groups.map(([name, sentences]) =>
    [`## ${markdownInline(name)} (${countsPhrase(sentences)})`, ...sentences.map(sentenceQuote)].join('\n\n'),
  );
  const title = markdownInline(document.title) || 'Untitled article';
  const origin = `From ${markdownUrl(document.url)}, analysed ${document.analyzedAt}.`;
  return `${[frontMatter, `# ${title}`, origin, summary, ...sections].join('\n\n')}\n`;
}
