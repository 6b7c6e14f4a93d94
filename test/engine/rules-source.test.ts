import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * Lexicon patterns are regular expressions written inside JavaScript string literals, so every
 * escape is doubled ('\\s', '\\d'). A single backslash is eaten by the string: '\s' is the letter s
 * and '\b' a backspace, and the row silently matches something else (a row '起步价\s?[+＋]' read
 * "起步价s?[+＋]" until this test). No escape of a regex class may appear single in the rule files.
 */
const dir = new URL('../../src/rules/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('rule files write regex escapes doubled', () => {
  test.each(files)('%s', (file) => {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    const bad = lines.flatMap((line, i) => (/(?<!\\)\\[sdwbSDWBpP]/.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 100)}`] : []));
    expect(bad).toEqual([]);
  });

  test('the check finds a single escape', () => {
    expect(/(?<!\\)\\[sdwbSDWBpP]/.test(String.raw`['起步价\s?']`)).toBe(true);
    expect(/(?<!\\)\\[sdwbSDWBpP]/.test(String.raw`['起步价\\s?']`)).toBe(false);
  });
});
