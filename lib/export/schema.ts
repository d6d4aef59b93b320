import * as z from 'zod/mini';

/** Bumped whenever a field changes meaning or disappears; adding an optional field keeps it. */
export const EXPORT_SCHEMA_VERSION = 'sourcelight.export/1';

const nonNegativeInt = () => z.number().check(z.int(), z.minimum(0));
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description));

export const LabelSchema = z.enum(['claim', 'report', 'pledge', 'none']);

export const ExportedSentenceSchema = z.object({
  index: described(nonNegativeInt(), 'Position of the sentence in the article, from 0.'),
  text: described(z.string(), 'The sentence as it appears in the article text.'),
  label: described(LabelSchema, 'claim, report, pledge, or none for the article’s own voice.'),
  source: described(z.nullable(z.string()), 'Canonical name of who says it; null for `none`.'),
  via: described(z.nullable(z.string()), 'For a report: the original speaker the source relays, when named.'),
  cue: described(z.nullable(z.string()), 'The words that mark the attribution ("said", "according to").'),
  block: described(nonNegativeInt(), 'Index of the text block of the article that holds the sentence.'),
  start: described(nonNegativeInt(), 'Character offset of the sentence in its block’s text.'),
  end: described(nonNegativeInt(), 'Character offset just past the sentence in its block’s text.'),
});

export const ExportedSourceSchema = z.object({
  name: described(z.string(), 'The fullest name the article uses for the source.'),
  aliases: described(z.array(z.string()), 'Every form the article uses for the source, the name included.'),
  kind: z.enum(['person', 'organisation', 'outlet', 'group', 'document', 'poll']),
  counts: z.object({ claim: nonNegativeInt(), report: nonNegativeInt(), pledge: nonNegativeInt() }),
  total: described(nonNegativeInt(), 'Attributed sentences of this source.'),
});

export const ExportSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA_VERSION),
  url: z.string(),
  title: z.string(),
  analyzedAt: described(z.iso.datetime(), 'ISO 8601 time of the analysis, in UTC.'),
  lang: described(z.nullable(z.string()), 'BCP 47 language tag the page declares, if any.'),
  sentences: described(z.array(ExportedSentenceSchema), 'Every sentence of the article body, in order.'),
  sources: described(z.array(ExportedSourceSchema), 'Sources with their label counts, most sentences first.'),
});

export type ExportDocument = z.infer<typeof ExportSchema>;
export type ExportedSentence = z.infer<typeof ExportedSentenceSchema>;
export type ExportedSource = z.infer<typeof ExportedSourceSchema>;
