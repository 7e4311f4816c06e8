import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextLog } from './disk';

const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-store-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(40, '0');
const texts = ['{"a":1}', 'Kyiv — “quoted” ü', 'x'.repeat(70_000), '[]'];

function filled(name: string): string {
  const file = path.join(root, name);
  const log = new TextLog(file);
  texts.forEach((t, i) => log.set(key(i), t));
  log.close();
  return file;
}

describe('TextLog', () => {
  it('gives back every text after reopening, as text and as UTF-8 bytes', () => {
    const log = new TextLog(filled('plain.log'));
    texts.forEach((t, i) => {
      expect(log.get(key(i))).toBe(t);
      expect(Buffer.from(log.bytes(key(i))!).toString('utf8')).toBe(t);
    });
    expect(log.get(key(99))).toBeUndefined();
    log.close();
  });

  it('reads the log itself when the index does not describe it (entries appended after it was written)', () => {
    const file = filled('appended.log');
    appendFileSync(file, `${key(7)} late\n`);
    const log = new TextLog(file);
    expect(log.get(key(7))).toBe('late');
    expect(log.get(key(2))).toBe(texts[2]);
    log.close();
  });

  it('never returns another entry’s text when the index is wrong but the size matches', () => {
    const file = filled('wrong-index.log');
    const index = JSON.parse(readFileSync(`${file}.idx`, 'utf8')) as { entries: [string, number, number][] };
    // Swap the places of the first two entries.
    const [a, b] = index.entries;
    index.entries[0] = [a![0], b![1], b![2]];
    index.entries[1] = [b![0], a![1], a![2]];
    writeFileSync(`${file}.idx`, JSON.stringify(index));
    const log = new TextLog(file);
    expect(log.get(key(0))).toBeUndefined();
    expect(log.bytes(key(1))).toBeUndefined();
    expect(log.get(key(3))).toBe(texts[3]);
    log.close();
  });

  it('keeps only the entries in use when compacting, and reopens from the new index', () => {
    const file = filled('compact.log');
    const log = new TextLog(file);
    log.compact(new Set([key(1)]));
    log.close();
    const again = new TextLog(file);
    expect(again.size).toBe(1);
    expect(again.get(key(1))).toBe(texts[1]);
    expect(again.get(key(2))).toBeUndefined();
    again.close();
  });

  it('cuts off a last line a stopped build left unfinished', () => {
    const file = filled('torn.log');
    appendFileSync(file, `${key(8)} never finish`);
    const log = new TextLog(file);
    expect(log.get(key(8))).toBeUndefined();
    log.set(key(9), 'after');
    log.close();
    const again = new TextLog(file);
    expect(again.get(key(9))).toBe('after');
    expect(again.get(key(0))).toBe(texts[0]);
    again.close();
  });
});

describe('TextLog of bytes', () => {
  // Entries with newlines, spaces and a line-like run inside, an empty one, and a large one.
  const entries = [
    Buffer.from('a\nb\n'),
    Buffer.from(`\n${key(5)} fake\n`),
    Buffer.alloc(0),
    Buffer.alloc(70_000, 0x0a),
  ];

  function filledBytes(name: string): string {
    const file = path.join(root, name);
    const log = new TextLog(file, true);
    entries.forEach((e, i) => log.set(key(i), e));
    log.close();
    return file;
  }

  const bytesAt = (log: TextLog, i: number) => {
    const b = log.bytes(key(i));
    return b && Buffer.from(b);
  };

  it('gives back every entry after reopening, newlines inside included', () => {
    const log = new TextLog(filledBytes('bytes.log'), true);
    entries.forEach((e, i) => expect(bytesAt(log, i)).toEqual(e));
    expect(log.bytes(key(5))).toBeUndefined();
    log.close();
  });

  it('reads the log itself by the lengths in its lines when the index is gone, and cuts off an unfinished line', () => {
    const file = filledBytes('bytes-torn.log');
    rmSync(`${file}.idx`);
    appendFileSync(file, `${key(8)} 00000010 short`);
    const log = new TextLog(file, true);
    expect(log.size).toBe(entries.length);
    entries.forEach((e, i) => expect(bytesAt(log, i)).toEqual(e));
    expect(log.bytes(key(8))).toBeUndefined();
    log.set(key(9), Buffer.from('after\n'));
    log.close();
    rmSync(`${file}.idx`);
    const again = new TextLog(file, true);
    expect(bytesAt(again, 9)).toEqual(Buffer.from('after\n'));
    expect(bytesAt(again, 3)).toEqual(entries[3]);
    again.close();
  });

  it('never returns an entry whose line gives another length than the index', () => {
    const file = filledBytes('bytes-wrong-index.log');
    const index = JSON.parse(readFileSync(`${file}.idx`, 'utf8')) as { entries: [string, number, number][] };
    index.entries[0]![2] -= 1;
    writeFileSync(`${file}.idx`, JSON.stringify(index));
    const log = new TextLog(file, true);
    expect(log.bytes(key(0))).toBeUndefined();
    expect(bytesAt(log, 1)).toEqual(entries[1]);
    log.close();
  });

  it('keeps only the entries in use when compacting', () => {
    const file = filledBytes('bytes-compact.log');
    const log = new TextLog(file, true);
    log.compact(new Set([key(1)]));
    log.close();
    rmSync(`${file}.idx`);
    const again = new TextLog(file, true);
    expect(again.size).toBe(1);
    expect(bytesAt(again, 1)).toEqual(entries[1]);
    again.close();
  });
});
