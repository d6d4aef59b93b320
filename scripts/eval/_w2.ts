import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readArticleFromHtml } from '../../lib/node/read-page';
const a = (readArticleFromHtml(readFileSync(`/work/shared/fixtures/wikipedia-2/source.html`, 'utf8'), 'file:///x') as any).article;
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
const run = (lemma: boolean, sents: boolean) => { for (const b of a.blocks) { const d = nlp.readDoc(b.text); d.tokens().out(its.value); d.tokens().out(its.pos); if (lemma) d.tokens().out(its.lemma as any); if (sents) d.sentences().each((s: any) => s.out(its.span)); } };
for (let w = 0; w < 3; w++) run(true, true);
for (const [l, s] of [[false, false], [true, false], [false, true], [true, true], [false, false]] as const) {
  const t0 = performance.now(); for (let i = 0; i < 5; i++) run(l, s); console.log('lemma', l, 'sents', s, ((performance.now() - t0) / 5).toFixed(1));
}
