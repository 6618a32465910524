import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CsvRecord,
  type CsvSyntaxIssue,
  CsvTokenizer,
  detectDelimiter,
  MAX_RECORD_LENGTH,
  parseCsv,
} from '../../src/node/io/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and locates each cell', () => {
    const t = parseCsv('a;b;c\r\n"x;""y""";"line1\r\nline2";3\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.records).toHaveLength(2);
    expect(t.records[1]?.values).toEqual(['x;"y"', 'line1\r\nline2', '3']);
    expect(t.records[1]?.lines).toEqual([2, 2, 3]);
    expect(t.records[1]?.columns).toEqual([1, 11, 8]);
    expect(t.issues).toEqual([]);
  });

  it('drops a leading byte-order mark', () => {
    const t = parseCsv('\ufefffiness,value\n750712184,1\n');
    expect(t.records[0]?.values).toEqual(['finess', 'value']);
    expect(t.records[0]?.columns).toEqual([1, 8]);
  });

  it('treats LF, CRLF and a lone CR alike and skips blank lines', () => {
    const t = parseCsv('a,b\n1,2\r\n\r\n3,4\r5,6');
    expect(t.records.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(t.records.map((r) => r.lines[0])).toEqual([1, 2, 4, 5]);
  });

  it('returns no records for an empty file or a file of blank lines', () => {
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('\n\r\n\n').records).toEqual([]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseCsv('a,,\n').records[0]?.values).toEqual(['a', '', '']);
  });

  it('reports an unterminated quote at the opening quote, and keeps the text', () => {
    const t = parseCsv('a,b\n1,"open\nmore');
    expect(t.issues).toEqual([
      expect.objectContaining({ code: 'csv-unterminated-quote', line: 2, column: 3 }),
    ]);
    expect(t.records[1]?.values).toEqual(['1', 'open\nmore']);
  });

  it('reports text after a closing quote at its column', () => {
    const t = parseCsv('a,b\n"x"y,2\n');
    expect(t.issues).toEqual([expect.objectContaining({ code: 'csv-text-after-quote', line: 2, column: 4 })]);
    expect(t.records[1]?.values).toEqual(['xy', '2']);
  });

  it('reads a line up to the limit, and stops with a located error beyond it', () => {
    const long = 'x'.repeat(400_000);
    const t = parseCsv(`a,b\n${long},"${long}"\n`);
    expect(t.records[1]?.values[0]).toHaveLength(400_000);
    expect(t.records[1]?.columns[1]).toBe(400_002);
    const over = parseCsv(`a,b\nc,d\n${'x'.repeat(MAX_RECORD_LENGTH + 1)}\ne,f\n`);
    expect(over.records.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(over.issues).toMatchObject([{ code: 'record-too-long', line: 3, column: 1 }]);
  });

  it('stops at a record over the limit by one character, quoted or not, whatever its line end', () => {
    // the limit counts the record with its line end; each case builds a record of `size` characters so
    const x = (n: number) => 'x'.repeat(n);
    const cases: readonly ((size: number) => string)[] = [
      (size) => `${x(size - 1)}\n`, // the fast path: no quote, LF
      (size) => `"${x(size - 3)}"\n`, // a quoted cell
      (size) => `"${x(size - 4)}"\r\n`, // a quoted cell, CRLF
      (size) => `${x(size - 1)}\r`, // a lone CR
    ];
    for (const record of cases) {
      const over = parseCsv(`a,b\n${record(MAX_RECORD_LENGTH + 1)}e,f\n`);
      expect(over.records.map((r) => r.values)).toEqual([['a', 'b']]);
      expect(over.issues).toMatchObject([{ code: 'record-too-long', line: 2, column: 1 }]);
      const fits = parseCsv(`a,b\n${record(MAX_RECORD_LENGTH)}e,f\n`);
      expect(fits.issues).toEqual([]);
      expect(fits.records.map((r) => r.values.length)).toEqual([2, 1, 2]);
    }
  });

  it('an explicit maxRecordLength: undefined keeps the default limit', () => {
    const issues: CsvSyntaxIssue[] = [];
    const t = new CsvTokenizer(
      { delimiter: ',', maxRecordLength: undefined },
      () => undefined,
      (i) => issues.push(i),
    );
    t.push(`${'x'.repeat(MAX_RECORD_LENGTH + 1)}\n`);
    t.end();
    expect(issues).toMatchObject([{ code: 'record-too-long', line: 1, column: 1 }]);
  });

  it('reads a file whose lines end with CR alone (old Mac exports) row by row, with their lines', () => {
    const rows = Array.from({ length: 2000 }, (_, k) => `${k};v${k}`);
    const t = parseCsv(`a;b\r${rows.join('\r')}\r`);
    expect(t.issues).toEqual([]);
    expect(t.records).toHaveLength(2001);
    expect(t.records[2000]).toMatchObject({ values: ['1999', 'v1999'], lines: [2001, 2001] });
  });

  it('an endless line (no line break) ends with a located error, holding at most the limit', () => {
    const issues: CsvSyntaxIssue[] = [];
    const t = new CsvTokenizer(
      { delimiter: ',' },
      () => undefined,
      (i) => issues.push(i),
    );
    const piece = 'x'.repeat(65_536);
    for (let k = 0; k < 40 && !t.stopped; k++) t.push(piece);
    expect(t.stopped).toBe(true);
    expect(issues).toMatchObject([{ code: 'record-too-long', line: 1, column: 1 }]);
  });

  it('gives the same records and locations whatever the cuts between pieces (property)', () => {
    const text = 'a;b\r\n"x;""y""";2\r\n\r\n"multi\nline";"q"\rlast;"";\n';
    const whole = parseCsv(text);
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 8 }), (cuts) => {
        const records: CsvRecord[] = [];
        const issues: CsvSyntaxIssue[] = [];
        const t = new CsvTokenizer(
          {},
          (r) => records.push(r),
          (i) => issues.push(i),
        );
        let from = 0;
        for (const cut of [...cuts].sort((x, y) => x - y)) {
          t.push(text.slice(from, cut));
          from = cut;
        }
        t.push(text.slice(from));
        t.end();
        expect(records).toEqual(whole.records);
        expect(issues).toEqual(whole.issues);
      }),
    );
  });

  it('reads any text as a character-by-character reading of RFC 4180 does, in any pieces (property)', () => {
    // the tokenizer cuts most lines where indexOf finds the delimiters; this reference reads every character
    const unit = fc.constantFrom('a', 'é', ';', ',', '"', '""', '\n', '\r', '\r\n', ' ', '1', '\t');
    const text = fc.array(unit, { maxLength: 60 }).map((u) => u.join(''));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom<',' | ';'>(',', ';'),
        fc.array(fc.nat(80), { maxLength: 5 }),
        (t, sep, cuts) => {
          const expected = referenceCsv(t, sep);
          const records: CsvRecord[] = [];
          const issues: CsvSyntaxIssue[] = [];
          const tokenizer = new CsvTokenizer(
            { delimiter: sep },
            (r) => records.push(r),
            (i) => issues.push(i),
          );
          let from = 0;
          for (const cut of [...cuts].sort((x, y) => x - y)) {
            tokenizer.push(t.slice(from, Math.max(from, cut)));
            from = Math.max(from, cut);
          }
          tokenizer.push(t.slice(from));
          tokenizer.end();
          expect(records).toEqual(expected.records);
          expect(issues.map(({ code, line, column }) => ({ code, line, column }))).toEqual(expected.issues);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any table written with RFC 4180 quoting (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ';', ',', '"', '\n', '\r\n', ' ', '1') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), (rows, sep) => {
        const text = rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(sep)).join('\r\n');
        const parsed = parseCsv(text, sep);
        expect(parsed.issues).toEqual([]);
        expect(parsed.records.map((r) => r.values)).toEqual(rows);
      }),
    );
  });
});

/** RFC 4180 read one character at a time, with palier's rules for bad quoting, blank lines and locations. */
function referenceCsv(text: string, sep: string) {
  const records: CsvRecord[] = [];
  const issues: { code: string; line: number; column: number }[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let record: { values: string[]; lines: number[]; columns: number[] } = {
    values: [],
    lines: [],
    columns: [],
  };
  let malformed = false;
  const isEnd = (c: string | undefined) => c === undefined || c === sep || c === '\n' || c === '\r';
  for (;;) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          closed = true;
          i++;
          break;
        } else {
          if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
            line++;
            lineStart = i + 1;
          }
          value += text[i++];
        }
      }
      if (!closed) {
        issues.push({ code: 'csv-unterminated-quote', line: cellLine, column: cellColumn });
        malformed = true;
      }
      if (!isEnd(text[i])) {
        issues.push({ code: 'csv-text-after-quote', line, column: i - lineStart + 1 });
        malformed = true;
        while (!isEnd(text[i])) value += text[i++];
      }
    } else {
      while (!isEnd(text[i])) value += text[i++];
    }
    record.values.push(value);
    record.lines.push(cellLine);
    record.columns.push(cellColumn);
    if (text[i] === sep) {
      i++;
      continue;
    }
    const blank = record.values.length === 1 && record.values[0] === '';
    if (malformed) records.push({ ...record, malformed: true });
    else if (!blank) records.push(record);
    record = { values: [], lines: [], columns: [] };
    malformed = false;
    if (i >= text.length) return { records, issues };
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    lineStart = i;
  }
}

describe('detectDelimiter', () => {
  it('prefers the most frequent delimiter of the first line, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});
