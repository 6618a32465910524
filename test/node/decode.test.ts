import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createDecoder, decodeBytes } from '../../src/node/io/decode.js';

const GOLDEN = 'finess;nom\n130783046;Hôpital Saint-Éloi – l’œuvre « 100 € » Noël\n';

/** Decodes `bytes` fed one byte at a time: cuts between every two bytes must change nothing. */
function byteByByte(bytes: Uint8Array, encoding: Parameters<typeof createDecoder>[1]) {
  const d = createDecoder('f.csv', encoding);
  let text = '';
  for (const b of bytes) {
    const r = d.write(Uint8Array.of(b));
    if (!r.ok) return r;
    text += r.text;
  }
  const end = d.end();
  return end.ok ? { ok: true as const, text: text + end.text } : end;
}

describe('decoding Windows-1252 (golden file: – ’ œ € « » and accents)', () => {
  const bytes = Uint8Array.from([
    ...Buffer.from('finess;nom\n130783046;H', 'latin1'),
    0xf4,
    ...Buffer.from('pital Saint-', 'latin1'),
    0xc9,
    ...Buffer.from('loi ', 'latin1'),
    0x96,
    0x20,
    0x6c,
    0x92,
    0x9c,
    ...Buffer.from('uvre ', 'latin1'),
    0xab,
    ...Buffer.from(' 100 ', 'latin1'),
    0x80,
    0x20,
    0xbb,
    ...Buffer.from(' No', 'latin1'),
    0xeb,
    ...Buffer.from('l\n', 'latin1'),
  ]);

  it('reads 0x80–0x9F as the Windows-1252 characters, not C1 controls (whole and byte by byte)', () => {
    expect(decodeBytes(bytes, 'f.csv', 'windows-1252')).toEqual({ ok: true, text: GOLDEN });
    expect(byteByByte(bytes, 'windows-1252')).toEqual({ ok: true, text: GOLDEN });
  });

  it('without --encoding, says where the first non-UTF-8 byte is and suggests windows-1252', () => {
    const r = decodeBytes(bytes, 'f.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.location).toEqual({ file: 'f.csv', line: 2, column: 12 });
    expect(r.problem.issue.code).toBe('invalid-utf8');
    expect(r.problem.issue.message.en).toContain('--encoding windows-1252');
  });

  it('refuses the five bytes Windows-1252 leaves undefined, at their place', () => {
    const r = decodeBytes(Uint8Array.from([0x61, 0x0a, 0x62, 0x81]), 'f.csv', 'windows-1252');
    expect(r.ok ? undefined : [r.problem.issue.code, r.problem.location]).toEqual([
      'undefined-byte',
      { file: 'f.csv', line: 2, column: 2 },
    ]);
  });

  it('in Latin-1, a byte of 0x80–0x9F is refused with a pointer to windows-1252', () => {
    const r = decodeBytes(Uint8Array.from([0x61, 0x96]), 'f.csv', 'latin1');
    expect(r.ok ? undefined : r.problem.issue.code).toBe('latin1-control');
    expect(decodeBytes(Uint8Array.from([0x63, 0xe9]), 'f.csv', 'latin1')).toEqual({ ok: true, text: 'cé' });
  });
});

describe('decoding UTF-16 (golden file)', () => {
  for (const [encoding, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    const body = iconv.encode(GOLDEN, encoding);
    it(`${encoding} with its byte-order mark is detected and read, even cut between bytes`, () => {
      const bytes = Uint8Array.from([...bom, ...body]);
      expect(decodeBytes(bytes, 'f.csv')).toEqual({ ok: true, text: GOLDEN });
      expect(byteByByte(bytes, 'auto')).toEqual({ ok: true, text: GOLDEN });
    });
    it(`${encoding} without a byte-order mark is named in the hint (not windows-1252)`, () => {
      const r = decodeBytes(Uint8Array.from(body), 'f.csv');
      expect(r.ok ? undefined : r.problem.issue.code).toBe('utf16-without-bom');
      expect(r.ok ? '' : r.problem.issue.message.en).toContain(`--encoding ${encoding}`);
      expect(r.ok ? '' : r.problem.issue.message.en).not.toContain('windows-1252');
      expect(decodeBytes(Uint8Array.from(body), 'f.csv', encoding)).toEqual({ ok: true, text: GOLDEN });
    });
  }
});

describe('decoding UTF-8', () => {
  const bytes = new TextEncoder().encode(GOLDEN);

  it('with or without byte-order mark, cut anywhere inside a character', () => {
    expect(decodeBytes(bytes, 'f.csv')).toEqual({ ok: true, text: GOLDEN });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), 'f.csv', 'utf-8')).toEqual({
      ok: true,
      text: GOLDEN,
    });
    expect(byteByByte(bytes, 'auto')).toEqual({ ok: true, text: GOLDEN });
  });

  it('a character cut by the end of the file is an error, not a replacement character', () => {
    const r = decodeBytes(Uint8Array.from([0x61, 0xe2, 0x80]), 'f.csv');
    expect(r.ok ? undefined : [r.problem.issue.code, r.problem.location.column]).toEqual(['invalid-utf8', 2]);
  });

  it('NUL bytes (a binary file, /dev/zero) end decoding with a located error', () => {
    const r = decodeBytes(new Uint8Array(4096), 'f.csv');
    expect(r.ok ? undefined : r.problem.issue.code).toBe('binary-input');
    const d = createDecoder('f.csv');
    expect(d.write(new TextEncoder().encode('a;b\nc;'))).toEqual({ ok: true, text: 'a;b\nc;' });
    const bad = d.write(Uint8Array.of(0x64, 0));
    expect(bad.ok ? undefined : bad.problem.location).toEqual({ file: 'f.csv', line: 2, column: 4 });
    expect(d.end().ok).toBe(false);
  });
});
