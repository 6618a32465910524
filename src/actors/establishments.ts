import { type Arguments, atBoundary } from '../core/guards.js';
import { issue } from '../core/messages/entities.js';
import { fail, ok, type Result } from '../core/result.js';
import { departmentOfFiness } from './finess-department.js';
import { ACTIVITIES, type Activity, type Establishment, type LegalEntity, type Site } from './types.js';

/**
 * The department of a legal entity or a site: its `department` when set, otherwise the one its FINESS carries
 * (a site may sit in another department than its legal entity: its own FINESS says where).
 *
 * @example
 * ```ts
 * actorDepartment({ finess: '2B0000012' });                  // '2B'
 * actorDepartment({ finess: '750712184', department: '92' }); // '92'
 * ```
 *
 * @category Actors
 */
export function actorDepartment(actor: {
  readonly finess: string;
  readonly department?: string;
}): string | undefined {
  return atBoundary('actorDepartment', 'actor', () => {
    return actor.department ?? departmentOfFiness(actor.finess);
  });
}

/**
 * The sites attached to a legal entity (`site.legalEntity === entity.finess`).
 *
 * @example
 * ```ts
 * sitesOf({ finess: '2B0000020', name: 'CH Bastia', status: 'public' }, sites).map((s) => s.finess);
 * ```
 *
 * @category Actors
 */
export function sitesOf(entity: LegalEntity, sites: readonly Site[]): readonly Site[] {
  const args: Arguments = { entity: [entity, 'object'], sites: [sites, 'list'] };
  return atBoundary('sitesOf', args, () => {
    return sites.filter((s) => s.legalEntity === entity.finess);
  });
}

/**
 * The establishment a legal entity declares as (*déclaration au niveau de l'entité juridique*, the usual level
 * for public hospitals): activities are the union over its sites (in {@link ACTIVITIES} order), traits the
 * ones every site has (a trait such as "no technical platform" holds for the entity only if it holds for all
 * its sites). Sites of other legal entities in `sites` are ignored.
 *
 * @example
 * ```ts
 * const ej = { finess: '2B0000020', name: 'CH de Bastia', status: 'public' } as const;
 * establishmentFromLegalEntity(ej, [
 *   { finess: '2B0000012', legalEntity: '2B0000020', name: 'Site principal', activities: ['MCO'] },
 * ]); // { finess: '2B0000020', level: 'legal-entity', activities: ['MCO'], department: '2B', … }
 * ```
 *
 * @category Actors
 */
export function establishmentFromLegalEntity(entity: LegalEntity, sites: readonly Site[]): Establishment {
  const args: Arguments = { entity: [entity, 'object'], sites: [sites, 'list'] };
  return atBoundary('establishmentFromLegalEntity', args, () => {
    const own = sitesOf(entity, sites);
    const carried = new Set<Activity>(own.flatMap((s) => s.activities));
    const traits =
      own.length === 0 ? [] : (own[0]!.traits ?? []).filter((t) => own.every((s) => s.traits?.includes(t)));
    const department = actorDepartment(entity);
    return {
      finess: entity.finess,
      level: 'legal-entity',
      name: entity.name,
      status: entity.status,
      ...(entity.espic !== undefined ? { espic: entity.espic } : {}),
      activities: ACTIVITIES.filter((a) => carried.has(a)),
      ...(traits.length > 0 ? { traits } : {}),
      ...(department !== undefined ? { department } : {}),
    };
  });
}

/**
 * The establishment a site declares as (*déclaration au niveau de l'établissement géographique*, the usual
 * level for private clinics), taking status and ESPIC qualification from its legal entity. Fails with
 * `site-entity-mismatch` when `entity` is not the site's legal entity.
 *
 * @example
 * ```ts
 * const r = establishmentFromSite(
 *   { finess: '2B0000012', legalEntity: '2B0000020', name: 'Site principal', activities: ['MCO'] },
 *   { finess: '2B0000020', name: 'CH de Bastia', status: 'public' },
 * );
 * if (r.ok) r.value.level; // 'site'
 * ```
 *
 * @category Actors
 */
export function establishmentFromSite(site: Site, entity: LegalEntity): Result<Establishment> {
  const args: Arguments = { site: [site, 'object'], entity: [entity, 'object'] };
  return atBoundary('establishmentFromSite', args, () => {
    if (site.legalEntity !== entity.finess) {
      const params = { site: site.finess, expected: site.legalEntity, received: entity.finess };
      return fail(
        issue('site-entity-mismatch', params, {
          path: ['legalEntity'],
          expected: site.legalEntity,
          received: entity.finess,
        }),
      );
    }
    const department = actorDepartment(site);
    const value: Establishment = {
      finess: site.finess,
      level: 'site',
      name: site.name,
      status: entity.status,
      ...(entity.espic !== undefined ? { espic: entity.espic } : {}),
      activities: ACTIVITIES.filter((a) => site.activities.includes(a)),
      ...(site.traits !== undefined && site.traits.length > 0 ? { traits: site.traits } : {}),
      ...(department !== undefined ? { department } : {}),
    };
    return ok(value);
  });
}
