import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readArticleFromHtml } from '../../lib/node/read-page';
const a = (readArticleFromHtml(readFileSync(`/work/shared/fixtures/wikipedia-2/source.html`, 'utf8'), 'file:///x') as any).article;
const text = a.blocks.map((b: any) => b.text).join('\n\n');
for (const pipe of [[], ['sbd'], ['sbd', 'pos'], ['pos']]) {
  const nlp = winkNLP(model, pipe as any);
  const its = nlp.its;
  for (let w = 0; w < 2; w++) nlp.readDoc(text);
  let t0 = performance.now();
  for (let i = 0; i < 5; i++) { const d = nlp.readDoc(text); d.tokens().out(its.value); if (pipe.includes('pos')) d.tokens().out(its.pos); }
  let t1 = performance.now();
  for (let i = 0; i < 5; i++) for (const b of a.blocks) { const d = nlp.readDoc(b.text); d.tokens().out(its.value); }
  let t2 = performance.now();
  console.log(pipe.join('+') || 'tokens', 'joined', ((t1 - t0) / 5).toFixed(1), 'per-block', ((t2 - t1) / 5).toFixed(1), 'chars', text.length);
}
