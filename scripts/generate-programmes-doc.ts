/**
 * Generates `docs/programmes.md` from the bundled programme definitions: tables of both catalogues with the
 * provenance of every fact, and the list of unverified facts. Run `npx tsx scripts/generate-programmes-doc.ts`;
 * a test checks the committed file equals this output.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Label, Provenance } from '../src/core/label.js';
import { comparatorSymbol } from '../src/programme/comparator.js';
import {
  diffProgrammes,
  factCounts,
  type Indicator,
  type Programme,
  type Threshold,
  unverifiedFacts,
} from '../src/programme/index.js';
import { hnToHopen, hopen, hopen2, hopitalNumerique } from '../src/programmes/index.js';

/** Where the generated document lives. */
export const PROGRAMMES_DOC_PATH = fileURLToPath(new URL('../docs/programmes.md', import.meta.url));

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '_None encoded._\n';
  return `${[row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n')}\n`;
}

function prov(p: Provenance | undefined): string {
  if (p === undefined) return '';
  return `${p.status} · ${p.source}${p.note === undefined ? '' : ` — ${p.note}`}`;
}

const label = (l: Label | undefined): string => (l === undefined ? '' : `${l.fr} / _${l.en}_`);

function threshold(t: Threshold | undefined): string {
  if (t === undefined) return 'unknown';
  if (typeof t.value === 'boolean') return t.value ? '= oui' : '= non';
  const op = comparatorSymbol(t);
  return `${op} ${t.value} %`;
}

function applicability(i: Indicator): string {
  if (i.applicability === undefined) return 'all';
  const nc = i.applicability.notConcerned ?? [];
  return i.applicability.activities.join(', ') + (nc.length > 0 ? `; not concerned: ${nc.join(', ')}` : '');
}

const euros = (amount: string): string => `${amount.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} €`;

function requirements(p: Programme): string {
  const rows = [...p.prerequisites, ...p.domains].map((r) => [
    r.code,
    label(r.label),
    label(r.longLabel),
    String(r.indicators.length),
    r.indicatorCount === undefined ? 'unknown' : String(r.indicatorCount.value),
    prov(r.provenance),
  ]);
  return table(
    ['Code', 'Label', 'Official long label', 'Indicators encoded', 'In the guide', 'Provenance'],
    rows,
  );
}

/** A threshold of `role`: the base one, or — for an indicator with a schedule — each step's. */
function byRole(i: Indicator, role: 'eligibility' | 'target', judged: boolean): string {
  if (i.schedule === undefined) return judged || i[role] !== undefined ? threshold(i[role]) : '';
  const steps = i.schedule
    .filter((s) => s[role] !== undefined || judged)
    .map((s) => `${s.name ?? `from ${s.from}`}: ${threshold(s[role])}`);
  const base = i[role] === undefined ? [] : [`otherwise ${threshold(i[role])}`];
  return [...steps, ...base].join('; ');
}

function indicators(p: Programme): string {
  const rows = [...p.prerequisites, ...p.domains].flatMap((r) =>
    r.indicators.map((i) => [
      i.code,
      r.code,
      label(i.label),
      i.kind,
      byRole(i, 'eligibility', r.kind === 'prerequisite'),
      byRole(i, 'target', r.kind === 'domain'),
      applicability(i),
      prov(
        i.target?.provenance ??
          i.eligibility?.provenance ??
          i.schedule?.[0]?.target?.provenance ??
          i.schedule?.[0]?.eligibility?.provenance ??
          i.provenance,
      ),
    ]),
  );
  return table(
    [
      'Code',
      'Of',
      'Label',
      'Kind',
      'Eligibility threshold',
      'Usage target',
      'Applies to',
      'Provenance (threshold)',
    ],
    rows,
  );
}

function incomplete(p: Programme): string {
  const rows = [...p.prerequisites, ...p.domains].flatMap((r) =>
    (r.incompleteIndicators ?? []).map((i) => [
      r.code,
      i.code ?? `(${i.key})`,
      label(i.label),
      i.target !== undefined
        ? `target ${threshold(i.target)}`
        : i.eligibility !== undefined
          ? `eligibility ${threshold(i.eligibility)}`
          : 'unknown',
      i.sameAs === undefined ? '' : `${i.sameAs.programme} ${i.sameAs.code}`,
      i.unverified.map((u) => u.field).join(', '),
      prov(i.provenance),
    ]),
  );
  return table(
    ['Of', 'Code (or palier key)', 'Label', 'Known threshold', 'Same as', 'Unverified', 'Provenance'],
    rows,
  );
}

function actionPlan(p: Programme): string {
  const levers = table(
    ['Lever', 'Label', 'Objectives', 'Engagements', 'Provenance'],
    p.actionPlan.levers.map((l) => [
      String(l.number),
      label(l.label),
      l.objectives.map((o) => o.fr).join(' · '),
      l.engagements.map((e) => e.number).join(', ') || '—',
      prov(l.provenance),
    ]),
  );
  const engagements = table(
    ['No.', 'Lever', 'Engagement', 'Actions'],
    p.actionPlan.levers.flatMap((l) =>
      l.engagements.map((e) => [
        String(e.number),
        String(l.number),
        label(e.label),
        e.actions.map((a) => `${a.id} ${a.label.fr}`).join(' · ') || (e.description?.fr ?? ''),
      ]),
    ),
  );
  const workstreams = table(
    ['No.', 'Workstream', 'Provenance'],
    p.actionPlan.workstreams.map((w) => [String(w.number), label(w.label), prov(w.provenance)]),
  );
  return `#### Levers\n\n${levers}\n#### Engagements and actions\n\n${engagements}\n#### Transversal workstreams\n\n${workstreams}`;
}

function funding(p: Programme): string {
  const f = p.funding;
  const range = f.forfaitRange?.value;
  const rows: string[][] = [
    [
      'Envelope',
      f.envelope === undefined ? 'unknown' : euros(f.envelope.value),
      prov(f.envelope?.provenance),
    ],
    [
      'Amorçage share of the regional envelope',
      f.amorcageShare === undefined ? 'unknown' : `${f.amorcageShare.value} %`,
      prov(f.amorcageShare?.provenance),
    ],
    [
      'Vehicles',
      f.vehicles === undefined
        ? 'unknown'
        : `amorçage ${f.vehicles.value.amorcage}, usage ${f.vehicles.value.usage}`,
      prov(f.vehicles?.provenance),
    ],
    [
      'Forfait range',
      range === undefined ? 'unknown' : `${euros(range.min)} – ${euros(range.max)} per ${range.per}`,
      prov(f.forfaitRange?.provenance),
    ],
    [
      'Forfait grid',
      f.forfaitGrid === undefined ? 'unknown' : `${f.forfaitGrid.cells.length} cells`,
      prov(f.forfaitGrid?.provenance),
    ],
  ];
  if (f.bonus !== undefined) {
    rows.push([
      'Bonus forfait',
      `${f.bonus.amount === undefined ? 'amount unknown' : euros(f.bonus.amount)} — ${f.bonus.condition.fr}`,
      prov(f.bonus.provenance),
    ]);
  }
  const eligibility = table(
    ['Condition', 'Label', 'Provenance'],
    f.eligibility.map((c) => [c.id, label(c.label), prov(c.provenance)]),
  );
  return `${table(['Parameter', 'Value', 'Provenance'], rows)}\n#### Eligibility conditions\n\n${eligibility}`;
}

function section(p: Programme): string {
  const counts = factCounts(p);
  const unverified = unverifiedFacts(p);
  return [
    `## ${p.name.fr}`,
    '',
    `Id \`${p.id}\`, version \`${p.version}\`${p.basedOn ? `, continues \`${p.basedOn.id}\` ${p.basedOn.version}` : ''}. ` +
      `Period ${p.period.value.start} – ${p.period.value.end} (${prov(p.period.provenance)}).`,
    '',
    `Facts by status: ${counts.seed} seed, ${counts.confirmed} confirmed, ${counts.reported} reported, ` +
      `${counts.unverified} unverified, ${counts.override} override — ${counts.total} in all.`,
    '',
    '### Prerequisites and domains',
    '',
    requirements(p),
    '### Indicators (evaluable)',
    '',
    indicators(p),
    '### Indicators known to exist but not evaluable',
    '',
    incomplete(p),
    '### Action plan',
    '',
    actionPlan(p),
    '### Funding',
    '',
    funding(p),
    '### Calendar',
    '',
    table(
      ['Date', 'Milestone', 'Kind', 'Provenance'],
      [...p.milestones]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((m) => [m.date, label(m.label), m.kind, prov(m.provenance)]),
    ),
    '### Published figures',
    '',
    table(
      ['Id', 'Figure', 'Value', 'Unit', 'Provenance'],
      p.figures.map((f) => [
        f.id,
        label(f.label),
        `${f.precision === 'about' ? '~' : f.precision === 'more-than' ? '>' : ''}${f.value}`,
        f.unit,
        prov(f.provenance),
      ]),
    ),
    '### Other sourced facts',
    '',
    table(
      ['Id', 'Topic', 'Statement', 'Provenance'],
      (p.facts ?? []).map((f) => [f.id, f.topic, f.statement.en, prov(f.provenance)]),
    ),
    `### Unverified facts (${unverified.length})`,
    '',
    table(
      ['Path', 'Reason', 'What is known'],
      unverified.map((f) => [`\`${f.path}\``, f.reason, prov(f.provenance)]),
    ),
  ].join('\n');
}

function mapping(): string {
  const d = diffProgrammes(hopitalNumerique, hopen);
  const rows = hnToHopen.requirements.map((r) => [
    r.from ?? '—',
    r.to ?? '—',
    r.change,
    r.note?.en ?? '',
    prov(r.provenance),
  ]);
  const targets = hnToHopen.indicators.map((i) => [
    i.from.key ?? i.from.code ?? '—',
    i.to ?? '—',
    `${i.targetFrom} % → ${i.targetTo} %`,
    prov(i.provenance),
  ]);
  return [
    "## From Hôpital numérique to HOP'EN",
    '',
    table(['HN', "HOP'EN", 'Change', 'Note', 'Provenance'], rows),
    table(['HN indicator (palier key)', "HOP'EN code", 'Usage target', 'Provenance'], targets),
    `Action plan: ${hnToHopen.actionPlan.from.en} → ${hnToHopen.actionPlan.to.en}. ` +
      `Envelope: ${euros(hnToHopen.envelope.from)} → ${euros(hnToHopen.envelope.to)}.`,
    '',
    `Computed by \`diffProgrammes(hopitalNumerique, hopen)\`: requirements added ${d.requirements.added.join(', ')}; ` +
      `renamed ${d.requirements.renamed.map((r) => r.key).join(', ')}; levers added ${d.levers.added.join(', ')}; ` +
      `${d.engagements.added.length} engagements added.`,
    '',
  ].join('\n');
}

function successor(): string {
  const d = diffProgrammes(hopen, hopen2);
  const objectives = [...hopen2.prerequisites, ...hopen2.domains].map((r) => [
    r.code,
    r.kind,
    r.role?.fr ?? '',
    label(r.label),
    r.indicators.map((i) => i.code).join(', ') || `${r.incompleteIndicators?.length ?? 0} incomplete`,
  ]);
  return [
    "## From HOP'EN to HOP'EN 2",
    '',
    "HOP'EN 2 is not an override of HOP'EN (`basedOn` is unset: a HOP'EN declaration does not answer HOP'EN 2). Its " +
      'mandatory objective is a prerequisite and its objective sets are domains, with targets by programme year ' +
      '(`schedule`): a declaration is judged with the step in force on the last day of its period.',
    '',
    table(['Code', 'Kind', 'Role in the programme', 'Label', 'Objectives'], objectives),
    `Computed by \`diffProgrammes(hopen, hopen2)\`: requirements added ${d.requirements.added.join(', ')}; ` +
      `removed ${d.requirements.removed.join(', ')}; milestones added ${d.milestones.added.join(', ')}; ` +
      `funding values no longer known: ${d.funding
        .filter((f) => f.to === undefined)
        .map((f) => f.path)
        .join(', ')}.`,
    '',
  ].join('\n');
}

const INTRO = `# The programme catalogues

<!-- Generated by scripts/generate-programmes-doc.ts from src/programmes/. Do not edit by hand:
     run \`npx tsx scripts/generate-programmes-doc.ts\`; a test fails when this file is stale. -->

palier bundles Hôpital numérique (\`hopitalNumerique\`), HOP'EN (\`hopen\`) and HOP'EN 2 (\`hopen2\`) as frozen, typed data. Every fact
carries its provenance: \`seed\` (a programme document shipped with the project, \`seed:000\`–\`seed:004\`),
\`confirmed\` (a public source, by URL), \`reported\` (press, consultancy), \`unverified\` (known to exist, value
not read: left unset, and evaluation answers "unknown"), \`override\` (set by a user with \`withOverrides\`).

How to read the data:

- **Evaluable vs. incomplete indicators.** \`requirement.indicators\` holds only indicators whose official code and
  kind are known. An indicator known to exist whose code (or kind) is unverified — such as the HN equivalents of
  HOP'EN D2.5 (target 80 %) and D3.5 (target 50 %) — sits in \`requirement.incompleteIndicators\` with palier's own
  \`key\`, what is known (its target, \`sameAs\`), and the missing fields. Evaluation never looks them up; a user
  holding the guide adds the real indicator with \`withOverrides\` (\`addIndicators\`, \`replaces: <key>\`).
- **Labels.** \`label.fr\` is the official wording, verbatim, where a source gives it; where only the meaning is
  known, \`label.fr\` is palier's rendering and \`label\` is listed as unverified. HOP'EN publishes its domains only
  in verb form: that is \`longLabel\`; the short \`label\` reuses HN's label for D1, D3, D4, D5 and is palier's noun
  form for D2 (which gains the DMP), D6 and D7.
- **Thresholds.** Rates are percentages, met at the value or above (\`inclusive: true\`); yes/no indicators must be
  "oui" (\`{ comparator: 'equal', value: true }\`). Prerequisite indicators carry an eligibility threshold, domain
  indicators a usage target; a missing one is listed below.
- **Every source can be opened.** A provenance cites a seed (\`seed:001\`) or a public address. Facts palier's curated
  reference lists without a public source (some HN and HOP'EN prerequisite indicators) are \`unverified\`, citing
  the seed that announces the indicator guide: they carry no threshold, and evaluation says "unknown" until a user
  completes them (\`palier catalogue --template csv\`, then \`--referential\`).
- **Declaration level.** Sources say indicators are computed "per establishment" without choosing legal entity
  or site; palier records \`legal-entity\` and lists this as unverified.
`;

/**
 * Renders the whole document.
 *
 * @example
 * ```ts
 * renderProgrammesDoc().startsWith('# The programme catalogues'); // true
 * ```
 */
export function renderProgrammesDoc(): string {
  return [INTRO, section(hopen), section(hopitalNumerique), section(hopen2), mapping(), successor()].join(
    '\n',
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(PROGRAMMES_DOC_PATH, renderProgrammesDoc());
  console.log(`wrote ${PROGRAMMES_DOC_PATH}`);
}
