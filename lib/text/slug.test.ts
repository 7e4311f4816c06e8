import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
  it('keeps ASCII letters and digits, joined by single dashes', () => {
    expect(slug('Winnipeg Free Press')).toBe('winnipeg-free-press');
    expect(slug('  --Putin cites "progress" in talks!-- ')).toBe('putin-cites-progress-in-talks');
  });

  it('drops accents and joins apostrophes', () => {
    expect(slug('Zelenskyy’s café')).toBe('zelenskyys-cafe');
    expect(slug("Moscow's ‘war’ `x`")).toBe('moscows-war-x');
  });

  it('cuts at maxWords, and is empty for text with no Latin letters or digits', () => {
    expect(slug('one two three four', 2)).toBe('one-two');
    expect(slug('Путин и Зеленский')).toBe('');
  });
});
