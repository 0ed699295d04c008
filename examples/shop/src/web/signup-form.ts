import { trackSignup } from './analytics';
import { hasConsent } from './consent';
import { encrypt } from './secure-storage';
import type { SignupInput, User } from '../shared/types';

const DRAFT_KEY = 'signup.draft';

function readForm(form: HTMLFormElement): SignupInput {
  const data = new FormData(form);
  return {
    email: String(data.get('email') ?? ''),
    fullName: String(data.get('fullName') ?? ''),
    phoneNumber: String(data.get('phoneNumber') ?? ''),
    password: String(data.get('password') ?? ''),
    marketingOptIn: data.get('marketingOptIn') === 'on',
  };
}

/** Keeps what the visitor typed across reloads (never the password). */
export async function saveDraft(form: HTMLFormElement): Promise<void> {
  const { email, fullName, phoneNumber } = readForm(form);
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ email, fullName, phoneNumber })); // LEAK: privacy/no-unencrypted-pii-storage (contact data in localStorage)
  localStorage.setItem(DRAFT_KEY, await encrypt(JSON.stringify({ email, fullName, phoneNumber }))); // OK: encrypted before storage
}

export async function submitSignup(form: HTMLFormElement): Promise<User> {
  const input = readForm(form);
  const response = await fetch('/api/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }); // OK: our own API (relative URL)
  if (!response.ok) throw new Error(`signup failed with status ${response.status}`);
  const user = (await response.json()) as User;
  localStorage.removeItem(DRAFT_KEY);

  trackSignup({ email: input.email, plan: 'free' }); // LEAK: privacy/no-pii-to-third-parties (typed, cross-file: trackSignup sends to PostHog, no consent)
  if (hasConsent('analytics')) {
    trackSignup({ email: input.email, plan: 'free' }); // OK: consent-guarded at the call site
  }
  trackSignup({ plan: 'free', marketingOptIn: input.marketingOptIn }); // OK: no personal data

  document.cookie = `signup_email=${input.email}; path=/; max-age=2592000`; // LEAK: privacy/no-unencrypted-pii-storage (email in a cookie)
  document.cookie = 'signup_done=1; path=/; max-age=2592000'; // OK: no personal data

  // Company lookup by a data-enrichment vendor, to pre-fill the B2B invoice form.
  await fetch('https://api.enrichment-vendor.example.net/v2/person', { method: 'POST', body: JSON.stringify({ email: input.email, phone: input.phoneNumber }) }); // LEAK: privacy/no-pii-to-third-parties (unknown external host, no consent)
  await fetch('https://api.shop.example.com/v1/welcome-email', { method: 'POST', body: JSON.stringify({ email: input.email }) }); // OK: our own host (settings.privacy.firstPartyHosts)

  return user;
}
