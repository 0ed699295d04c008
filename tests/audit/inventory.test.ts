import { describe, expect, it } from 'vitest';
import { consentForCategory } from '../../src/audit/inventory.js';
import type { InventoryRecipient } from '../../src/audit/result.js';

describe('Records of processing: consent per category', () => {
  // A vendor that gets the email under consent and the phone without: the phone's row must not
  // borrow the vendor-wide "partly-guarded".
  const segment: InventoryRecipient = {
    name: 'Segment',
    purpose: 'analytics',
    categories: ['contact.email', 'contact.phone'],
    consent: 'partly-guarded',
    evidence: [
      { file: 'a.ts', line: 1, target: 'analytics.track', status: 'consented', categories: ['contact.email'] },
      { file: 'a.ts', line: 2, target: 'analytics.track', status: 'violation', categories: ['contact.phone'] },
    ],
  };

  it('judges each category by its own flows', () => {
    expect(consentForCategory(segment, 'contact.email')).toBe('guarded');
    expect(consentForCategory(segment, 'contact.phone')).toBe('not-guarded');
  });
});
