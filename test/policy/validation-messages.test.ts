import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CsPolicyError, definePolicy, policy20241007 } from '../../src/index.js';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CsPolicyError) return error.message;
  }
  return 'no CsPolicyError';
}

describe('validation messages (4.2.policy-change overrides) are ours whatever zod is configured to say', () => {
  const bad = () => definePolicy(policy20241007, { version: '2027-04-01', releases: { endOfSupportDays: -1 } });
  const before = messageOf(bad);

  afterAll(() => {
    z.config({ localeError: undefined, customError: undefined });
  });

  it('says what is wrong in plain words', () => {
    expect(before).toBe('invalid policy 2027-04-01: releases.endOfSupportDays: must be more than 0');
  });

  it('keeps the same words after an application loads full zod with its English locale', () => {
    // zod keeps its configuration in one global; an app that imports full zod (or playwright) sets it.
    z.config(z.locales.en());
    expect(messageOf(bad)).toBe(before);
    z.config({ customError: () => 'from the application' });
    expect(messageOf(bad)).toBe(before);
  });
});
