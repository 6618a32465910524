// Rewrites named imports from a barrel (…/index.js) that the barrel no longer exports to the declaring file.
import ts from 'typescript';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, relative, join, resolve } from 'node:path';
const roots = ['src', 'test', 'scripts', 'bench', 'examples'];
const files = roots.flatMap((r) => readdirSync(r, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(r, f)));
// declarations: name -> file
const decl = new Map<string, string>();
for (const f of files.filter((f) => f.startsWith('src/'))) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/^export (?:declare )?(?:async )?(?:function\*?|const|let|interface|type|class|enum|abstract class) ([A-Za-z0-9_$]+)/gm)) {
    if (!decl.has(m[1]!) || f.endsWith('index.ts')) { if (!decl.has(m[1]!)) decl.set(m[1]!, f); }
  }
}
const barrelExports = new Map<string, Set<string>>();
function exportsOf(barrel: string): Set<string> {
  if (barrelExports.has(barrel)) return barrelExports.get(barrel)!;
  const text = readFileSync(barrel, 'utf8');
  const names = new Set<string>();
  for (const m of text.matchAll(/export (?:type )?\{([^}]*)\}/g)) for (const n of m[1]!.split(',')) { const k = n.trim().replace(/^type /, '').split(' as ').pop()!.trim(); if (k) names.add(k); }
  for (const m of text.matchAll(/^export (?:declare )?(?:async )?(?:function\*?|const|let|interface|type|class) ([A-Za-z0-9_$]+)/gm)) names.add(m[1]!);
  if (/export \*/.test(text)) names.add('*');
  barrelExports.set(barrel, names);
  return names;
}
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings || !ts.isNamedImports(st.importClause.namedBindings)) continue;
    const spec = (st.moduleSpecifier as ts.StringLiteral).text;
    if (!spec.endsWith('/index.js') || !spec.startsWith('.')) continue;
    const barrel = resolve(dirname(f), spec).replace(/\.js$/, '.ts').replace(process.cwd() + '/', '');
    let ex: Set<string>; try { ex = exportsOf(barrel); } catch { continue; }
    if (ex.has('*')) continue;
    const typeOnly = st.importClause.isTypeOnly;
    const keep: string[] = []; const moved = new Map<string, string[]>();
    for (const el of st.importClause.namedBindings.elements) {
      const name = (el.propertyName ?? el.name).text;
      const t = el.getText();
      if (ex.has(name)) { keep.push(t); continue; }
      const target = decl.get(name);
      if (!target) { keep.push(t); console.error('unknown', f, name); continue; }
      let rel = relative(dirname(f), target).replace(/\.ts$/, '.js'); if (!rel.startsWith('.')) rel = `./${rel}`;
      (moved.get(rel) ?? moved.set(rel, []).get(rel)!).push(t);
    }
    if (moved.size === 0) continue;
    const tp = typeOnly ? 'type ' : '';
    const parts: string[] = [];
    if (keep.length) parts.push(`import ${tp}{ ${keep.join(', ')} } from '${spec}';`);
    for (const [rel, names] of moved) parts.push(`import ${tp}{ ${names.join(', ')} } from '${rel}';`);
    edits.push({ start: st.getStart(), end: st.getEnd(), text: parts.join('\n') });
  }
  if (!edits.length) continue;
  let out = text; for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  writeFileSync(f, out); console.log('fixed', f);
}
