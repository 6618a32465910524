import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenSpecifiers, relativeSpecifiers } from '../../scripts/package/specifiers.js';

const src = join(import.meta.dirname, '..', '..', 'src');

describe('relative import specifiers of src/ (the build keeps them as written, one module per file)', () => {
  it('each names an existing module with its .js extension', () => {
    // src/node/cli.ts is the one exception: it imports package.json, and is bundled on its own into dist/cli.js.
    const broken = brokenSpecifiers(src, '.ts', '.ts', (f) => f === join(src, 'node', 'cli.ts'));
    expect(broken.map((b) => `${b.file.slice(src.length + 1)}: ${b.specifier}`)).toEqual([]);
  });

  it('finds the specifiers of static, re-export, dynamic and require imports, and nothing else', () => {
    const code = `import { a } from './a.js';
import type { T } from "../t.js";
export * from './b.js';
export { c } from './c';
import './side-effect.js';
const d = await import('./d.js');
const e = require('./e.js');
import { z } from 'zod';
const text = 'from nowhere';`;
    expect(relativeSpecifiers(code).sort()).toEqual(
      ['./a.js', '../t.js', './b.js', './c', './side-effect.js', './d.js', './e.js'].sort(),
    );
  });
});
