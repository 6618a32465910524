import { describe, expect, it } from 'vitest';
import type { Establishment } from '../../src/actors/types.js';
import { IMPORTED_COLUMNS } from '../../src/node/io/finess-write.js';
import { readEstablishments } from '../../src/node/io/read-establishments.js';
import { establishmentCells, establishmentsToCsv } from '../../src/node/io/write-csv.js';

const corsica: Establishment = {
  finess: '2A0000014',
  name: 'CH d’Ajaccio, « test »',
  level: 'legal-entity',
  status: 'public',
  activities: ['MCO', 'PSY'],
  department: '2A',
  ght: 'GHT-2A',
  category: '355',
};

describe('establishmentsToCsv', () => {
  it('writes every field palier reads back, department included', () => {
    const read = readEstablishments(establishmentsToCsv([corsica]), 'e.csv', 'csv');
    expect(read.problems).toEqual([]);
    expect(read.values).toEqual([corsica]);
  });

  it('writes an unknown status and unknown activities as `unknown`, which read back as unset', () => {
    const unknown: Establishment = { finess: '970100012', name: 'X', level: 'site' };
    expect(establishmentCells(unknown).slice(3, 6)).toEqual(['unknown', '', 'unknown']);
    const read = readEstablishments(establishmentsToCsv([unknown]), 'e.csv', 'csv');
    expect(read.values).toEqual([unknown]);
  });

  it('shares its columns with the FINESS import, which only adds the register’s', () => {
    const header = establishmentsToCsv([]).trimEnd().split(',');
    expect(IMPORTED_COLUMNS.slice(0, header.length)).toEqual(header);
    expect(IMPORTED_COLUMNS).toContain('activity_hints');
  });
});
