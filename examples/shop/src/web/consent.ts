import type { ConsentPurpose } from '../shared/types';

// The consent service behind the cookie banner. Analytics and marketing SDKs may only receive
// personal data after `hasConsent(purpose)` is true, or inside `onConsent(purpose, …)`.

type ConsentState = Record<ConsentPurpose, boolean>;

const STORAGE_KEY = 'shop.consent.v1';
const DEFAULT_STATE: ConsentState = { necessary: true, analytics: false, marketing: false };
const waiting = new Map<ConsentPurpose, Array<() => void>>();

function readState(): ConsentState {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<ConsentState>;
    return { ...DEFAULT_STATE, ...saved, necessary: true };
  } catch {
    return DEFAULT_STATE;
  }
}

export function hasConsent(purpose: ConsentPurpose): boolean {
  return readState()[purpose];
}

/** Called by the banner with the visitor's choices. */
export function setConsent(choices: Partial<ConsentState>): void {
  const next: ConsentState = { ...readState(), ...choices, necessary: true };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next)); // OK: consent choices are not personal data
  for (const purpose of Object.keys(next) as ConsentPurpose[]) {
    if (!next[purpose]) continue;
    for (const callback of waiting.get(purpose) ?? []) callback();
    waiting.delete(purpose);
  }
}

/** Runs `callback` once `purpose` is granted: now, or later when the visitor accepts. */
export function onConsent(purpose: ConsentPurpose, callback: () => void): void {
  if (hasConsent(purpose)) {
    callback();
    return;
  }
  waiting.set(purpose, [...(waiting.get(purpose) ?? []), callback]);
}
