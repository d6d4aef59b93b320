/**
 * Page text made inert for Markdown: one line, with every character that could
 * open a block (at line start) or an inline construct escaped by a backslash.
 */
export function markdownInline(text: string): string {
  const oneLine = text.replace(/[\s\u2028\u2029]+/g, ' ').trim();
  const inline = oneLine
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
  return inline
    .replace(/^[-+=>]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const YAML_NON_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * A YAML double-quoted scalar. JSON strings are valid YAML ones; the
 * characters YAML treats as line breaks or non-printable get \u escapes, and
 * lone surrogates (not representable) become U+FFFD.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value.replace(LONE_SURROGATE, '\ufffd')).replace(
    YAML_NON_PRINTABLE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
