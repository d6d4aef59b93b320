export const USAGE = `Usage: npm run analyze -- PAGE.html... [--format FORMAT] [--out DIR]

Reads saved HTML pages, finds the article the way the extension does, labels
every sentence (claim / report / pledge / none) with its source, and exports
the result.

Options:
  -f, --format FORMAT  json (default), markdown, csv or annotation (W3C Web Annotation JSON-LD)
  -o, --out DIR        write DIR/<name>.<ext> for each page instead of printing;
                       <name> is the file name without its extension, or the
                       parent folder's name for a file called source.html
  -h, --help           print this help

Without --out, exactly one page is allowed and its export goes to stdout.
With --out, the folder is created if needed, each file written is listed on
stdout, and two pages that would get the same name are refused, not overwritten.
The export's url is the page's canonical URL when it declares one, else its file URL.

Exit status: 0 when every page was exported; 1 when a page could not be read
or holds no article (the other pages are still written, the problems go to
stderr); 2 for a usage error.
`;
