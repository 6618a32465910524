import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as actionPlan from '../../src/action-plan/index.js';
import type { Establishment, LegalEntity, Site } from '../../src/actors/types.js';
import { PalierError } from '../../src/core/error.js';
import * as dashboards from '../../src/dashboards/index.js';
import type { Declaration } from '../../src/evaluation/types.js';
import * as funding from '../../src/funding/index.js';
import * as main from '../../src/index.js';
import * as money from '../../src/money/index.js';
import * as node from '../../src/node/index.js';
import * as programme from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';
import { trancheInput } from '../funding/fixtures.js';
import { ENTRIES, isClass, revoked, throwing } from './hostile-values.js';

/*
 * Every public function of every entry that takes two arguments or more, called with valid arguments except one
 * (null, undefined, a number, a string, a revoked Proxy, an object whose getters throw): it returns, or throws a
 * PalierError naming the function called (not a function it calls) and the argument actually wrong (not the
 * first one), in both languages.
 */

/** An object whose own getters throw, with the keys the functions read most (not a Proxy). */
const getters = Object.defineProperties(
  {},
  Object.fromEntries(
    [
      'finess',
      'programme',
      'asOf',
      'lang',
      'value',
      'values',
      'amount',
      'length',
      'file',
      'kind',
      'status',
      'id',
    ].map((key) => [
      key,
      {
        enumerable: true,
        get() {
          throw new Error(`hostile getter ${key}`);
        },
      },
    ]),
  ),
);

const HOSTILE: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['a string', 'x'],
  ['a revoked Proxy', revoked],
  ['a throwing Proxy', throwing],
  ['an object whose getters throw', getters],
];

// ---- valid arguments, built once (each case builds what it consumes: iterables are fresh per call) ----

const ASOF = '2021-12-31';
const compiled = main.compileProgramme(hopen);
const est: Establishment = {
  finess: '750712184',
  level: 'legal-entity',
  name: 'CH de test',
  status: 'public',
  activities: ['MCO'],
};
const declaration: Declaration = {
  finess: est.finess,
  level: 'legal-entity',
  programme: { id: hopen.id, version: hopen.version },
  period: { start: '2021-01-01', end: '2021-03-31' },
  values: { 'D2.2': { kind: 'rate', numerator: 49, denominator: 50 } },
};
const evaluation = main.plainEvaluation(
  main.evaluateEstablishment(compiled, est, declaration, { asOf: ASOF }),
);
const inputs = [{ establishment: est, declaration }];
const entity: LegalEntity = { finess: '2B0000020', name: 'CH de Bastia', status: 'public' };
const site: Site = {
  finess: '2B0000012',
  legalEntity: '2B0000020',
  name: 'Site principal',
  activities: ['MCO'],
};
const ghtInput = {
  code: 'COR-01',
  name: 'Haute-Corse',
  region: '94',
  support: '2B0000020',
  parties: ['2B0000020'],
};
const ght = (() => {
  const r = main.buildGht(ghtInput, { entities: [entity] });
  if (!r.ok) throw new Error('fixture: GHT');
  return r.value;
})();
const issue = main.readDate('2021-02-30').issues[0]!;
const changes = {
  source: 'test',
  thresholds: [{ indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 90, inclusive: true }],
} as const;
const tracking = actionPlan.emptyTracking(hopen, '2019-01-01');
const dashboard = dashboards.aggregateEvaluations([evaluation], [est], { asOf: ASOF, programme: hopen });
const programming = (() => {
  const r = funding.programmeRegion({
    region: '84',
    envelope: '300.00',
    amorcageShare: 20,
    candidates: [
      {
        id: '1',
        finess: '330781196',
        status: 'public',
        prerequisites: { status: 'reached', reachedOn: '2019-06-30' },
        domains: [{ domain: 'D2', forfait: '100.00', amorcage: '20.00' }],
      },
    ],
    policy: { order: 'readiness-first' },
    asOf: '2020-12-31',
  });
  if (!r.ok) throw new Error('fixture: programming');
  return r.value;
})();
const grid = {
  cells: [{ category: 'CHU', domain: 'D2', amount: '300000.00' }],
  provenance: { source: 'SYNTHETIC test grid', status: 'override' },
} as const;
const tranche = trancheInput();
const trancheContext = { funding: hopen.funding, milestones: hopen.milestones, asOf: '2020-01-01' };
const payments = (() => {
  const r = funding.scheduleTranches(tranche, trancheContext);
  if (!r.ok) throw new Error('fixture: schedule');
  return r.value.lines;
})();
const model = node.buildReport([evaluation], { lang: 'en', programme: hopen, asOf: ASOF });
const table = node.groupTable([evaluation], [est], { dimension: 'region', asOf: ASOF, programme: hopen });
const reach = {
  code: 'COR-01',
  members: 1,
  evaluated: 1,
  reached: 0,
  notReached: 1,
  unknown: 0,
  status: 'not-reached',
  blockers: [{ finess: est.finess, palier: 'not-reached', blockers: ['D2'] }],
} as const;
const location = { file: 'd.csv', line: 2, column: 1 };
const problem = node.problem(location, 'invalid-finess', { fr: 'FINESS invalide.', en: 'Invalid FINESS.' });
const DECLARATIONS_CSV = `finess,period_start,period_end,indicator,value,numerator,denominator,na_reason\n750712184,2021-01-01,2021-03-31,D2.2,,49,50,\n`;
const readOptions = { file: 'd.csv', programme: hopen };
const sink = { declaration: () => {}, problem: () => {} };
const row = node.parseCsv(DECLARATIONS_CSV).records[1]!;
const columns = {
  finess: 0,
  period_start: 1,
  period_end: 2,
  indicator: 3,
  value: 4,
  numerator: 5,
  denominator: 6,
  na_reason: 7,
};
const rowOptions = { programme: { id: hopen.id, version: hopen.version }, kindOf: () => 'rate' as const };
const validate = (input: unknown) => main.ok(input);
async function* bytes() {
  yield new TextEncoder().encode('a;b\n1;2\n');
}
async function* texts() {
  yield DECLARATIONS_CSV;
}
const noop = () => {};

/** A public function: its parameters' names, and a valid call (a fresh list of arguments). */
interface Case {
  readonly params: readonly string[];
  readonly valid: () => unknown[];
}

const CASES: Readonly<Record<string, Case>> = {
  // palier
  arsOf: { params: ['query', 'asOf'], valid: () => [{ department: '976' }, '2019-12-31'] },
  checkSiteAttachments: { params: ['entities', 'sites'], valid: () => [[entity], [site]] },
  establishmentFromLegalEntity: { params: ['entity', 'sites'], valid: () => [entity, [site]] },
  establishmentFromSite: { params: ['site', 'entity'], valid: () => [site, entity] },
  sitesOf: { params: ['entity', 'sites'], valid: () => [entity, [site]] },
  isValidFiness: { params: ['input', 'options'], valid: () => ['2A0000014', { check: 'format' }] },
  parseFiness: { params: ['input', 'options'], valid: () => ['750712184', { check: 'format' }] },
  buildGht: { params: ['input', 'context'], valid: () => [ghtInput, { entities: [entity] }] },
  checkGhtNetwork: { params: ['ghts', 'entities'], valid: () => [[ghtInput], [entity]] },
  ghtMemberships: { params: ['ghts', 'finess'], valid: () => [[ght], '2B0000020'] },
  publicEntitiesOutsideGhts: { params: ['ghts', 'entities'], valid: () => [[ght], [entity]] },
  regionByCode: { params: ['code', 'asOf'], valid: () => ['44', '2020-01-01'] },
  regionOf: { params: ['department', 'asOf'], valid: () => ['87', '2015-12-31'] },
  regionOfFiness: { params: ['finess', 'asOf'], valid: () => ['970211207', '2020-01-01'] },
  readDate: { params: ['text', 'path'], valid: () => ['2024-02-29', ['values', 'asOf']] },
  formatIssue: { params: ['issue', 'lang'], valid: () => [issue, 'en'] },
  ok: { params: ['value', 'issues'], valid: () => [42, []] },
  settle: { params: ['value', 'issues'], valid: () => [42, [issue]] },
  compareDates: { params: ['a', 'b'], valid: () => ['2019-06-30', '2019-09-30'] },
  periodContains: {
    params: ['period', 'date'],
    valid: () => [{ start: '2019-01-01', end: '2019-12-31' }, '2019-12-31'],
  },
  evaluateEstablishment: {
    params: ['programme', 'establishment', 'declaration', 'options'],
    valid: () => [compiled, est, declaration, { asOf: ASOF }],
  },
  explain: { params: ['result', 'options'], valid: () => [evaluation, { lang: 'en' }] },
  evaluateGht: {
    params: ['compiled', 'members', 'options'],
    valid: () => [compiled, inputs, { asOf: ASOF, appliesAsOne: true }],
  },
  ifaq2016Points: { params: ['prerequisites', 'd2', 'd3'], valid: () => [[true, true, true], true, false] },
  evaluateIndicator: {
    params: ['ci', 'value', 'applicable'],
    valid: () => [compiled.byCode.get('D2.2'), { kind: 'rate', numerator: 49, denominator: 50 }, true],
  },
  evaluateMany: {
    params: ['programme', 'inputs', 'options'],
    valid: () => [compiled, inputs, { asOf: ASOF }],
  },
  reasonMessage: { params: ['code', 'lang'], valid: () => ['below-threshold', 'fr'] },
  declarationRequirements: { params: ['programme', 'establishment'], valid: () => [hopen, est] },
  scheduleDiagnostics: { params: ['compiled', 'period'], valid: () => [compiled, declaration.period] },
  thresholdsInForce: { params: ['compiled', 'date'], valid: () => [compiled, ASOF] },
  trajectory: {
    params: ['compiled', 'establishment', 'declarations', 'options'],
    valid: () => [compiled, est, [declaration], { asOf: ASOF }],
  },
  checkDeclaredValue: {
    params: ['value', 'options'],
    valid: () => [{ kind: 'rate', numerator: 49, denominator: 50 }, { kind: 'rate' }],
  },
  isIndicatorApplicable: {
    params: ['indicator', 'establishment'],
    valid: () => [programme.findIndicator(hopen, 'D2.5'), est],
  },
  applicableIndicators: { params: ['programme', 'establishment'], valid: () => [hopen, est] },
  findIndicator: { params: ['programme', 'code'], valid: () => [hopen, 'D2.2'] },
  indicatorsOf: { params: ['programme', 'requirementCode'], valid: () => [hopen, 'D2'] },
  requirementOf: { params: ['programme', 'indicatorCode'], valid: () => [hopen, 'D3.5'] },
  // palier/programme
  diffProgrammes: { params: ['a', 'b'], valid: () => [hopitalNumerique, hopen] },
  programmeToJson: { params: ['programme', 'indent'], valid: () => [hopen, 2] },
  applyOverrides: { params: ['programme', 'changes'], valid: () => [hopen, changes] },
  withOverrides: { params: ['programme', 'changes'], valid: () => [hopen, changes] },
  applyReferential: {
    params: ['programme', 'rows', 'options'],
    valid: () => [hopen, [{ line: 2, code: 'D2.2', comparator: '≥', value: '80' }], { file: 'guide.csv' }],
  },
  // palier/money
  allocate: { params: ['total', 'weights'], valid: () => [money.money('100.00'), [1, 1, 1]] },
  addMoney: { params: ['a', 'b'], valid: () => [money.money('1'), money.money('2')] },
  compareMoney: { params: ['a', 'b'], valid: () => [money.money('1'), money.money('2')] },
  equalsMoney: { params: ['a', 'b'], valid: () => [money.money('1'), money.money('2')] },
  maxMoney: { params: ['a', 'b'], valid: () => [money.money('1'), money.money('2')] },
  minMoney: { params: ['a', 'b'], valid: () => [money.money('1'), money.money('2')] },
  subtractMoney: { params: ['a', 'b'], valid: () => [money.money('1'), money.money('2')] },
  multiplyMoney: {
    params: ['m', 'factor', 'mode'],
    valid: () => [money.money('10.00'), '0.125', 'half-even'],
  },
  percentOf: { params: ['m', 'percent', 'mode'], valid: () => [money.money('10.00'), 52, 'half-even'] },
  parseMoney: { params: ['input', 'options'], valid: () => ['1.00', {}] },
  roundMoney: { params: ['value', 'mode'], valid: () => ['0.125', 'half-even'] },
  // palier/funding
  recoveryOnControl: {
    params: ['payments', 'finding', 'rule', 'rounding'],
    valid: () => [
      payments,
      { application: 'A1', domain: 'D2', date: '2021-03-01' },
      { kind: 'full' },
      'down',
    ],
  },
  fundingDeadline: {
    params: ['milestones', 'id'],
    valid: () => [hopen.milestones, 'funding-files-deadline'],
  },
  assessEligibility: {
    params: ['application', 'context'],
    valid: () => [
      {
        id: 'A1',
        programme: hopen.id,
        applicant: { kind: 'establishment', finess: est.finess },
        domains: ['D2'],
        filedOn: '2019-06-01',
        software: [{ name: 'DPI X', editor: 'Editor X', relims: true, qhn: 'certified' }],
      },
      {
        programme: hopen,
        evaluations: { [est.finess]: evaluation },
        establishments: { [est.finess]: {} },
        asOf: ASOF,
      },
    ],
  },
  commitAmorcage: { params: ['pool', 'decisions'], valid: () => ['200.00', [{ id: 'a', amount: '150.00' }]] },
  splitNationalEnvelope: {
    params: ['national', 'weights'],
    valid: () => [
      '100.00',
      [
        { region: '84', weight: 1 },
        { region: '93', weight: 1 },
      ],
    ],
  },
  splitRegionalEnvelope: { params: ['envelope', 'share'], valid: () => ['1000.05', 20] },
  lookupForfait: { params: ['grid', 'category', 'domain'], valid: () => [grid, 'CHU', 'D2'] },
  validateForfaitGrid: { params: ['grid', 'range'], valid: () => [grid, hopen.funding.forfaitRange] },
  domainAttainment: { params: ['evaluation', 'domain'], valid: () => [evaluation, 'D2'] },
  proposeAmorcage: { params: ['forfait', 'share'], valid: () => ['100000.05', 20] },
  scheduleTranches: { params: ['input', 'context'], valid: () => [tranche, trancheContext] },
  splitForfait: { params: ['forfait', 'amorcage'], valid: () => ['100000.00', '20000.00'] },
  // palier/action-plan
  applyTrackingDiff: {
    params: ['before', 'diff'],
    valid: () => [tracking, actionPlan.diffTracking(tracking, tracking)],
  },
  compareItemIds: { params: ['a', 'b'], valid: () => ['engagement:10', 'engagement:2'] },
  diffTracking: { params: ['before', 'after'], valid: () => [tracking, tracking] },
  emptyTracking: { params: ['programme', 'asOf'], valid: () => [hopen, '2019-01-01'] },
  trackedItemId: { params: ['kind', 'key'], valid: () => ['engagement', 9] },
  overdueItems: { params: ['tracking', 'asOf'], valid: () => [tracking, '2019-10-01'] },
  planProgress: { params: ['plan', 'tracking'], valid: () => [hopen.actionPlan, tracking] },
  trackingPlanIssues: { params: ['programme', 'tracking'], valid: () => [hopen, tracking] },
  validateTracking: { params: ['programme', 'tracking'], valid: () => [hopen, tracking] },
  // palier/dashboards
  aggregateEvaluations: {
    params: ['evaluations', 'establishments', 'options'],
    valid: () => [[evaluation], [est], { asOf: ASOF, programme: hopen }],
  },
  reachedPoints: {
    params: ['dashboard', 'level', 'key'],
    valid: () => [dashboard, 'prerequisites', 'hn-outcome-prerequisites-establishments'],
  },
  referenceComparison: {
    params: ['computed', 'reference'],
    valid: () => [[], dashboards.referenceSeries(hopen, 'funds-share-by-domain')],
  },
  diffDashboards: { params: ['before', 'after'], valid: () => [dashboard, dashboard] },
  diffEvaluations: { params: ['before', 'after'], valid: () => [evaluation, evaluation] },
  fundingDashboard: {
    params: ['programmings', 'options'],
    valid: () => [[programming], { asOf: '2020-12-31' }],
  },
  referenceSeries: { params: ['programme', 'series'], valid: () => [hopen, 'funds-share-by-domain'] },
  trajectorySeries: {
    params: ['evaluations', 'establishments', 'options'],
    valid: () => [
      [evaluation],
      [est],
      { asOf: ASOF, programme: hopen, periods: [{ start: '2021-01-01', end: '2021-12-31' }] },
    ],
  },
  whatIf: {
    params: ['base', 'changes', 'inputs', 'options'],
    valid: () => [hopen, changes, inputs, { asOf: ASOF }],
  },
  whatIfProgrammes: {
    params: ['before', 'after', 'inputs', 'options'],
    valid: () => [hopen, hopen, inputs, { asOf: ASOF }],
  },
  // palier/schemas
  parsePlanTracking: { params: ['input', 'options'], valid: () => [tracking, { programme: hopen }] },
  parseGht: { params: ['input', 'context'], valid: () => [ghtInput, { entities: [entity] }] },
  parseDeclaration: { params: ['input', 'options'], valid: () => [declaration, { programme: hopen }] },
  parseDeclarations: { params: ['input', 'options'], valid: () => [[declaration], { programme: hopen }] },
  parseForfaitGrid: {
    params: ['input', 'options'],
    valid: () => [grid, { range: hopen.funding.forfaitRange }],
  },
  toJsonSchema: {
    params: ['schema', 'options'],
    valid: () => [z.object({ n: z.number() }), { target: 'draft-07' }],
  },
  parseWith: { params: ['schema', 'input'], valid: () => [z.object({ a: z.number() }), { a: 1 }] },
  // palier/node
  evaluateRead: {
    params: ['read', 'options'],
    valid: () => [node.readDeclarations(DECLARATIONS_CSV, readOptions), { programme: hopen, asOf: ASOF }],
  },
  readNumber: { params: ['raw', 'options'], valid: () => ['98 %', { percent: true }] },
  CsvTokenizer: { params: ['options', 'onRecord', 'onIssue'], valid: () => [{}, noop, noop] },
  parseCsv: { params: ['input', 'delimiter'], valid: () => ['a;b\n1;2\n', ';'] },
  DeclarationReader: {
    params: ['options', 'sink'],
    valid: () => [{ file: 'd.csv', format: 'csv', programme: hopen }, sink],
  },
  readDeclarationRow: {
    params: ['record', 'width', 'index', 'options'],
    valid: () => [row, 8, columns, rowOptions],
  },
  createDecoder: { params: ['file', 'encoding'], valid: () => ['d.csv', 'windows-1252'] },
  decodeBytes: {
    params: ['bytes', 'file', 'encoding'],
    valid: () => [new Uint8Array([0x61]), 'x.csv', 'utf-8'],
  },
  detectFormat: { params: ['file', 'text'], valid: () => ['d.csv', 'a,b\n'] },
  establishmentsFromCsv: {
    params: ['table', 'file'],
    valid: () => [node.parseCsv('finess;name;status;activities\n750712184;AP-HP;public;MCO|SSR'), 'e.csv'],
  },
  finessEvents: { params: ['source', 'file', 'options'], valid: () => [bytes(), 'x.csv', {}] },
  importFinessExtract: {
    params: ['source', 'file', 'options'],
    valid: () => [bytes(), 'x.csv', { onEstablishment: noop, onProblem: noop }],
  },
  readFinessLegalEntities: {
    params: ['source', 'file', 'onProblem', 'encoding'],
    valid: () => [bytes(), 'x.csv', noop, 'utf-8'],
  },
  readJsonRecords: {
    params: ['text', 'file', 'validate', 'options'],
    valid: () => ['[{"a":1}]', 'd.json', validate, {}],
  },
  readNdjsonRecords: {
    params: ['text', 'file', 'validate', 'options'],
    valid: () => ['{"a":1}\n', 'd.ndjson', validate, {}],
  },
  JsonRecordReader: {
    params: ['options', 'onRecord', 'onProblem'],
    valid: () => [{ file: 'd.json', format: 'json' }, noop, noop],
  },
  JsonArraySplitter: { params: ['onRecord', 'onStop'], valid: () => [noop, noop] },
  NdjsonSplitter: { params: ['onRecord', 'onStop'], valid: () => [noop, noop] },
  formatProblem: { params: ['problem', 'lang'], valid: () => [problem, 'en'] },
  problem: {
    params: ['location', 'code', 'message', 'extra'],
    valid: () => [
      location,
      'invalid-finess',
      { fr: 'FINESS invalide.', en: 'Invalid FINESS.' },
      { received: 'x' },
    ],
  },
  declarationSteps: { params: ['source', 'options', 'sink'], valid: () => [texts(), readOptions, sink] },
  readDeclarations: { params: ['text', 'options'], valid: () => [DECLARATIONS_CSV, readOptions] },
  streamDeclarations: { params: ['source', 'options', 'sink'], valid: () => [texts(), readOptions, sink] },
  readEstablishments: {
    params: ['text', 'file', 'format'],
    valid: () => ['finess;name;status;activities\n750712184;AP-HP;public;MCO\n', 'e.csv', 'csv'],
  },
  readReferential: { params: ['text', 'file'], valid: () => ['code;comparator;value\nD2.2;≥;80\n', 'r.csv'] },
  textRecords: {
    params: ['source', 'file', 'encoding', 'onEnd'],
    valid: () => [bytes(), 'x.csv', 'utf-8', noop],
  },
  csvHead: { params: ['columns', 'dialect'], valid: () => [['finess', 'status'], node.CSV_DIALECTS.fr] },
  csvLine: { params: ['cells', 'dialect'], valid: () => [['D2.2', 97.5, 'a;b'], node.CSV_DIALECTS.fr] },
  renderCsv: { params: ['model', 'dialect'], valid: () => [model, node.CSV_DIALECTS.fr] },
  reportFunding: {
    params: ['programming', 'source'],
    valid: () => [programming, { file: 'candidats.json', read: 1, rejected: 0 }],
  },
  blockerText: {
    params: ['b', 'lang'],
    valid: () => [{ finess: '330781196', palier: 'not-reached', blockers: ['D2'] }, 'fr'],
  },
  ghtReach: {
    params: ['evaluations', 'establishments', 'asOf'],
    valid: () => [[evaluation], new Map([[est.finess, { ...est, ght: 'COR-01' }]]), ASOF],
  },
  ghtTitle: { params: ['lang', 'asOf'], valid: () => ['en', ASOF] },
  membersText: { params: ['g', 'lang'], valid: () => [reach, 'en'] },
  groupTable: {
    params: ['evaluations', 'establishments', 'options'],
    valid: () => [[evaluation], [est], { dimension: 'region', asOf: ASOF, programme: hopen }],
  },
  renderGroupCsv: { params: ['table', 'dialect'], valid: () => [table, node.CSV_DIALECTS.fr] },
  renderGroupMarkdown: { params: ['table', 'lang'], valid: () => [table, 'fr'] },
  renderGroupText: {
    params: ['table', 'lang', 'style', 'width'],
    valid: () => [table, 'fr', node.PLAIN, 80],
  },
  renderHtml: { params: ['model', 'options'], valid: () => [model, { generator: 'palier test' }] },
  renderJson: { params: ['model', 'problems'], valid: () => [model, [problem]] },
  countOf: { params: ['n', 'phrase', 'lang'], valid: () => [1, 'rowsRead', 'fr'] },
  formatDate: { params: ['date', 'lang'], valid: () => ['2022-01-31', 'fr'] },
  formatMoney: { params: ['amount', 'lang'], valid: () => ['1000000.00', 'fr'] },
  renderMarkdown: { params: ['model', 'explainLimit'], valid: () => [model, 5] },
  buildReport: {
    params: ['evaluations', 'options'],
    valid: () => [[evaluation], { lang: 'fr', programme: hopen, asOf: ASOF }],
  },
  defaultExplain: { params: ['evaluation', 'lang'], valid: () => [evaluation, 'en'] },
  buildOverview: {
    params: ['evaluations', 'establishments', 'options'],
    valid: () => [[evaluation], [est], { programme: hopen, asOf: ASOF }],
  },
  fitTable: {
    params: ['headers', 'rows', 'align', 'width', 'options'],
    valid: () => [['FINESS', 'Nom'], [['750712184', 'Assistance publique']], [], 30, { shrink: 1 }],
  },
  terminalWidth: { params: ['env', 'stdout'], valid: () => [{ COLUMNS: '80' }, { isTTY: false }] },
  truncate: { params: ['text', 'width'], valid: () => ['Centre hospitalier de Montfictif', 12] },
  renderText: { params: ['model', 'style', 'options'], valid: () => [model, node.PLAIN, {}] },
};

/** As in hostile-arguments.test.ts: the CLI runs the process's own I/O. */
const OUT_OF_SCOPE = new Set(['runCli', 'nodeIo']);

/** Each public function once (an export of several entries is the same function), by name. */
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const ns of Object.values(ENTRIES))
  for (const [name, f] of Object.entries(ns))
    if (typeof f === 'function' && !OUT_OF_SCOPE.has(name))
      functions.set(name, f as (...args: unknown[]) => unknown);

/** Calls `f` (`new` for a class), awaiting a promise or draining an iterator it returns; the error thrown, if any. */
async function outcome(name: string, args: unknown[]): Promise<unknown> {
  const f = functions.get(name)!;
  try {
    const value = isClass(f) ? new (f as unknown as new (...a: unknown[]) => unknown)(...args) : f(...args);
    if (value instanceof Promise) await value;
    else if (value !== null && typeof value === 'object' && Symbol.asyncIterator in value) {
      for await (const _ of value as AsyncIterable<unknown>) {
        // drained
      }
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

/** `options`, `options.asOf`, `rows[2]`: the argument named, or a part of it. */
const names = (argument: string, param: string): boolean =>
  argument === param || argument.startsWith(`${param}.`) || argument.startsWith(`${param}[`);

describe('a PalierError names the function called and the argument that is wrong', () => {
  it('has a case for every public function of two arguments or more, and only those', () => {
    const declared = [...functions].filter(([name, f]) => f.length >= 2 && !(name in CASES)).map(([n]) => n);
    expect(declared).toEqual([]);
    expect(Object.keys(CASES).filter((name) => !functions.has(name))).toEqual([]);
    for (const [name, c] of Object.entries(CASES)) {
      expect(c.params.length, name).toBeGreaterThanOrEqual(2);
      expect(c.params.length, name).toBeGreaterThanOrEqual(functions.get(name)!.length);
    }
  });

  for (const [name, { params, valid }] of Object.entries(CASES)) {
    it(`${name}(${params.join(', ')})`, async () => {
      expect(await outcome(name, valid()), 'the valid call').toBeUndefined();
      const wrong: string[] = [];
      for (const [i, param] of params.entries()) {
        for (const [what, value] of HOSTILE) {
          const args = valid();
          args[i] = value;
          const error = await outcome(name, args);
          if (error === undefined) continue;
          const named =
            error instanceof PalierError &&
            error.function === name &&
            names(error.argument, param) &&
            error.label.fr.length > 0 &&
            error.label.en.length > 0;
          if (!named) {
            const got =
              error instanceof PalierError
                ? `PalierError ${error.function} / ${error.argument || '(none)'}`
                : `${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`;
            wrong.push(`${param} = ${what}: ${got}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
