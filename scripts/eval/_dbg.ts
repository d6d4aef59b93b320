import { readArticleFromFile } from '../../lib/node/read-page';
import { splitArticle } from '../../lib/engine/sentences';
const [file, needle] = process.argv.slice(2) as [string, string];
const r = await readArticleFromFile(file);
if (!r.ok) throw new Error('x');
for (const s of splitArticle(r.article)) {
  if (!s.text.includes(needle)) continue;
  console.log(s.kind, s.startsQuoted, s.quotedShare.toFixed(2));
  console.log(s.tokens.map((t, k) => `${t.text}/${t.pos}${s.quoted[k] ? '*' : ''}`).join(' '));
}
