import { AnalyticsBrowser } from '@segment/analytics-next';
import posthog from 'posthog-js';
import { hasConsent, onConsent } from './consent';
import { sha256Hex } from './secure-storage';
import type { Order, User } from '../shared/types';

// Product analytics (PostHog), the customer data pipeline (Segment) and the Meta ad pixel.
// All three need the visitor's consent before they receive anything about a person.

posthog.init('phc_example_project_key', { api_host: 'https://eu.i.posthog.com', persistence: 'memory' });
const segment = AnalyticsBrowser.load({ writeKey: 'example-write-key' });
const META_PIXEL_ID = '000000000000000';

/** Sends a signup event. Decides nothing about consent: every caller must check first. */
export function trackSignup(properties: Record<string, unknown>): void {
  posthog.capture('signed_up', properties);
}

/** First version, shipped before the cookie banner existed. */
export function identifyUserWithoutConsent(user: User): void {
  posthog.identify(user.id, { email: user.email, name: user.fullName }); // LEAK: privacy/no-pii-to-third-parties (analytics, no consent)
}

export function identifyUser(user: User): void {
  if (hasConsent('analytics')) {
    posthog.identify(user.id, { email: user.email, name: user.fullName }); // OK: consent-guarded
  }
}

export async function trackOrderCompleted(user: User, order: Order): Promise<void> {
  if (!hasConsent('analytics')) return;
  await segment.track('Order Completed', { orderId: order.id, revenue: order.totalCents / 100, currency: order.currency, email: user.email }); // OK: early return without consent
}

export async function identifyForAudiences(user: User): Promise<void> {
  // Skipping localhost keeps test data out of Segment; it is not the visitor's consent.
  if (window.location.hostname !== 'localhost') {
    await segment.identify(user.id, { email: user.email, phone: user.phoneNumber }); // LEAK: privacy/no-pii-to-third-parties (a hostname check is not consent)
  }
  await segment.identify(user.id, { emailSha256: await sha256Hex(user.email) }); // OK: hashed
}

export function initAdPixel(user: User): void {
  fbq('init', META_PIXEL_ID, { email: user.email }); // LEAK: privacy/no-pii-to-third-parties (advertising, no consent)
  onConsent('marketing', () => fbq('init', META_PIXEL_ID, { email: user.email })); // OK: runs only after marketing consent
  fbq('track', 'PageView'); // OK: no personal data
}
