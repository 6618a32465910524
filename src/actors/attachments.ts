import { type Arguments, atBoundary, refuseArgument } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/entities.js';
import { type Result, settle } from '../core/result.js';
import { parseFiness } from './finess.js';
import type { Finess, LegalEntity, Site } from './types.js';

/**
 * Which legal entity each site is attached to (canonical FINESS → canonical FINESS).
 *
 * @category Actors
 */
export type SiteAttachments = ReadonlyMap<Finess, Finess>;

/**
 * Checks that every site is attached to exactly one known legal entity (*rattachement ET → EJ*) and that the
 * FINESS numbers are valid, and returns the attachments (site → legal entity, canonical FINESS). Paths point into
 * `{ entities, sites }`. Codes: `invalid-finess-format`, `invalid-finess-department`, `invalid-finess-key`,
 * `duplicate-legal-entity`, `unknown-legal-entity`, `site-in-several-legal-entities` (errors) and
 * `duplicate-site` (warning: the same site listed twice under the same entity). A site in another department
 * than its legal entity is normal and not reported.
 *
 * @example
 * ```ts
 * const r = checkSiteAttachments(
 *   [{ finess: '750712184', name: 'AP-HP', status: 'public' }],
 *   [{ finess: '750100125', legalEntity: '330781196', name: 'X', activities: ['MCO'] }],
 * );
 * r.issues.map((i) => i.code); // ['unknown-legal-entity']
 * ```
 *
 * @category Actors
 */
export function checkSiteAttachments(
  entities: readonly LegalEntity[],
  sites: readonly Site[],
): Result<SiteAttachments> {
  const args: Arguments = { entities: [entities, 'list'], sites: [sites, 'list'] };
  return atBoundary('checkSiteAttachments', args, () => {
    requireList('checkSiteAttachments', 'entities', entities);
    requireList('checkSiteAttachments', 'sites', sites);
    return attachments(entities, sites);
  });
}

function attachments(entities: readonly LegalEntity[], sites: readonly Site[]): Result<SiteAttachments> {
  const issues: PalierIssue[] = [];
  const known = new Map<string, number>();
  entities.forEach((e, i) => {
    const f = canonical(e.finess, ['entities', i, 'finess'], issues);
    if (f === undefined) return;
    if (known.has(f)) {
      const path = ['entities', i, 'finess'];
      issues.push(
        issue(
          'duplicate-legal-entity',
          { finess: f, first: `entities[${known.get(f)!}]` },
          { path, received: f },
        ),
      );
    } else known.set(f, i);
  });
  const attachedTo = new Map<string, { entity: string; index: number }>();
  sites.forEach((s, i) => {
    const site = canonical(s.finess, ['sites', i, 'finess'], issues);
    const entity = canonical(s.legalEntity, ['sites', i, 'legalEntity'], issues);
    if (entity !== undefined && !known.has(entity)) {
      const path = ['sites', i, 'legalEntity'];
      issues.push(issue('unknown-legal-entity', { site: s.finess, entity }, { path, received: entity }));
    }
    if (site === undefined || entity === undefined) return;
    const previous = attachedTo.get(site);
    if (previous === undefined) attachedTo.set(site, { entity, index: i });
    else if (previous.entity === entity) {
      const at = { path: ['sites', i, 'finess'], received: site, severity: 'warning' as const };
      issues.push(issue('duplicate-site', { site, first: `sites[${previous.index}]` }, at));
    } else {
      const at = { path: ['sites', i, 'legalEntity'], expected: previous.entity, received: entity };
      issues.push(
        issue('site-in-several-legal-entities', { site, first: previous.entity, second: entity }, at),
      );
    }
  });
  const value = new Map([...attachedTo].map(([site, { entity }]) => [site, entity]));
  return settle(value, issues);
}

function canonical(finess: string, path: (string | number)[], issues: PalierIssue[]): string | undefined {
  const r = parseFiness(finess);
  if (r.ok) return r.value.finess;
  issues.push(...r.issues.map((i) => ({ ...i, path })));
  return undefined;
}

/** Throws the PalierError of a list argument that is not an array. */
export function requireList(fn: string, argument: string, value: unknown): void {
  if (!Array.isArray(value)) refuseArgument(fn, argument, { fr: 'une liste', en: 'a list' }, value);
}
