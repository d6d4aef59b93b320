/** What the engine reads: an article's title and its body as text blocks, in reading order. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'preformatted'
  | 'cell';

export interface ArticleBlock {
  text: string;
  kind: BlockKind;
}

export interface ArticleText {
  title: string;
  url: string;
  /** BCP 47 language tag from the page, when it declares one. */
  lang: string | null;
  blocks: ArticleBlock[];
}

export const LABELS = ['claim', 'report', 'pledge', 'none'] as const;
export type Label = (typeof LABELS)[number];
export const ATTRIBUTED_LABELS = ['claim', 'report', 'pledge'] as const;
export type AttributedLabel = (typeof ATTRIBUTED_LABELS)[number];

export type LabelCounts = Record<AttributedLabel, number>;

export interface AnalyzedSentence {
  index: number;
  /** Index into `ArticleText.blocks`; `start`/`end` are offsets into that block's text. */
  block: number;
  start: number;
  end: number;
  text: string;
  label: Label;
  /** `SourceEntity.id` of who says it, or null for `none`. */
  sourceId: string | null;
  /** For a `report`: the original speaker the intermediary relays, when the sentence names one. */
  viaId: string | null;
  /** The words that mark the attribution ("said", "according to"), or null. */
  cue: string | null;
}

export type SourceKind = 'person' | 'organisation' | 'outlet' | 'group' | 'document' | 'poll';

export interface SourceEntity {
  id: string;
  /** The fullest name the article uses. */
  name: string;
  /** Every form the article uses for this source, `name` included. */
  aliases: string[];
  kind: SourceKind;
  counts: LabelCounts;
  total: number;
}

export interface Analysis {
  title: string;
  url: string;
  lang: string | null;
  sentences: AnalyzedSentence[];
  /** Sources with at least one attributed sentence (or named as `via`), most sentences first. */
  sources: SourceEntity[];
}
