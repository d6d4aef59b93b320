import type { RestrictionReason } from '../browser/restricted-url';

/** Everything that can stop an analysis, each with what the reader can do about it. */
export type Problem =
  | { kind: 'no-tab' }
  | { kind: 'restricted'; reason: RestrictionReason }
  | { kind: 'no-access' }
  | { kind: 'no-article' }
  | { kind: 'failed'; detail: string };

export interface ProblemText {
  title: string;
  advice: string;
}

export function describeProblem(problem: Problem): ProblemText {
  switch (problem.kind) {
    case 'no-tab':
      return {
        title: 'No page to read.',
        advice: 'Open a news article and click the Sourcelight button in the toolbar.',
      };
    case 'restricted':
      return problem.reason === 'pdf'
        ? {
            title: 'This page is a PDF, which Sourcelight cannot read.',
            advice: 'Open the web version of the article, if there is one, and click the Sourcelight button.',
          }
        : {
            title: 'This page can’t be read by extensions.',
            advice:
              'Browsers keep their own pages (settings, new tabs, extension stores) off limits. Open a news article on the web and click the Sourcelight button.',
          };
    case 'no-access':
      return {
        title: 'Sourcelight can’t read this page yet.',
        advice:
          'If it is a web article, click the Sourcelight button in the toolbar while its tab is in front. Browser pages (settings, new tabs, extension stores) can’t be read by extensions.',
      };
    case 'no-article':
      return {
        title: 'No article found on this page.',
        advice:
          'Sourcelight reads single news articles. This page looks like a home page, a list or an app: open one article and click the Sourcelight button again.',
      };
    case 'failed':
      return {
        title: 'Something went wrong while reading this page.',
        advice: `Reload the page and try again. (${problem.detail})`,
      };
  }
}
