import { describe, expect, it } from 'vitest';
import { PalierError } from '../../src/core/error.js';
import {
  type Arguments,
  atBoundary,
  atBoundaryAsync,
  isList,
  LANGS,
  refuseArgument,
  unreadable,
} from '../../src/core/guards.js';

/** The PalierError `f` throws. */
function thrown(f: () => unknown): PalierError {
  try {
    f();
  } catch (error) {
    if (error instanceof PalierError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

const revoked = Proxy.revocable({}, {});
revoked.revoke();
const getter = {
  get asOf(): string {
    throw new Error('hostile getter');
  },
};

/** A public function `outer(options, rows)` whose body reads both. */
function outer(options: unknown, rows: unknown, body: () => unknown = () => undefined): unknown {
  const args: Arguments = { options: [options, 'object'], rows: [rows, 'list'] };
  return atBoundary('outer', args, body);
}

/** A public function `inner(value)` refusing anything but a string. */
function inner(value: unknown): string {
  if (typeof value !== 'string') refuseArgument('inner', 'value', { fr: 'un texte', en: 'a string' }, value);
  return value;
}

describe('atBoundary finds the argument at fault once the call failed', () => {
  it('a call that succeeds returns its value, whatever the arguments', () => {
    expect(outer(null, 42, () => 'done')).toBe('done');
  });

  it('first the argument not of its kind, said in both languages', () => {
    const e = thrown(() =>
      outer({}, null, () => {
        throw new TypeError('x');
      }),
    );
    expect([e.code, e.function, e.argument]).toEqual(['invalid-argument', 'outer', 'rows']);
    expect(e.label).toEqual({
      fr: 'l’argument « rows » n’est pas du type attendu (reçu : null).',
      en: 'argument "rows" is not of the expected kind (received null).',
    });
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  it('then the argument that cannot be read, with what reading it threw', () => {
    const e = thrown(() =>
      outer(getter, [], () => {
        throw new TypeError('x');
      }),
    );
    expect([e.function, e.argument]).toEqual(['outer', 'options']);
    // what the body threw when it read it
    expect(e.label.en).toBe('argument "options" could not be read (x).');
    const r = thrown(() =>
      outer({}, [revoked.proxy], () => {
        throw new TypeError('x');
      }),
    );
    expect(r.argument).toBe('rows');
  });

  it('an inner refusal of a value that is none of the outer arguments names no argument', () => {
    const e = thrown(() => outer({ asOf: 42 }, [], () => inner(42)));
    expect([e.function, e.argument]).toEqual(['outer', '']);
    // the inner function's words, said of the outer function
    expect(e.label.en).toBe('argument "value" must be a string (received number 42).');
    expect(e.cause).toBeInstanceOf(PalierError);
  });

  it('an inner refusal naming one of the outer arguments keeps that name', () => {
    const e = thrown(() =>
      outer({}, [], () => {
        throw new PalierError({
          code: 'invalid-state',
          function: 'other',
          argument: 'rows[2]',
          label: { fr: 'f', en: 'e' },
        });
      }),
    );
    expect([e.code, e.function, e.argument]).toEqual(['invalid-state', 'outer', 'rows[2]']);
  });

  it('a required argument left null or undefined, when nothing else tells', () => {
    const args: Arguments = { a: ['x', 'any'], b: [undefined, 'any'], c: [undefined, 'object?'] };
    const e = thrown(() =>
      atBoundary('f', args, () => {
        throw new TypeError('Cannot read properties of undefined');
      }),
    );
    expect(e.argument).toBe('b');
    const none: Arguments = { a: ['x', 'any'], c: [undefined, 'object?'] };
    const n = thrown(() =>
      atBoundary('f', none, () => {
        throw new TypeError('boom');
      }),
    );
    expect(n.argument).toBe('');
    expect(n.label.en).toBe('the arguments could not be read (boom).');
  });

  it('a list of strings: the value must be one of them', () => {
    const e = thrown(() =>
      atBoundary('f', { lang: ['de', LANGS] }, () => {
        throw new TypeError('x');
      }),
    );
    expect(e.argument).toBe('lang');
    expect(e.label.en).toBe('argument "lang" is not of the expected kind (received string "de").');
    const fail = () => {
      throw new TypeError('x');
    };
    expect(thrown(() => atBoundary('f', { lang: ['fr', LANGS], n: [1, 'text'] }, fail)).argument).toBe('n');
  });

  it('a PalierError of the function itself passes as it is; another function’s is re-addressed', () => {
    const own = new PalierError({
      code: 'invalid-argument',
      function: 'outer',
      argument: 'options',
      label: { fr: 'f', en: 'e' },
    });
    expect(
      thrown(() =>
        outer({}, [], () => {
          throw own;
        }),
      ),
    ).toBe(own);
    const e = thrown(() => atBoundary('explain', 'result', () => inner(null)));
    expect([e.function, e.argument]).toEqual(['explain', 'result']);
    expect(e.label.en).toBe('argument "result" must be a string (received null).');
  });

  it('the async form and unreadable() find the argument the same way', async () => {
    const args: Arguments = { source: [42, 'iterable'], file: ['f.csv', 'text'] };
    await expect(
      atBoundaryAsync('read', args, async () => {
        throw new TypeError('x');
      }),
    ).rejects.toMatchObject({ function: 'read', argument: 'source' });
    expect(
      unreadable('Reader', { options: [{}, 'object'], onRecord: [1, 'function'] }, new Error('x')),
    ).toMatchObject({
      function: 'Reader',
      argument: 'onRecord',
    });
  });
});

describe('isList', () => {
  it('tells an array, and never throws', () => {
    expect(isList([])).toBe(true);
    expect(isList({ length: 0 })).toBe(false);
    expect(isList(revoked.proxy)).toBe(false);
  });
});
