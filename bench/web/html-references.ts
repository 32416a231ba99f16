/**
 * What the built index.html makes the browser fetch before the app runs: scripts, module preloads and
 * style sheets. Used to check the manifest graph against the page Vite actually wrote.
 */
export interface HtmlReferences {
  /** `<script type="module" src>`: the app's entry. */
  moduleScripts: string[];
  /** `<script src>` without `type="module"` (files copied from public/, outside the manifest). */
  classicScripts: string[];
  modulePreloads: string[];
  styleSheets: string[];
}

export function readHtmlReferences(html: string): HtmlReferences {
  const references: HtmlReferences = {
    moduleScripts: [],
    classicScripts: [],
    modulePreloads: [],
    styleSheets: [],
  };
  for (const [tag = ''] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, 'src');
    if (!src) continue;
    (attribute(tag, 'type') === 'module' ? references.moduleScripts : references.classicScripts).push(src);
  }
  for (const [tag = ''] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href');
    const rel = attribute(tag, 'rel');
    if (!href) continue;
    if (rel === 'modulepreload') references.modulePreloads.push(href);
    if (rel === 'stylesheet') references.styleSheets.push(href);
  }
  return references;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** `/assets/x.js` → `assets/x.js`, the form the manifest uses. */
export function toOutputPath(url: string): string {
  return url.replace(/^\//, '');
}
