import ts from 'typescript';
const entries = process.argv.slice(2);
const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
for (const e of entries) {
  const sf = program.getSourceFile(e)!;
  const sym = checker.getSymbolAtLocation(sf)!;
  const exps = checker.getExportsOfModule(sym);
  let values = 0, types = 0;
  for (const x of exps) { const t = x.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(x) : x; if (t.flags & ts.SymbolFlags.Value) values++; else types++; }
  console.log(e, exps.length, 'values', values, 'types', types);
  if (process.env.LIST) console.log(exps.map(x=>x.name).sort().join(' '));
}
