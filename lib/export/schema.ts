import * as z from 'zod/mini';

/** Bumped whenever a field changes meaning or disappears; adding an optional field keeps it. */
export const EXPORT_SCHEMA_VERSION = 'sourcelight.export/1';

const nonNegativeInt = () => z.number().check(z.int(), z.minimum(0));

export const LabelSchema = z.enum(['claim', 'report', 'pledge', 'none']);

export const ExportedSentenceSchema = z.object({
  index: nonNegativeInt(),
  text: z.string(),
  label: LabelSchema,
  /** Canonical name of who says it; null for `none`. */
  source: z.nullable(z.string()),
  /** For a report: the original speaker the source relays, when named. */
  via: z.nullable(z.string()),
  /** The words that mark the attribution. */
  cue: z.nullable(z.string()),
  /** Text block of the article, and character offsets within it. */
  block: nonNegativeInt(),
  start: nonNegativeInt(),
  end: nonNegativeInt(),
});

export const ExportedSourceSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(['person', 'organisation', 'outlet', 'group', 'document', 'poll']),
  counts: z.object({ claim: nonNegativeInt(), report: nonNegativeInt(), pledge: nonNegativeInt() }),
  total: nonNegativeInt(),
});

export const ExportSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA_VERSION),
  url: z.string(),
  title: z.string(),
  /** ISO 8601 time of the analysis. */
  analyzedAt: z.iso.datetime(),
  lang: z.nullable(z.string()),
  sentences: z.array(ExportedSentenceSchema),
  sources: z.array(ExportedSourceSchema),
});

export type ExportDocument = z.infer<typeof ExportSchema>;
export type ExportedSentence = z.infer<typeof ExportedSentenceSchema>;
export type ExportedSource = z.infer<typeof ExportedSourceSchema>;
