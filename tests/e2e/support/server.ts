import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { samplesDir, sharedDir } from './paths';

/**
 * A static server on 127.0.0.1 with an ephemeral port (the e2e build may read
 * http://127.0.0.1/* without a toolbar click).
 *
 *   /fixtures/…  → ../shared/fixtures      /corpus/… → ../shared/corpus
 *   /samples/…   → samples/                 /pages/…  → the small pages below
 *
 * Saved pages are served with a CSP that forbids scripts and any request off
 * this server: the saved sites' own scripts cannot run (their errors would be
 * noise) and nothing waits on hosts that this machine cannot reach. Extensions
 * are not bound by a page's CSP, so the content script and its styles still run.
 */
export interface StaticServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

const ROOTS: Record<string, string> = {
  fixtures: path.join(sharedDir, 'fixtures'),
  corpus: path.join(sharedDir, 'corpus'),
  samples: samplesDir,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

const CSP = "default-src 'self' data: blob:; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Pages of our own: always present, even without ../shared. */
export const PAGES: Record<string, string> = {
  'blank.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>',
  // A plain navigation page: links and a heading, no article.
  'nav.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site index</title></head><body>
<header><h1>Example News</h1><nav><ul>
<li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Business</a></li>
<li><a href="/d">Sport</a></li><li><a href="/e">Weather</a></li><li><a href="/f">Contact</a></li>
</ul></nav></header>
<main><ul><li><a href="/g">Login</a></li><li><a href="/h">Subscribe</a></li><li><a href="/i">Help</a></li></ul></main>
<footer><a href="/j">Privacy</a> · <a href="/k">Terms</a></footer></body></html>`,
  // Robustness pages (tests/e2e/robustness.test.ts). All text is invented for these tests.
  // A short French news article (lang="fr").
  'french.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le pont de Valmont rouvrira en mai</title></head><body>
<header><nav><a href="/">Accueil</a> · <a href="/region">Région</a></nav></header>
<article><h1>Le pont de Valmont rouvrira en mai</h1>
<p class="byline">Par la rédaction, le 3 mars</p>
<p>Le pont suspendu de Valmont, fermé depuis l’automne après la découverte de fissures sur deux piliers, devrait rouvrir à la circulation au mois de mai, a annoncé jeudi la mairie lors d’une réunion publique très suivie.</p>
<p>« Les travaux avancent plus vite que prévu et les essais de charge sont concluants », a déclaré la maire, Claire Dumoulin, devant une salle comble. Elle a ajouté que les piétons pourraient emprunter l’ouvrage dès la fin avril.</p>
<p>Selon l’ingénieur en chef du chantier, Marc Lefèvre, les nouveaux câbles ont été posés en février. « Nous avons remplacé chaque ancrage, un par un », a-t-il expliqué, précisant que le coût total atteindrait quatre millions d’euros.</p>
<p>Les commerçants du centre-ville, qui se plaignent d’une baisse de fréquentation depuis la fermeture, ont salué la nouvelle. « C’est un soulagement pour tout le quartier », a confié Sophie Martin, boulangère rue des Tanneurs.</p>
<p>L’opposition municipale réclame toutefois un audit indépendant. Son porte-parole, Julien Roche, a affirmé que le calendrier avait été « dicté par les élections » et a promis de saisir la préfecture si les rapports techniques n’étaient pas publiés.</p>
</article>
<footer><a href="/mentions">Mentions légales</a></footer></body></html>`,
  // An English article whose text is hostile: markup as escaped text, a CSV formula, bidi and
  // zero-width characters, a very long word. The page's own title carries markup too (<title> is text).
  'hostile.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>"&gt;&lt;img src=x onerror=__pwned=1&gt; Filters fail to stop injected markup</title></head><body>
<header><nav><a href="/">Home</a> · <a href="/tech">Technology</a></nav></header>
<article><h1>"&gt;&lt;script&gt;__pwned=1&lt;/script&gt; Filters fail to stop injected markup</h1>
<p>Security researchers on Tuesday described a flaw in a popular comment plugin that let visitors post raw markup into thousands of community websites, exposing readers to scripts planted by strangers.</p>
<p>"Anyone could type &lt;img src=x onerror=__pwned=1&gt; into the box and it would run for every reader," said Dana Whitfield, the researcher who found the flaw.</p>
<p>"The string \"&gt;&lt;script&gt;__pwned=1&lt;/script&gt; went straight through the sanitiser," Whitfield said, adding that the vendor had been told in January.</p>
<p>=HYPERLINK("http://evil.example/steal","Click here") is what the testers pasted into an exported report, the vendor's spokesman Omar Haddad said.</p>
<p>Haddad said the attack used names such as \u202Efdp\u202C files and invisible char\u200Bacters like zero\u200Dwidth joiners to disguise the files.</p>
<p>"We saw usernames like ${'A'.repeat(3000)} that broke every layout," said Priya Raman, an engineer at the hosting company.</p>
<p>Raman said the company would patch every affected site by Friday and would notify customers whose pages were changed.</p>
<p>Independent experts said the episode showed how fragile many small plugins remain, and urged site owners to update as soon as a fix is published.</p>
</article>
<footer><a href="/privacy">Privacy</a></footer></body></html>`,
  // A plain English article with a few attributions, long enough that its last sentence lies below the fold.
  'plain.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge to reopen in May</title></head><body>
<header><nav><a href="/">Home</a> · <a href="/local">Local</a></nav></header>
<article id="story"><h1>Harbour bridge to reopen in May</h1>
<p>The harbour bridge, closed since the autumn after engineers found cracks in two of its piers, will reopen to traffic in May, the city council announced on Thursday.</p>
<p>"The repairs are ahead of schedule and the load tests went well," said Mayor Ana Ruiz at a crowded public meeting in the town hall.</p>
${Array.from({ length: 14 }, (_, i) => `<p>Background paragraph ${i + 1}: the bridge carries about twelve thousand vehicles a day across the harbour, and its closure has pushed traffic onto the ring road, lengthening journeys for commuters and delivery drivers alike throughout the winter months.</p>`).join('\n')}
<p>Chief engineer Tomas Berg said every anchor had been replaced and that the new cables were installed in February.</p>
<p>Shop owners in the old town welcomed the news. "It is a relief for the whole neighbourhood," said Lena Novak, who runs a bakery near the bridge.</p>
<p>Opposition councillor Paul Grant said the timetable had been rushed and demanded an independent audit of the repair work.</p>
</article>
<footer><a href="/privacy">Privacy</a></footer></body></html>`,
  // A huge generated article: 3 000 paragraphs (several MB), each with an attributed sentence.
  get 'huge.html'() {
    return (hugePage ??= renderHugePage(3000));
  },
};

let hugePage: string | undefined;

/** A long article of `paragraphs` paragraphs, each "Name said …" plus filler, about 1.3 kB each. */
function renderHugePage(paragraphs: number): string {
  const names = ['Ana Ruiz', 'Tomas Berg', 'Lena Novak', 'Paul Grant', 'Dana Whitfield', 'Omar Haddad'];
  const filler =
    'The council has published a detailed timetable for the works, with weekly reports on the state of the piers, the cables and the road surface, and residents can follow the progress online or at the public library, where the plans are on display every weekday. '.repeat(4);
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${names[i % names.length]} said that phase ${i + 1} of the repairs would be finished on time. ${filler}</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The longest report on the harbour bridge</title></head><body>
<article><h1>The longest report on the harbour bridge</h1>
${body}
</article></body></html>`;
}

export async function startServer(): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const [, top = '', ...rest] = pathname.split('/');
    if (top === 'pages' && rest.length === 1 && PAGES[rest[0]!] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(PAGES[rest[0]!]);
      return;
    }
    const root = ROOTS[top];
    if (!root) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const file = path.resolve(root, rest.join('/'));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => origin + (pathname.startsWith('/') ? pathname : `/${pathname}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
