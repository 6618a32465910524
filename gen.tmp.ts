import ts from 'typescript';
import { dirname, relative } from 'node:path';
const [entry, ...rest] = process.argv.slice(2);
const REMOVE = new Set((process.env.REMOVE ?? '').split(/\s+/).filter(Boolean));
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(' ')) : undefined;
const program = ts.createProgram([entry!], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const sym = checker.getSymbolAtLocation(program.getSourceFile(entry!)!)!;
const byFile = new Map<string, string[]>();
let n = 0;
for (const x of checker.getExportsOfModule(sym)) {
  if (REMOVE.has(x.name)) continue;
  const t = x.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(x) : x;
  const abs = t.declarations![0]!.getSourceFile().fileName;
  const mod = abs.replace(/.*\/src\//, '').split('/')[0]!;
  if (ONLY && !ONLY.has(mod)) continue;
  let file = relative(dirname(entry!), abs).replace(/\.ts$/, '.js'); if (!file.startsWith('.')) file = `./${file}`;
  n++;
  const isValue = !!(t.flags & ts.SymbolFlags.Value);
  (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(isValue ? x.name : `type ${x.name}`);
}
const order = ['core', 'dates', 'money', 'actors', 'programme', 'programmes', 'evaluation', 'funding', 'action-plan', 'dashboards', 'registers'];
const key = (f: string) => order.indexOf(f.replace(/^\.\//, '').split('/')[0]!);
const files = [...byFile.keys()].sort((a, b) => key(a) - key(b) || a.localeCompare(b));
let out = '';
for (const f of files) {
  const names = byFile.get(f)!.sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  out += `export { ${names.join(', ')} } from '${f}';\n`;
}
process.stdout.write(out);
console.error('names', n);
