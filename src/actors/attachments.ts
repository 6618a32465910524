import type { PalierIssue } from '../issues.js';
import { parseFiness } from './finess.js';
import type { LegalEntity, Site } from './types.js';

/**
 * Checks that every site is attached to exactly one known legal entity (*rattachement ET → EJ*) and that the
 * FINESS numbers are valid. Paths point into `{ entities, sites }`. Codes: `invalid-finess`,
 * `duplicate-legal-entity`, `unknown-legal-entity`, `site-in-several-legal-entities` (errors) and
 * `duplicate-site` (warning: the same site listed twice under the same entity). A site in another department
 * than its legal entity is normal and not reported.
 *
 * @example
 * ```ts
 * checkSiteAttachments(
 *   [{ finess: '750712184', name: 'AP-HP', status: 'public' }],
 *   [{ finess: '750100125', legalEntity: '330781196', name: 'X', activities: ['MCO'] }],
 * ).map((i) => i.code); // ['unknown-legal-entity']
 * ```
 *
 * @category Actors
 */
export function checkSiteAttachments(
  entities: readonly LegalEntity[],
  sites: readonly Site[],
): readonly PalierIssue[] {
  const issues: PalierIssue[] = [];
  const known = new Map<string, number>();
  entities.forEach((e, i) => {
    const f = canonical(e.finess, ['entities', i, 'finess'], issues);
    if (f === undefined) return;
    if (known.has(f)) issues.push(duplicateEntity(f, i, known.get(f)!));
    else known.set(f, i);
  });
  const attachedTo = new Map<string, { entity: string; index: number }>();
  sites.forEach((s, i) => {
    const site = canonical(s.finess, ['sites', i, 'finess'], issues);
    const entity = canonical(s.legalEntity, ['sites', i, 'legalEntity'], issues);
    if (entity !== undefined && !known.has(entity)) issues.push(unknownEntity(s.finess, entity, i));
    if (site === undefined || entity === undefined) return;
    const previous = attachedTo.get(site);
    if (previous === undefined) attachedTo.set(site, { entity, index: i });
    else if (previous.entity === entity) issues.push(duplicateSite(site, i, previous.index));
    else issues.push(severalEntities(site, i, previous.entity, entity));
  });
  return issues;
}

function canonical(finess: string, path: (string | number)[], issues: PalierIssue[]): string | undefined {
  const r = parseFiness(finess);
  if (r.ok) return r.finess;
  issues.push({
    code: 'invalid-finess',
    path,
    message: r.message,
    severity: 'error',
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    ...(r.received !== undefined ? { received: r.received } : {}),
  });
  return undefined;
}

function duplicateEntity(finess: string, index: number, first: number): PalierIssue {
  return {
    code: 'duplicate-legal-entity',
    path: ['entities', index, 'finess'],
    received: finess,
    severity: 'error',
    message: {
      fr: `L'entité juridique ${finess} est déjà déclarée (entities[${first}]).`,
      en: `Legal entity ${finess} is already listed (entities[${first}]).`,
    },
  };
}

function unknownEntity(site: string, entity: string, index: number): PalierIssue {
  return {
    code: 'unknown-legal-entity',
    path: ['sites', index, 'legalEntity'],
    received: entity,
    severity: 'error',
    message: {
      fr: `Le site ${site} est rattaché à une entité juridique inconnue (${entity}).`,
      en: `Site ${site} is attached to an unknown legal entity (${entity}).`,
    },
  };
}

function duplicateSite(site: string, index: number, first: number): PalierIssue {
  return {
    code: 'duplicate-site',
    path: ['sites', index, 'finess'],
    received: site,
    severity: 'warning',
    message: {
      fr: `Le site ${site} figure deux fois (voir sites[${first}]).`,
      en: `Site ${site} is listed twice (see sites[${first}]).`,
    },
  };
}

function severalEntities(site: string, index: number, first: string, second: string): PalierIssue {
  return {
    code: 'site-in-several-legal-entities',
    path: ['sites', index, 'legalEntity'],
    expected: first,
    received: second,
    severity: 'error',
    message: {
      fr: `Le site ${site} est rattaché à deux entités juridiques (${first} et ${second}) ; un site relève d'une seule EJ.`,
      en: `Site ${site} is attached to two legal entities (${first} and ${second}); a site belongs to exactly one.`,
    },
  };
}
