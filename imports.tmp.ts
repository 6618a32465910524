import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
const entries: Record<string, string> = { palier: 'src/index.ts', 'palier/programme': 'src/programme/index.ts', 'palier/funding': 'src/funding/index.ts', 'palier/action-plan': 'src/action-plan/index.ts', 'palier/dashboards': 'src/dashboards/index.ts', 'palier/schemas': 'src/schemas/index.ts', 'palier/node': 'src/node/index.ts' };
const program = ts.createProgram(Object.values(entries), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const names: Record<string, Set<string>> = {};
for (const [e, f] of Object.entries(entries)) names[e] = new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(f)!)!).map((s) => s.name));
const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), ...readdirSync('examples').filter((f) => f.endsWith('.ts')).map((f) => `examples/${f}`), 'scripts/package/sizes.ts'];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(palier(?:\/[a-z-]+)?)'/g)) {
    const entry = m[2]!;
    for (const raw of m[1]!.split(',')) {
      const n = raw.trim().replace(/^type /, '').split(' as ')[0]!.trim();
      if (!n || names[entry]?.has(n)) continue;
      const home = Object.keys(names).filter((e) => names[e]!.has(n));
      console.log(`${f}: ${n} from ${entry} -> ${home.join(',') || 'NOWHERE'}`);
    }
  }
}
if (process.env.FIX) for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const out = text.replace(/import(\s+type)?\s+\{([^}]*)\}\s+from\s+'(palier(?:\/[a-z-]+)?)';/g, (all, tp: string | undefined, list: string, entry: string) => {
    const groups = new Map<string, string[]>();
    const multiline = list.includes('\n');
    for (const raw of list.split(',')) {
      const t = raw.trim(); if (!t) continue;
      const n = t.replace(/^type /, '').split(' as ')[0]!.trim();
      const home = names[entry]!.has(n) ? entry : Object.keys(names).find((e) => names[e]!.has(n)) ?? entry;
      (groups.get(home) ?? groups.set(home, []).get(home)!).push(t);
    }
    if (groups.size === 1 && groups.has(entry)) return all;
    return [...groups].map(([e, ns]) => `import${tp ?? ''} { ${ns.join(', ')} } from '${e}';`).join('\n');
  });
  if (out !== text) { (await import('node:fs')).writeFileSync(f, out); console.log('rewrote', f); }
}
