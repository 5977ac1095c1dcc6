import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/architecture.md "Layers": calendar/ knows nothing of the policy (issue 8). The dependency
// runs one way: policy/ and the rules import the calendar, never the reverse.
const dir = fileURLToPath(new URL('../../src/calendar/', import.meta.url));

describe('the calendar knows nothing of the policy', () => {
  it('imports only from src/calendar, src/errors, src/freeze, src/validate, the shared vocabulary and packages', () => {
    // The vocabulary (the Bilingual type, isPlainObject) is shared by every layer and knows nothing of the policy.
    const allowed = new Set([
      '../errors.js',
      '../freeze.js',
      '../validate.js',
      '../words/bilingual.js',
      '../values.js',
    ]);
    const outside: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(dir + file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (spec!.startsWith('./') || !spec!.startsWith('.') || allowed.has(spec!)) continue;
        outside.push(`${file}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('would notice an import from the policy (the pattern matches one)', () => {
    const sample = "import { calendarOf } from '../policy/context.js';";
    expect([...sample.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1])).toEqual([
      '../policy/context.js',
    ]);
  });
});
