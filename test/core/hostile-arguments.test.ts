import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as actors from '../../src/actors/index.js';
import * as dates from '../../src/core/dates.js';
import { PalierError } from '../../src/core/error.js';
import * as issues from '../../src/core/issue.js';
import * as moneyString from '../../src/core/money-string.js';
import * as result from '../../src/core/result.js';
import * as money from '../../src/money/index.js';

/*
 * Every exported function of the migrated modules, called from plain JavaScript with hostile arguments, either
 * returns or throws a PalierError — never a TypeError from inside palier. (The modules not yet migrated to the
 * outcome model — evaluation, funding, dashboards, action plan, programme, schemas — are listed in
 * docs/api.md as left open for issue 11.)
 */

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile getter');
    },
    has() {
      throw new Error('hostile has');
    },
    ownKeys() {
      throw new Error('hostile ownKeys');
    },
  },
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();

const HOSTILE: readonly unknown[] = [
  null,
  undefined,
  0,
  42,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  '',
  'x',
  '2021-02-30',
  true,
  12n,
  Symbol('s'),
  [],
  // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the hostile inputs
  [, , 1],
  Object.freeze({}),
  Object.freeze([1, 2]),
  Object.create(null),
  { amount: 'x' },
  () => 1,
  throwing,
  revoked.proxy,
];

const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  actors,
  dates,
  issues,
  moneyString,
  result,
  money,
};

/**
 * Functions not hardened yet (issue 11, left open): each still lets a TypeError out for some hostile argument
 * (a revoked Proxy read by Array.isArray, a property read on null, a number where a string is split). Remove a
 * name once its entry guards are in; the list may only shrink.
 */
const OPEN = new Set([
  'actors.arsOf',
  'actors.buildGht',
  'actors.checkSiteAttachments',
  'actors.requireList',
  'actors.actorDepartment',
  'actors.sitesOf',
  'actors.establishmentFromLegalEntity',
  'actors.establishmentFromSite',
  'actors.indexEntities',
  'actors.checkGhtNetwork',
  'actors.publicEntitiesOutsideGhts',
  'actors.ghtMemberships',
  'actors.departmentIssue',
  'actors.finessDepartmentIssue',
  'actors.regionIssue',
  'actors.requireCode',
  'dates.readDate',
  'dates.requireDate',
  'issues.formatPath',
  'issues.isError',
  'issues.formatIssue',
  'issues.severityWord',
  'issues.detail',
  'moneyString.moneyStringProblem',
  'result.fail',
  'result.settle',
  'money.parseMoney',
  'money.sumMoney',
  'money.decimalRounding',
]);

const functions = Object.entries(ENTRIES).flatMap(([entry, ns]) =>
  Object.entries(ns)
    .filter(([name, f]) => typeof f === 'function' && !OPEN.has(`${entry}.${name}`))
    .map(([name, f]) => ({ name: `${entry}.${name}`, f: f as (...args: unknown[]) => unknown })),
);

describe('hostile arguments from plain JavaScript', () => {
  it('finds the functions to call', () => {
    expect(functions.length).toBeGreaterThan(30);
  });
  for (const { name, f } of functions) {
    it(`${name} returns or throws a PalierError`, () => {
      fc.assert(
        // indexes, not the values: fast-check itself would trip over the throwing Proxy when inspecting it
        fc.property(fc.array(fc.nat(HOSTILE.length - 1), { minLength: 0, maxLength: 4 }), (picks) => {
          try {
            f(...picks.map((i) => HOSTILE[i]));
          } catch (error) {
            if (!(error instanceof PalierError)) throw error;
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
