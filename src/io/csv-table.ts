// One CSV file → a table of text cells with the spreadsheet row of each record, read by
// papaparse: delimiter detected among ",", ";" and tab, quoted fields (with delimiters, quotes
// and line breaks inside), CRLF or LF, a byte order mark. Problems name the row (the header is
// row 1, as a spreadsheet numbers it) and, where it applies, the column.
import * as PapaModule from 'papaparse';
import type { ImportProblem } from './import-types';
import { IMPORT_LIMITS } from './limits';

// papaparse is a CommonJS module: bundlers give its functions as named exports, Node as `default`.
const Papa = (PapaModule as unknown as { default?: typeof PapaModule }).default ?? PapaModule;

export type CsvFile = { name: string; text: string };

export type CsvRow = { row: number; cells: string[] };

export type CsvTable = {
  file: string;
  delimiter: string;
  headers: string[];
  rows: CsvRow[];
};

export type TableResult = { ok: true; table: CsvTable } | { ok: false; problems: ImportProblem[] };

const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
};

export function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter);
}

/** Parley's CSV export puts a ' before text a spreadsheet would run as a formula: taken off. */
export function unprotectFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function readCsvTable(file: CsvFile): TableResult {
  const text = file.text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const problems: ImportProblem[] = [];
  for (const error of parsed.errors) {
    // One column gives no delimiter to detect; field counts are checked below, per row.
    if (error.code === 'UndetectableDelimiter' || error.type === 'FieldMismatch') continue;
    const row = error.row === undefined ? '' : `row ${error.row + 1}`;
    const message =
      error.code === 'MissingQuotes'
        ? 'a quoted field is never closed (a " is missing)'
        : `the quotes are not where CSV allows them (${error.message})`;
    problems.push({ file: file.name, path: row || '(file)', message });
  }
  if (problems.length > 0) return { ok: false, problems };

  const records = parsed.data;
  const headerIndex = records.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex === -1) {
    return {
      ok: false,
      problems: [{ file: file.name, path: '(file)', message: 'the CSV file is empty' }],
    };
  }
  const headers = (records[headerIndex] as string[]).map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i] as string[];
    if (cells.every((c) => c.trim() === '')) continue;
    const row = i + 1;
    const extra = cells.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        file: file.name,
        path: `row ${row}`,
        message: `has ${cells.length} fields but the header has ${headers.length} (a delimiter or quote out of place?)`,
      });
      continue;
    }
    cells.forEach((cell, c) => {
      if (cell.length > IMPORT_LIMITS.maxStringLength) {
        problems.push({
          file: file.name,
          path: `row ${row}, column ${JSON.stringify(headers[c] ?? String(c + 1))}`,
          message: `is ${cell.length.toLocaleString('en-US')} characters long; Parley reads text values of at most ${IMPORT_LIMITS.maxStringLength.toLocaleString('en-US')} characters`,
        });
      }
    });
    rows.push({ row, cells: cells.map(unprotectFormula) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, table: { file: file.name, delimiter: parsed.meta.delimiter, headers, rows } };
}
