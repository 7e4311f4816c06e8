import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types';
import { compareDiagnostics } from './plan';

describe('compareDiagnostics', () => {
  it('orders files by code unit, not by locale (the same on every machine)', () => {
    const at = (file: string): Diagnostic => ({ file, severity: 'warning', message: 'm' });
    const files = ['a_b.txt', 'a1.txt', 'a.txt', 'B.txt'].map(at).sort(compareDiagnostics);
    // localeCompare would give a_b.txt before a1.txt, and a.txt before B.txt.
    expect(files.map((d) => d.file)).toEqual(['B.txt', 'a.txt', 'a1.txt', 'a_b.txt']);
  });

  it('then by line, severity and message', () => {
    const d = (line: number | undefined, severity: Diagnostic['severity'], message: string): Diagnostic => ({
      file: 'f.jsonl',
      ...(line === undefined ? {} : { line }),
      severity,
      message,
    });
    const sorted = [
      d(2, 'error', 'x'),
      d(1, 'warning', 'b'),
      d(1, 'warning', 'B'),
      d(1, 'error', 'z'),
      d(undefined, 'warning', 'w'),
    ].sort(compareDiagnostics);
    expect(sorted).toEqual([
      d(undefined, 'warning', 'w'),
      d(1, 'error', 'z'),
      d(1, 'warning', 'B'),
      d(1, 'warning', 'b'),
      d(2, 'error', 'x'),
    ]);
  });
});
