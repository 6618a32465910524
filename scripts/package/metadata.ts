/**
 * What npm shows of the package: the metadata users expect (`repository`, `homepage`, `bugs`, `author`), and
 * the README, rendered from the published README.md, where a relative link (`docs/cli.md`) leads nowhere since
 * docs/ is not in the package: every link must be absolute (or an anchor).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Link targets of a Markdown text: inline `[text](target)`, images, and reference definitions `[ref]: target`.
 *
 * @example
 * linkTargets('[cli](docs/cli.md)\n[api]: https://example.org/api'); // ['docs/cli.md', 'https://example.org/api']
 */
export function linkTargets(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1] ?? '');
  const references = [...markdown.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map(
    (m) => m[1] ?? '',
  );
  return [...inline, ...references];
}

/** The package.json fields npm shows beside the README, each a non-empty string or `{ url }`. */
const FIELDS = ['repository', 'homepage', 'bugs', 'author'] as const;

/**
 * Throws if the package installed in `dir` lacks a metadata field or its README has a relative link.
 *
 * @example
 * checkMetadata(dir); // metadata: repository, homepage, bugs, author · README: 16 links, all absolute
 */
export function checkMetadata(dir: string): void {
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/palier/package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const text = (v: unknown): string =>
    typeof v === 'string' ? v : typeof v === 'object' && v !== null && 'url' in v ? String(v.url) : '';
  const missing = FIELDS.filter((f) => text(pkg[f]).trim() === '');
  if (missing.length > 0) throw new Error(`package.json lacks ${missing.join(', ')}`);
  const readme = readFileSync(join(dir, 'node_modules/palier/README.md'), 'utf8');
  const targets = linkTargets(readme);
  const relative = targets.filter((t) => !/^(https?:|mailto:|#)/.test(t));
  if (relative.length > 0) {
    throw new Error(
      `README.md has links that do not work on npm (make them absolute): ${relative.join(', ')}`,
    );
  }
  console.log(`metadata: ${FIELDS.join(', ')} · README: ${targets.length} links, all absolute`);
}
