import type { TestCaseError } from '@typescript-eslint/rule-tester';
import rule from '../../rules/no-pii-to-third-parties.js';
import type { ReportMessageId } from '../../src/eslint/report-flows.js';
import { strictAssertions, typedTester, untypedTester } from '../rule-tester.js';

// ─── Expected findings ────────────────────────────────────────────────────────────────────────

interface Recipient {
  readonly vendor: string;
  readonly purpose: string;
}

interface Sent extends Recipient {
  readonly category: string;
  readonly source: string;
  readonly sourceLine: number;
  readonly sink: string;
  /** ` via \`track()\`` when the data reaches the sink through a wrapper. */
  readonly via?: string;
}

/** Where the finding is reported: the expression that carries the data into the sink. */
type Span = readonly [line: number, column: number, endLine: number, endColumn: number];

function finding(messageId: 'piiSentToThirdParty' | 'piiSentToMonitoring', sent: Sent, span: Span): TestCaseError<ReportMessageId> {
  const [line, column, endLine, endColumn] = span;
  const { category, source, sourceLine, sink, vendor, purpose, via = '' } = sent;
  return {
    messageId,
    data: { category, source, sourceLine: String(sourceLine), sink, vendor, purpose, store: 'a store', via },
    line,
    column,
    endLine,
    endColumn,
  };
}

/** Analytics, advertising, marketing, CRM, session replay, enrichment, support, HTTP: consent needed. */
const sentTo = (sent: Sent, span: Span) => finding('piiSentToThirdParty', sent, span);
/** Monitoring and error tracking: no personal data at all. */
const sentToMonitoring = (sent: Sent, span: Span) => finding('piiSentToMonitoring', sent, span);

/** [vendor, purpose as the message says it, code whose last line sends `user.email`, sink]. */
const widgetCases: readonly (readonly [string, string, string, string])[] = [
  ['Umami', 'analytics', "umami.track('signup', { email: user.email });", 'umami.track'],
  ['Matomo', 'analytics', "_paq.push(['setUserId', user.email]);", '_paq.push'],
  ['Yandex Metrica', 'analytics', "ym(123, 'userParams', { email: user.email });", 'ym'],
  ['Kissmetrics', 'analytics', "_kmq.push(['identify', user.email]);", '_kmq.push'],
  ['Userpilot', 'analytics', "import { Userpilot } from 'userpilot';\nUserpilot.identify(user.id, { email: user.email });", 'Userpilot.identify'],
  ['Appcues', 'analytics', 'Appcues.identify(user.id, { email: user.email });', 'Appcues.identify'],
  ['Gainsight PX', 'analytics', "aptrinsic('identify', { id: user.id, email: user.email });", 'aptrinsic'],
  ['Sprig', 'analytics', "Sprig('setEmail', user.email);", 'Sprig'],
  ['Smartlook', 'session replay', "import Smartlook from 'smartlook-client';\nSmartlook.identify(user.id, { email: user.email });", 'Smartlook.identify'],
  ['Snap Pixel', 'advertising', "snaptr('init', 'pixel-id', { user_email: user.email });", 'snaptr'],
  ['Pinterest Tag', 'advertising', "pintrk('load', 'tag-id', { em: user.email });", 'pintrk'],
  ['Reddit Pixel', 'advertising', "rdt('init', 'pixel-id', { email: user.email });", 'rdt'],
  ['Microsoft Advertising (UET)', 'advertising', "window.uetq.push('set', { pid: { em: user.email } });", 'window.uetq.push'],
  ['OneSignal', 'marketing', "import OneSignal from 'react-onesignal';\nOneSignal.User.addEmail(user.email);", 'OneSignal.User.addEmail'],
  ['Crisp', 'support', "import { Crisp } from 'crisp-sdk-web';\nCrisp.user.setEmail(user.email);", 'Crisp.user.setEmail'],
  ['Crisp', 'support', "$crisp.push(['set', 'user:email', [user.email]]);", '$crisp.push'],
  ['Drift', 'support', 'drift.identify(user.id, { email: user.email });', 'drift.identify'],
  ['Zendesk', 'support', "zE('webWidget', 'identify', { email: user.email });", 'zE'],
  ['Help Scout', 'support', "Beacon('identify', { email: user.email });", 'Beacon'],
  ['Chatwoot', 'support', 'window.$chatwoot.setUser(user.id, { email: user.email });', 'window.$chatwoot.setUser'],
  ['Tawk.to', 'support', 'Tawk_API.setAttributes({ email: user.email }, () => {});', 'Tawk_API.setAttributes'],
  ['Freshchat', 'support', 'window.fcWidget.user.setEmail(user.email);', 'window.fcWidget.user.setEmail'],
  ['LiveChat', 'support', "LiveChatWidget.call('set_customer_email', user.email);", 'LiveChatWidget.call'],
  // Vendor API hosts reached without an SDK.
  ['Loops', 'marketing', "await fetch('https://app.loops.so/api/v1/contacts/create', { method: 'POST', body: JSON.stringify({ email: user.email }) });", 'fetch'],
  ['Attio', 'crm', "await fetch('https://api.attio.com/v2/objects/people/records', { method: 'POST', body: JSON.stringify({ email: user.email }) });", 'fetch'],
];

const EMAIL = 'Email address (contact.email)';
const PHONE = 'Phone number (contact.phone)';
const DOB = 'Date of birth (identity.date-of-birth)';
const FULL_NAME = 'Full name (identity.full-name)';
const SSN = 'Social Security number (gov.ssn)';
const CARD = 'Payment card number (financial.card-number)';
const DIAGNOSIS = 'Diagnosis (special.diagnosis)';
const IP = 'IP address (online.ip-address)';

const SEGMENT: Recipient = { vendor: 'Segment', purpose: 'analytics' };
const MIXPANEL: Recipient = { vendor: 'Mixpanel', purpose: 'analytics' };
const AMPLITUDE: Recipient = { vendor: 'Amplitude', purpose: 'analytics' };
const POSTHOG: Recipient = { vendor: 'PostHog', purpose: 'analytics' };
const GTAG: Recipient = { vendor: 'Google Analytics (gtag.js)', purpose: 'analytics' };
const GTM: Recipient = { vendor: 'Google Tag Manager', purpose: 'analytics' };
const HEAP: Recipient = { vendor: 'Heap', purpose: 'analytics' };
const PENDO: Recipient = { vendor: 'Pendo', purpose: 'analytics' };
const SNOWPLOW: Recipient = { vendor: 'Snowplow', purpose: 'analytics' };
const RUDDERSTACK: Recipient = { vendor: 'RudderStack', purpose: 'analytics' };
const HOTJAR: Recipient = { vendor: 'Hotjar', purpose: 'session replay' };
const FULLSTORY: Recipient = { vendor: 'FullStory', purpose: 'session replay' };
const LOGROCKET: Recipient = { vendor: 'LogRocket', purpose: 'session replay' };
const INTERCOM: Recipient = { vendor: 'Intercom', purpose: 'support' };
const BRAZE: Recipient = { vendor: 'Braze', purpose: 'marketing' };
const CUSTOMER_IO: Recipient = { vendor: 'Customer.io', purpose: 'marketing' };
const MAILCHIMP: Recipient = { vendor: 'Mailchimp', purpose: 'marketing' };
const HUBSPOT: Recipient = { vendor: 'HubSpot', purpose: 'crm' };
const CLEARBIT: Recipient = { vendor: 'Clearbit', purpose: 'enrichment' };
const META_PIXEL: Recipient = { vendor: 'Meta Pixel', purpose: 'advertising' };
const TIKTOK_PIXEL: Recipient = { vendor: 'TikTok Pixel', purpose: 'advertising' };
const LINKEDIN: Recipient = { vendor: 'LinkedIn Insight Tag', purpose: 'advertising' };
const SENTRY: Recipient = { vendor: 'Sentry', purpose: 'error tracking' };
const BUGSNAG: Recipient = { vendor: 'Bugsnag', purpose: 'error tracking' };
const DATADOG: Recipient = { vendor: 'Datadog', purpose: 'monitoring' };
const NEW_RELIC: Recipient = { vendor: 'New Relic', purpose: 'monitoring' };
/** An HTTP call to a host the project does not own. */
const host = (name: string): Recipient => ({ vendor: name, purpose: 'purpose unknown' });
const UNKNOWN_HOST: Recipient = { vendor: 'an unknown host', purpose: 'purpose unknown' };

const strict = [{ strict: true }] as const;
const privacySettings = (privacy: Record<string, unknown>) => ({ privacy });

untypedTester().run('no-pii-to-third-parties', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'widget snippets with nothing personal, and a local variable that shares a global snippet name',
      code: `
export function tick(expected: number, drift = Date.now() - expected) {
  drift.identify?.(user.email);
  _paq.push(['trackPageView']);
  Beacon('open');
  Sprig('track', 'opened');
  ym(123, 'hit', location.href);
  zE('webWidget', 'open');
}
`,
    },
    {
      name: 'what a web framework hands to its route callback (req, res) is no SDK',
      code: `
import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.json({ email: user.email });
  res.send(user.phone);
});
`,
    },
    {
      name: 'a project function that only shares a global\'s name (a gtag stub with a body) is the project\'s',
      code: `
function gtag(...args: unknown[]): void {
  queue.push(args.length);
}
gtag('event', 'purchase', { user_email: customer.email });
`,
    },
    {
      name: 'regression (real code): a WhatsApp notification through Bird\'s API is transactional messaging',
      code: `
export async function notify(phoneNumber: string, text: string) {
  await fetch(\`https://api.bird.com/workspaces/\${workspaceId}/channels/\${channelId}/messages\`, {
    method: 'POST',
    body: JSON.stringify({ receiver: { contacts: [{ identifierValue: phoneNumber }] }, body: { type: 'text', text: { text } } }),
  });
}
`,
    },
    {
      name: 'regression (real code): a configuration value under a personal key is configuration ({ workerName: config.name })',
      code: `
import * as Sentry from '@sentry/node';
worker.on('error', (err) => {
  Sentry.captureException(err, { tags: { workerName: config.name, ownerEmail: this.settings.smtp.user } });
});
`,
    },
    {
      name: 'AI model providers process a prompt under contract (OpenAI, Anthropic, Google, the Vercel AI SDK, their API hosts): no consent finding',
      code: `
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenerativeAI } from '@google/generative-ai';
import { generateText } from 'ai';
const openai = new OpenAI();
const anthropic = new Anthropic();
const gemini = new GoogleGenerativeAI(key).getGenerativeModel({ model: 'gemini-2.0-flash' });
export async function draft(user: { email: string; name: string }) {
  await openai.chat.completions.create({ model: 'gpt-5', messages: [{ role: 'user', content: \`Write to \${user.email}\` }] });
  await anthropic.messages.create({ model: 'claude', max_tokens: 100, messages: [{ role: 'user', content: user.name }] });
  await gemini.generateContent(\`Summarise the emails of \${user.email}\`);
  await generateText({ model, prompt: \`Greet \${user.name}\` });
  await fetch('https://api.openai.com/v1/responses', { method: 'POST', body: JSON.stringify({ input: user.email }) });
}
`,
    },
    {
      name: 'regression (real code): HTTP to a hosting provider\'s API (Vercel Edge Config) is an essential processor',
      code: `
export async function blockEmail(email: string, emails: string[]) {
  await fetch(\`https://api.vercel.com/v1/edge-config/\${process.env.EDGE_CONFIG_ID}/items\`, {
    method: 'PATCH',
    body: JSON.stringify({ items: [{ operation: 'update', key: 'emails', value: [...emails, email] }] }),
  });
}
`,
    },
    {
      name: 'HTTP to a payment processor\'s API host (Stripe) is an essential processor: no consent needed',
      code: `
export async function createCustomer(email: string) {
  await fetch('https://api.stripe.com/v1/customers', { method: 'POST', body: new URLSearchParams({ email }) });
}
`,
    },
    {
      name: 'a field destructured from a consent hook (const { analytics } = useConsent()) is consent',
      code: `
const { analytics } = useConsent();
if (analytics) mixpanel.track('Signup', { phone: user.phoneNumber });
`,
    },
    {
      name: 'consent held in a constant: const ok = hasConsent(…); ok ? track() : null',
      code: `
const ok = hasConsent('analytics');
ok ? mixpanel.track('Signup', { phone: user.phoneNumber }) : null;
`,
    },
    {
      name: 'consent held in a constant, early return: if (!allowed) return',
      code: `
export async function signup() {
  const allowed = await cmp.getConsent('analytics');
  if (!allowed) return;
  mixpanel.track('Signup', { phone: user.phoneNumber });
}
`,
    },
    {
      name: 'Amplitude identify with an Identify built inline from non-personal properties',
      code: `
import { Identify, identify } from '@amplitude/analytics-browser';
identify(new Identify().set('plan', account.plan).setOnce('signup_source', 'web'));
`,
    },
    {
      name: 'FullStory v2: an event with no personal data, and init, are not leaks',
      code: `
import { FullStory, init } from '@fullstory/browser';
init({ orgId: 'o-123' });
FullStory('trackEvent', { name: 'upgrade', properties: { plan: 'pro' } });
`,
    },
    { name: 'regression: an axios instance with a relative baseURL is first party', code: "import axios from 'axios';\nconst api = axios.create({ baseURL: '/api' });\napi.post('/leads', { email: user.email });" },

    // ─── First-party destinations ────────────────────────────────────────────────────────────
    {
      name: 'fetch to a relative /api URL is first party',
      code: "fetch('/api/profile', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
    },
    {
      name: 'fetch to `${location.origin}/…` is first party',
      code: 'fetch(`${location.origin}/api/profile`, { method: \'POST\', body: JSON.stringify({ email: user.email }) });',
    },
    {
      name: 'fetch to `${window.location.origin}/…` is first party',
      code: 'fetch(`${window.location.origin}/api/profile`, { method: \'POST\', body: JSON.stringify({ email: user.email }) });',
    },
    {
      name: 'fetch to new URL(path, location.origin) is first party',
      code: "fetch(new URL('/api/profile', location.origin), { method: 'POST', body: JSON.stringify({ email: user.email }) });",
    },
    {
      name: 'a const relative base in a template URL is first party',
      code: `
const API = '/api';
fetch(\`\${API}/users\`, { method: 'POST', body: JSON.stringify({ email: user.email }) });
`,
    },
    {
      name: 'localhost is first party',
      code: "fetch('http://localhost:3000/api', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
    },
    {
      name: 'a host listed in settings.privacy.firstPartyHosts is first party',
      code: "fetch('https://api.example.com/profile', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
      settings: privacySettings({ firstPartyHosts: ['api.example.com'] }),
    },
    {
      name: 'a subdomain matching a *.example.com firstPartyHosts wildcard is first party',
      code: `
import axios from 'axios';
axios.post('https://auth.eu.example.com/register', { email: user.email });
`,
      settings: privacySettings({ firstPartyHosts: ['*.example.com'] }),
    },
    {
      name: 'a URL the analysis cannot resolve is reported only in strict mode',
      code: `
export function send(url: string, user: { email: string }) {
  return fetch(url, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
    },

    // ─── Essential processors (under contract, no consent needed) ───────────────────────────
    {
      name: 'Stripe customers.create with the email and name',
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(key);
await stripe.customers.create({ email: user.email, name: user.fullName });
`,
    },
    {
      name: 'Twilio messages.create to the user’s phone',
      code: `
import twilio from 'twilio';
const client = twilio(sid, token);
await client.messages.create({ to: user.phoneNumber, from: '+15550000000', body: 'Your code' });
`,
    },
    {
      name: 'SendGrid send to the user’s email',
      code: `
import sgMail from '@sendgrid/mail';
await sgMail.send({ to: user.email, from: 'noreply@example.com', subject: 'Welcome' });
`,
    },

    // ─── Consent guards ──────────────────────────────────────────────────────────────────────
    {
      name: 'inside if (hasConsent(\'analytics\'))',
      code: `
if (hasConsent('analytics')) {
  analytics.track('Signup', { email: user.email });
}
`,
    },
    {
      name: 'inside if (consent.analytics)',
      code: `
if (consent.analytics) posthog.capture('signup', { email: user.email });
`,
    },
    {
      name: 'right of hasConsent() &&',
      code: "hasConsent('analytics') && mixpanel.track('Signup', { email: user.email });",
    },
    {
      name: 'in the true branch of a consent ternary',
      code: "const sent = consent.marketing ? fbq('track', 'Lead', { em: user.email }) : undefined;",
    },
    {
      name: 'after if (!consent.analytics) return',
      code: `
function trackSignup(user: User) {
  if (!consent.analytics) return;
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'after if (!hasConsent()) { throw }',
      code: `
function trackSignup(user: User) {
  if (!hasConsent('analytics')) {
    throw new Error('no consent');
  }
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'early return with a compound negated check',
      code: `
function f(user: User) {
  if (!user || !consent.analytics) return;
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'inside a try block after an early return',
      code: `
function f(user: User) {
  if (!hasConsent('analytics')) return;
  try {
    analytics.identify(user.id, { email: user.email });
  } catch {}
}
`,
    },
    {
      name: 'nested ifs with the consent check in the middle',
      code: `
if (user.loggedIn) {
  if (consentStore.get('analytics')) {
    if (user.plan === 'pro') heap.identify(user.email);
  }
}
`,
    },
    {
      name: 'consent && another condition',
      code: `
if (consent.analytics && user.email) {
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'await hasConsent() as the condition',
      code: `
async function f(user: User) {
  if (await hasConsent('analytics')) analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'in the else branch of a negated consent check',
      code: `
if (!hasConsent('analytics')) {
  console.debug('skipped');
} else {
  amplitude.setUserId(user.email);
}
`,
    },
    {
      name: 'consent === \'granted\'',
      code: `
if (consent.analytics === 'granted') {
  analytics.track('Signup', { email: user.email });
}
`,
    },
    {
      name: 'switch (consentStatus) case \'granted\'',
      code: `
switch (consentStatus) {
  case 'granted':
    analytics.identify(user.id, { email: user.email });
    break;
  default:
    break;
}
`,
    },
    {
      name: 'a callback inside a guarded block',
      code: `
if (consent.analytics) {
  users.forEach((u) => analytics.identify(u.id, { email: u.email }));
}
`,
    },
    {
      name: 'onConsent(\'analytics\', callback)',
      code: "onConsent('analytics', () => analytics.identify(user.id, { email: user.email }));",
    },
    {
      name: '__tcfapi(\'addEventListener\', 2, callback)',
      code: `
__tcfapi('addEventListener', 2, (tcData) => {
  analytics.identify(user.id, { email: user.email });
});
`,
    },
    {
      name: 'OneTrust.OnConsentChanged(callback)',
      code: `
OneTrust.OnConsentChanged(() => {
  posthog.identify(user.id, { email: user.email });
});
`,
    },
    {
      name: 'window.addEventListener(\'CookiebotOnAccept\', callback)',
      code: `
window.addEventListener('CookiebotOnAccept', () => {
  mixpanel.people.set({ $email: user.email });
});
`,
    },
    {
      name: 'requestConsent().then(callback)',
      code: "requestConsent('analytics').then(() => posthog.capture('signup', { email: user.email }));",
    },
    {
      name: 'Cookiebot.consent.statistics read',
      code: `
if (Cookiebot.consent.statistics) {
  gtag('event', 'login', { email: user.email });
}
`,
    },
    {
      name: 'regression (probe): a CMP read through a cast of window, and an indexOf test of the active groups',
      code: `
if ((window as any).OnetrustActiveGroups?.includes('C0002')) posthog.capture('a', { email: user.email });
if (OnetrustActiveGroups.indexOf('C0002') > -1) posthog.capture('b', { email: user.email });
if (window.OptanonActiveGroups.indexOf('C0004') !== -1) posthog.capture('c', { email: user.email });
if ((window as Window & { Cookiebot: any }).Cookiebot.consent.statistics) posthog.capture('d', { email: user.email });
`,
    },
    {
      name: 'regression (probe): an SDK initialised to wait for an opt-in (PostHog, Mixpanel, Amplitude) sends nothing before consent',
      code: `
import posthog from 'posthog-js';
import mixpanel from 'mixpanel-browser';
import * as amplitude from '@amplitude/analytics-browser';
posthog.init('key', { api_host: 'https://eu.i.posthog.com', opt_out_capturing_by_default: true });
mixpanel.init('token', { opt_out_tracking_by_default: true });
amplitude.init('key', { optOut: true });
export function identify(user: { id: string; email: string }) {
  posthog.identify(user.id, { email: user.email });
  mixpanel.people.set({ $email: user.email });
  amplitude.setUserId(user.email);
}
`,
    },
    {
      name: "regression (known gap): Cookiebot's declared callbacks run after the user accepts (a function declaration, or one assigned to window)",
      code: `
function CookiebotCallback_OnAccept() {
  posthog.identify(user.id, { email: user.email });
}
window.CookiebotCallback_OnAccept = () => posthog.capture('accepted', { email: user.email });
`,
    },
    {
      name: 'window.OnetrustActiveGroups.includes(\'C0002\') read',
      code: `
if (window.OnetrustActiveGroups.includes('C0002')) {
  dataLayer.push({ event: 'login', email: user.email });
}
`,
    },
    {
      name: 'Osano.cm.analytics read',
      code: `
if (Osano.cm.analytics) {
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'Didomi.getUserConsentStatusForPurpose() read',
      code: `
if (Didomi.getUserConsentStatusForPurpose('analytics')) {
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'after await requireConsent(\'analytics\')',
      code: `
async function identify(user: User) {
  await requireConsent('analytics');
  analytics.identify(user.id, { email: user.email });
}
`,
    },
    {
      name: 'a local function whose every caller is guarded',
      code: `
function identifyUser(user: User) {
  analytics.identify(user.id, { email: user.email });
}
if (hasConsent('analytics')) identifyUser(currentUser);
export function onLogin(u: User) {
  if (!consent.analytics) return;
  identifyUser(u);
}
`,
    },
    {
      name: 'a local arrow function whose only caller is guarded',
      code: `
const identifyUser = (user: User) => analytics.identify(user.id, { email: user.email });
if (hasConsent('analytics')) identifyUser(currentUser);
`,
    },
    {
      name: 'a project consent check from settings.privacy.consentChecks',
      code: `
if (privacyPrefs.statistics) {
  analytics.identify(user.id, { email: user.email });
}
`,
      settings: privacySettings({ consentChecks: ['privacyPrefs'] }),
    },
    {
      name: 'a project consent callback from settings.privacy.consentCallbacks',
      code: `
afterCmpReady(() => {
  analytics.identify(user.id, { email: user.email });
});
`,
      settings: privacySettings({ consentCallbacks: ['afterCmpReady'] }),
    },
    {
      name: 'monitoring under a consent check',
      code: `
import * as Sentry from '@sentry/browser';
if (hasConsent('analytics')) Sentry.setUser({ email: user.email });
`,
    },

    // ─── Hashed, pseudonymised, redacted ─────────────────────────────────────────────────────
    {
      name: 'sha256(user.email)',
      code: `
import { sha256 } from './crypto';
analytics.identify(sha256(user.email));
`,
    },
    {
      name: 'hashEmail(user.email) for Meta advanced matching',
      code: "fbq('init', '1234567890', { em: hashEmail(user.email) });",
    },
    {
      name: 'a variable holding a hash',
      code: `
const hashed = sha256(user.email.trim().toLowerCase());
fbq('init', '1234567890', { em: hashed });
`,
    },
    {
      name: 'node:crypto createHash chain',
      code: `
import { createHash } from 'node:crypto';
analytics.identify(createHash('sha256').update(user.email).digest('hex'));
`,
    },
    {
      name: 'pseudonymize(user.email)',
      code: 'analytics.identify(pseudonymize(user.email));',
    },
    {
      name: 'redact(user.email)',
      code: `
import { redact } from './privacy';
analytics.track('Signup', { email: redact(user.email) });
`,
    },
    {
      name: 'maskEmail(user.email)',
      code: 'analytics.identify(user.id, { email: maskEmail(user.email) });',
    },

    // ─── Not personal data ───────────────────────────────────────────────────────────────────
    {
      name: 'plan and opaque user id',
      code: "analytics.track('Upgrade', { plan: user.plan, userId: user.id });",
    },
    {
      name: 'mixpanel.identify(user.id)',
      code: 'mixpanel.identify(user.id);',
    },
    {
      name: 'booleans about PII are not PII',
      code: "posthog.capture('profile', { emailVerified: user.emailVerified, hasPhone: user.hasPhone });",
    },
    {
      name: 'an event name that mentions email',
      code: "analytics.track('Email Changed');",
    },
    {
      name: 'a string literal value under an email key',
      code: "analytics.track('Signup', { email: 'test@example.com' });",
    },
    {
      name: 'the literal word email as a value',
      code: "analytics.track('Clicked email link', { channel: 'email' });",
    },
    {
      name: 'file.name and file.size',
      code: "heap.track('Upload', { fileName: file.name, size: file.size });",
    },
    {
      name: 'product.name',
      code: "analytics.track('Add to cart', { name: product.name, price: product.price });",
    },
    {
      name: 'the organisation’s support email',
      code: "Intercom('boot', { app_id: 'abc', supportEmail: config.supportEmail });",
    },
    {
      name: 'Intercom boot with only the user id',
      code: "Intercom('boot', { app_id: 'abc', user_id: user.id });",
    },
    {
      name: 'password and email hashes',
      code: "analytics.track('Login', { passwordHash: user.passwordHash, emailHash: user.emailHash });",
    },
    {
      name: 'an IP address is low sensitivity: strict only',
      code: "analytics.track('Visit', { ipAddress: user.ipAddress });",
    },
    {
      name: 'Sentry without personal data',
      code: `
import * as Sentry from '@sentry/node';
Sentry.captureException(error);
Sentry.setUser({ id: user.id });
`,
    },
    {
      name: 'a local wrapper called only with clean data',
      code: `
import posthog from 'posthog-js';
function track(event: string, props: Record<string, unknown>) {
  posthog.capture(event, props);
}
track('view', { page: '/home' });
`,
    },
    {
      name: 'a whole User object untyped: no fields known (see the typed suite)',
      code: `
import posthog from 'posthog-js';
import type { User } from './lib/types.js';
declare const user: User;
posthog.identify(user.id, user);
`,
    },
  ],
  invalid: [
    {
      name: "a declared callback that runs whatever the user chose is not a consent check (CookiebotCallback_OnDecline, a look-alike name)",
      code: `
function CookiebotCallback_OnDecline() { posthog.identify(user.id, { email: user.email }); }
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 2, sink: 'posthog.identify' }, [2, 77, 2, 87])],
    },
    {
      name: 'regression (known gap): a widget configured by assigning a settings object to a global (Intercom, HubSpot chat, Tawk.to, Freshchat)',
      code: `
window.intercomSettings = { app_id: 'abc', email: user.email };
window.hsConversationsSettings = { identificationEmail: user.email, identificationToken: token };
window.Tawk_API.visitor = { name: user.name, email: user.email };
window.fcSettings = { token: 'x', externalId: user.id, email: user.email };
`,
      errors: [
        sentTo({ ...INTERCOM, category: EMAIL, source: 'user.email', sourceLine: 2, sink: 'window.intercomSettings' }, [2, 51, 2, 61]),
        sentTo({ vendor: 'HubSpot', purpose: 'crm', category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'window.hsConversationsSettings' }, [3, 57, 3, 67]),
        sentTo({ vendor: 'Tawk.to', purpose: 'support', category: FULL_NAME, source: 'user.name', sourceLine: 4, sink: 'window.Tawk_API.visitor' }, [4, 35, 4, 44]),
        sentTo({ vendor: 'Tawk.to', purpose: 'support', category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'window.Tawk_API.visitor' }, [4, 53, 4, 63]),
        sentTo({ vendor: 'Freshchat', purpose: 'support', category: EMAIL, source: 'user.email', sourceLine: 5, sink: 'window.fcSettings' }, [5, 63, 5, 73]),
      ],
    },
    {
      name: 'a settings object assigned inside a consent check is consented, and one without personal data is nothing',
      code: `
if (hasConsent('support')) window.intercomSettings = { app_id: 'abc', email: user.email };
window.intercomSettings = { app_id: 'abc', hide_default_launcher: true };
window.intercomSettings = { app_id: 'abc', user_id: user.id, email: user.email };
`,
      errors: [sentTo({ ...INTERCOM, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'window.intercomSettings' }, [4, 69, 4, 79])],
    },
    {
      name: 'an SDK initialised without waiting for an opt-in, or another vendor in the same file, still needs a consent check',
      code: `
import posthog from 'posthog-js';
import mixpanel from 'mixpanel-browser';
posthog.init('key', { opt_out_capturing_by_default: false });
mixpanel.init('token', { opt_out_tracking_by_default: true });
posthog.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 6, sink: 'posthog.identify' }, [6, 36, 6, 46])],
    },
    {
      name: 'HTTP to a vendor API host without its SDK: Mailchimp (marketing) by its host',
      code: `
import axios from 'axios';
export async function subscribe(email: string) {
  await axios.post('https://us21.api.mailchimp.com/3.0/lists/abc/members', { email_address: email });
}
`,
      errors: [sentTo({ ...MAILCHIMP, category: EMAIL, source: 'email', sourceLine: 4, sink: 'axios.post' }, [4, 93, 4, 98])],
    },
    {
      name: 'HTTP to a vendor API host without its SDK: Sentry\'s ingest host is error tracking',
      code: `
export async function report(email: string) {
  await fetch('https://o123.ingest.sentry.io/api/1/store/', { method: 'POST', body: JSON.stringify({ user: { email } }) });
}
`,
      errors: [sentToMonitoring({ ...SENTRY, category: EMAIL, source: 'email', sourceLine: 3, sink: 'fetch' }, [3, 110, 3, 115])],
    },
    // Regressions (found by review of the engine)
    {
      name: 'regression: a wrapper whose other parameter is personal by name still passes properties on',
      code: `
import { PostHog } from 'posthog-node';
const client = new PostHog('key');
function track(distinctId: string, event: string, properties: Record<string, unknown>) {
  client.capture({ distinctId, event, properties });
}
track('a', 'signup', { email: user.email });
`,
      errors: [sentTo({ category: EMAIL, source: 'user.email', sourceLine: 7, sink: 'client.capture', vendor: 'PostHog', purpose: 'analytics', via: ' via `track()`' }, [7, 31, 7, 41])],
    },
    {
      name: 'regression: an axios instance created with an external baseURL',
      code: `
import axios from 'axios';
const partner = axios.create({ baseURL: 'https://api.partner.io' });
partner.post('/leads', { email: user.email });
`,
      errors: [sentTo({ category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'partner.post', vendor: 'api.partner.io', purpose: 'purpose unknown' }, [4, 33, 4, 43])],
    },
    {
      name: 'regression (real code): a Slack incoming webhook alert carrying the new user\'s email',
      code: `
import { IncomingWebhook } from '@slack/webhook';
const webhook = new IncomingWebhook(url);
await webhook.send({ text: \`New sign-up: \${user.email}\` });
`,
      errors: [sentToMonitoring({ vendor: 'Slack (webhook)', purpose: 'monitoring', category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'webhook.send' }, [4, 44, 4, 54])],
    },
    {
      name: 'regression (real code): usePostHog() from @posthog/react',
      code: `
import { usePostHog } from '@posthog/react';
const posthog = usePostHog();
posthog.capture('signup', { email: user.email });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'posthog.capture' }, [4, 36, 4, 46])],
    },
    {
      name: 'regression (real code): usePostHog() from @posthog/next',
      code: `
import { usePostHog } from '@posthog/next';
const posthog = usePostHog();
posthog.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'posthog.identify' }, [4, 36, 4, 46])],
    },
    {
      name: 'regression (real code): one value sent twice in one call (the distinct id and a property) is one finding, at its first use',
      code: `
import posthog from 'posthog-js';
const userEmail = session?.user.email;
posthog.identify(userEmail, {
  email: userEmail,
  plan: 'pro',
});
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'session?.user.email', sourceLine: 3, sink: 'posthog.identify' }, [4, 18, 4, 27])],
    },

    // ─── Analytics ───────────────────────────────────────────────────────────────────────────
    {
      name: 'Segment global analytics.track',
      code: "analytics.track('Signed Up', { email: user.email });",
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'analytics.track' }, [1, 39, 1, 49])],
    },
    {
      name: 'Segment AnalyticsBrowser.load() instance',
      code: `
import { AnalyticsBrowser } from '@segment/analytics-next';
const analytics = AnalyticsBrowser.load({ writeKey: 'wk' });
analytics.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'analytics.identify' }, [4, 38, 4, 48])],
    },
    {
      name: 'Segment node client identify message',
      code: `
import { Analytics } from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'wk' });
analytics.identify({ userId: user.id, traits: { email: user.email } });
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'analytics.identify' }, [4, 56, 4, 66])],
    },
    {
      name: 'Mixpanel track',
      code: `
import mixpanel from 'mixpanel-browser';
mixpanel.track('Login', { phone: user.phoneNumber });
`,
      errors: [sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'mixpanel.track' }, [3, 34, 3, 50])],
    },
    {
      name: 'Mixpanel people.set with an object',
      code: `
import mixpanel from 'mixpanel-browser';
mixpanel.people.set({ $email: user.email });
`,
      errors: [sentTo({ ...MIXPANEL, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'mixpanel.people.set' }, [3, 31, 3, 41])],
    },
    {
      name: 'Mixpanel people.set with a key and value',
      code: `
import mixpanel from 'mixpanel-browser';
mixpanel.people.set('phone', user.phone);
`,
      errors: [sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phone', sourceLine: 3, sink: 'mixpanel.people.set' }, [3, 30, 3, 40])],
    },
    {
      name: 'Amplitude setUserId from a namespace import',
      code: `
import * as amplitude from '@amplitude/analytics-browser';
amplitude.setUserId(user.email);
`,
      errors: [sentTo({ ...AMPLITUDE, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'amplitude.setUserId' }, [3, 21, 3, 31])],
    },
    {
      name: 'Amplitude named track import',
      code: `
import { track } from '@amplitude/analytics-browser';
track('Checkout', { dob: user.dateOfBirth });
`,
      errors: [sentTo({ ...AMPLITUDE, category: DOB, source: 'user.dateOfBirth', sourceLine: 3, sink: 'track' }, [3, 26, 3, 42])],
    },
    {
      name: 'Amplitude identify with an Identify built inline (the key names the value)',
      code: `
import { Identify, identify } from '@amplitude/analytics-browser';
identify(new Identify().set('plan', account.plan).set('email', form.value));
`,
      errors: [sentTo({ ...AMPLITUDE, category: EMAIL, source: 'form.value', sourceLine: 3, sink: 'identify' }, [3, 64, 3, 74])],
    },
    {
      name: 'PostHog capture from posthog-js',
      code: `
import posthog from 'posthog-js';
posthog.capture('signup', { email: user.email });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'posthog.capture' }, [3, 36, 3, 46])],
    },
    {
      name: 'PostHog node client from new PostHog()',
      code: `
import { PostHog } from 'posthog-node';
const client = new PostHog('phc_key');
client.capture({ distinctId: user.id, event: 'signup', properties: { email: user.email } });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'client.capture' }, [4, 77, 4, 87])],
    },
    {
      name: 'PostHog node client held in a class field',
      code: `
import { PostHog } from 'posthog-node';
class Tracker {
  private client = new PostHog('phc_key');
  signup(user: User) {
    this.client.identify({ distinctId: user.id, properties: { email: user.email } });
  }
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 6, sink: 'this.client.identify' }, [6, 70, 6, 80])],
    },
    {
      name: 'regression (real code): a lazily created client declared `PostHog | null`, returned by a getter',
      code: `
import { PostHog } from 'posthog-node';
let client: PostHog | null = null;
function getClient() {
  if (!client) client = new PostHog('phc_key');
  return client;
}
export function purchased(email: string) {
  getClient()?.capture({ distinctId: email, event: 'license_purchase' });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 9, sink: 'getClient().capture' }, [9, 38, 9, 43])],
    },
    {
      name: 'regression (real code): a client variable declared `PostHog | undefined = undefined`',
      code: `
import { PostHog } from 'posthog-node';
let instance: PostHog | undefined = undefined;
export function purchased(email: string) {
  instance?.capture({ distinctId: email, event: 'license_purchase' });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 5, sink: 'instance.capture' }, [5, 35, 5, 40])],
    },
    {
      name: 'regression (real code): a class field declared `PostHog | null = null`',
      code: `
import { PostHog } from 'posthog-node';
class Tracker {
  private client: PostHog | null = null;
  signup(email: string) {
    this.client?.capture({ distinctId: email, event: 'signup' });
  }
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 6, sink: 'this.client.capture' }, [6, 40, 6, 45])],
    },
    {
      name: 'gtag event parameters',
      code: "gtag('event', 'purchase', { user_email: customer.email });",
      errors: [sentTo({ ...GTAG, category: EMAIL, source: 'customer.email', sourceLine: 1, sink: 'gtag' }, [1, 41, 1, 55])],
    },
    {
      name: 'regression: a global declared for the type checker (declare function gtag, declare const Intercom) is still the global',
      code: `
declare function gtag(...args: unknown[]): void;
declare const Intercom: (command: string, options?: object) => void;
declare global { interface Window { fbq: (...args: unknown[]) => void } }
export function identify(customer: { email: string }) {
  gtag('event', 'purchase', { user_email: customer.email });
  Intercom('boot', { email: customer.email });
}
`,
      errors: [
        sentTo({ ...GTAG, category: EMAIL, source: 'customer.email', sourceLine: 6, sink: 'gtag' }, [6, 43, 6, 57]),
        sentTo({ ...INTERCOM, category: EMAIL, source: 'customer.email', sourceLine: 7, sink: 'Intercom' }, [7, 29, 7, 43]),
      ],
    },
    {
      name: 'regression: a client declared with a package\'s type (declare const client: PostHog) is that package\'s',
      code: `
import type { PostHog } from 'posthog-node';
declare const client: PostHog;
client.capture({ distinctId: user.id, event: 'signup', properties: { email: user.email } });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'client.capture' }, [4, 77, 4, 87])],
    },
    {
      name: 'gtag set user_data: one finding per field',
      code: "gtag('set', 'user_data', { email: user.email, phone_number: user.phone });",
      errors: [
        sentTo({ ...GTAG, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'gtag' }, [1, 35, 1, 45]),
        sentTo({ ...GTAG, category: PHONE, source: 'user.phone', sourceLine: 1, sink: 'gtag' }, [1, 61, 1, 71]),
      ],
    },
    {
      name: 'dataLayer.push',
      code: "dataLayer.push({ event: 'login', email: user.email });",
      errors: [sentTo({ ...GTM, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'dataLayer.push' }, [1, 41, 1, 51])],
    },
    {
      name: 'window.dataLayer.push',
      code: "window.dataLayer.push({ event: 'login', phone: user.phone });",
      errors: [sentTo({ ...GTM, category: PHONE, source: 'user.phone', sourceLine: 1, sink: 'window.dataLayer.push' }, [1, 48, 1, 58])],
    },
    {
      name: 'Heap identify',
      code: 'heap.identify(user.email);',
      errors: [sentTo({ ...HEAP, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'heap.identify' }, [1, 15, 1, 25])],
    },
    {
      name: 'Heap addUserProperties',
      code: 'heap.addUserProperties({ phoneNumber: user.phoneNumber });',
      errors: [sentTo({ ...HEAP, category: PHONE, source: 'user.phoneNumber', sourceLine: 1, sink: 'heap.addUserProperties' }, [1, 39, 1, 55])],
    },
    {
      name: 'Heap track with a customer name',
      code: "heap.track('Purchase', { customerName: order.customerName });",
      errors: [sentTo({ ...HEAP, category: FULL_NAME, source: 'order.customerName', sourceLine: 1, sink: 'heap.track' }, [1, 40, 1, 58])],
    },
    {
      name: 'Pendo initialize visitor',
      code: 'pendo.initialize({ visitor: { id: user.id, email: user.email } });',
      errors: [sentTo({ ...PENDO, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'pendo.initialize' }, [1, 51, 1, 61])],
    },
    {
      name: 'Snowplow setUserId',
      code: `
import { setUserId } from '@snowplow/browser-tracker';
setUserId(user.email);
`,
      errors: [sentTo({ ...SNOWPLOW, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'setUserId' }, [3, 11, 3, 21])],
    },
    {
      name: 'RudderStack identify',
      code: 'rudderanalytics.identify(user.id, { email: user.email });',
      errors: [sentTo({ ...RUDDERSTACK, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'rudderanalytics.identify' }, [1, 44, 1, 54])],
    },

    // ─── Widget snippets and SDKs added in the eighth session (one case each) ──────────────
    ...widgetCases.map(([vendor, purpose, code, sink]) => {
      const line = code.trimEnd().split('\n').length;
      const last = code.trimEnd().split('\n').at(-1)!;
      const column = last.indexOf('user.email') + 1;
      return {
        name: `${vendor}: ${last.trim()}`,
        code,
        errors: [sentTo({ vendor, purpose, category: EMAIL, source: 'user.email', sourceLine: line, sink }, [line, column, line, column + 10])],
      };
    }),
    // ─── Session replay ──────────────────────────────────────────────────────────────────────
    {
      name: 'Hotjar global hj(\'identify\')',
      code: "hj('identify', user.id, { email: user.email });",
      errors: [sentTo({ ...HOTJAR, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'hj' }, [1, 34, 1, 44])],
    },
    {
      name: 'Hotjar global with user.name',
      code: "hj('identify', user.id, { name: user.name });",
      errors: [sentTo({ ...HOTJAR, category: FULL_NAME, source: 'user.name', sourceLine: 1, sink: 'hj' }, [1, 33, 1, 42])],
    },
    {
      name: 'Hotjar.identify from @hotjar/browser',
      code: `
import Hotjar from '@hotjar/browser';
Hotjar.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...HOTJAR, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'Hotjar.identify' }, [3, 35, 3, 45])],
    },
    {
      name: 'FullStory FS.identify',
      code: 'FS.identify(user.id, { email: user.email });',
      errors: [sentTo({ ...FULLSTORY, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'FS.identify' }, [1, 31, 1, 41])],
    },
    {
      name: 'FullStory identify from a namespace import',
      code: `
import * as FullStory from '@fullstory/browser';
FullStory.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...FULLSTORY, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'FullStory.identify' }, [3, 38, 3, 48])],
    },
    {
      name: 'FullStory v2: the named export FullStory called with setIdentity',
      code: `
import { FullStory } from '@fullstory/browser';
FullStory('setIdentity', { uid: user.id, properties: { email: user.email } });
`,
      errors: [sentTo({ ...FULLSTORY, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'FullStory' }, [3, 63, 3, 73])],
    },
    {
      name: 'LogRocket identify',
      code: `
import LogRocket from 'logrocket';
LogRocket.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...LOGROCKET, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'LogRocket.identify' }, [3, 38, 3, 48])],
    },

    // ─── Support, marketing, CRM, enrichment ────────────────────────────────────────────────
    {
      name: 'Intercom(\'boot\')',
      code: "Intercom('boot', { app_id: 'abc', email: user.email });",
      errors: [sentTo({ ...INTERCOM, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'Intercom' }, [1, 42, 1, 52])],
    },
    {
      name: 'window.Intercom(\'update\'): one finding per field',
      code: "window.Intercom('update', { email: user.email, name: user.fullName });",
      errors: [
        sentTo({ ...INTERCOM, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'window.Intercom' }, [1, 36, 1, 46]),
        sentTo({ ...INTERCOM, category: FULL_NAME, source: 'user.fullName', sourceLine: 1, sink: 'window.Intercom' }, [1, 54, 1, 67]),
      ],
    },
    {
      name: 'Braze getUser().setEmail',
      code: `
import * as braze from '@braze/web-sdk';
braze.getUser().setEmail(user.email);
`,
      errors: [sentTo({ ...BRAZE, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'braze.getUser().setEmail' }, [3, 26, 3, 36])],
    },
    {
      name: 'Braze global changeUser',
      code: 'braze.changeUser(user.email);',
      errors: [sentTo({ ...BRAZE, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'braze.changeUser' }, [1, 18, 1, 28])],
    },
    {
      name: 'Customer.io browser _cio.identify',
      code: '_cio.identify({ id: user.id, email: user.email });',
      errors: [sentTo({ ...CUSTOMER_IO, category: EMAIL, source: 'user.email', sourceLine: 1, sink: '_cio.identify' }, [1, 37, 1, 47])],
    },
    {
      name: 'Customer.io node TrackClient.identify',
      code: `
import { TrackClient } from 'customerio-node';
const cio = new TrackClient(siteId, apiKey);
cio.identify(user.id, { email: user.email });
`,
      errors: [sentTo({ ...CUSTOMER_IO, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'cio.identify' }, [4, 32, 4, 42])],
    },
    {
      name: 'HubSpot tracking code _hsq.push identify',
      code: "_hsq.push(['identify', { email: user.email }]);",
      errors: [sentTo({ ...HUBSPOT, category: EMAIL, source: 'user.email', sourceLine: 1, sink: '_hsq.push' }, [1, 33, 1, 43])],
    },
    {
      name: 'HubSpot API client contacts create',
      code: `
import { Client } from '@hubspot/api-client';
const hubspot = new Client({ accessToken: token });
hubspot.crm.contacts.basicApi.create({ properties: { email: user.email } });
`,
      errors: [sentTo({ ...HUBSPOT, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'hubspot.crm.contacts.basicApi.create' }, [4, 61, 4, 71])],
    },
    {
      name: 'Mailchimp lists.addListMember',
      code: `
import mailchimp from '@mailchimp/mailchimp_marketing';
mailchimp.lists.addListMember(listId, { email_address: user.email, status: 'subscribed' });
`,
      errors: [sentTo({ ...MAILCHIMP, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'mailchimp.lists.addListMember' }, [3, 56, 3, 66])],
    },
    {
      name: 'Clearbit Enrichment.find',
      code: `
import Clearbit from 'clearbit';
const clearbit = Clearbit(apiKey);
clearbit.Enrichment.find({ email: lead.email });
`,
      errors: [sentTo({ ...CLEARBIT, category: EMAIL, source: 'lead.email', sourceLine: 4, sink: 'clearbit.Enrichment.find' }, [4, 35, 4, 45])],
    },

    // ─── Advertising pixels ──────────────────────────────────────────────────────────────────
    {
      name: 'Meta Pixel fbq(\'init\') advanced matching in clear',
      code: "fbq('init', '1234567890', { em: user.email });",
      errors: [sentTo({ ...META_PIXEL, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'fbq' }, [1, 33, 1, 43])],
    },
    {
      name: 'Meta Pixel fbq(\'track\') parameters',
      code: "fbq('track', 'Purchase', { email: customer.email, value: 10 });",
      errors: [sentTo({ ...META_PIXEL, category: EMAIL, source: 'customer.email', sourceLine: 1, sink: 'fbq' }, [1, 35, 1, 49])],
    },
    {
      name: 'TikTok ttq.identify',
      code: 'ttq.identify({ email: user.email });',
      errors: [sentTo({ ...TIKTOK_PIXEL, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'ttq.identify' }, [1, 23, 1, 33])],
    },
    {
      name: 'LinkedIn lintrk(\'track\')',
      code: "lintrk('track', { conversion_id: 42, email: user.email });",
      errors: [sentTo({ ...LINKEDIN, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'lintrk' }, [1, 45, 1, 55])],
    },

    // ─── Monitoring and error tracking ───────────────────────────────────────────────────────
    {
      name: 'Sentry.setUser with an email',
      code: `
import * as Sentry from '@sentry/browser';
Sentry.setUser({ id: user.id, email: user.email });
`,
      errors: [sentToMonitoring({ ...SENTRY, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'Sentry.setUser' }, [3, 38, 3, 48])],
    },
    {
      name: 'a scope a Sentry function hands to its callback (withScope) is Sentry\'s',
      code: `
import * as Sentry from '@sentry/node';
Sentry.withScope((scope) => {
  scope.setUser({ email: user.email });
  Sentry.captureMessage('failed');
});
`,
      errors: [sentToMonitoring({ ...SENTRY, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'scope.setUser' }, [4, 26, 4, 36])],
    },
    {
      name: 'a project whose policy asks consent for an AI provider places it under another purpose with thirdParties (first match wins)',
      code: `
import OpenAI from 'openai';
const openai = new OpenAI();
await openai.chat.completions.create({ model: 'gpt-5', messages: [{ role: 'user', content: user.email }] });
`,
      settings: { privacy: { thirdParties: [{ vendor: 'OpenAI', purpose: 'analytics', modules: ['openai'], methods: ['chat.completions.create'] }] } },
      errors: [sentTo({ vendor: 'OpenAI', purpose: 'analytics', category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'openai.chat.completions.create' }, [4, 92, 4, 102])],
    },
    {
      name: 'Sentry.captureException with PII in the error message',
      code: `
import * as Sentry from '@sentry/node';
Sentry.captureException(new Error(\`Payment failed for \${user.email}\`));
`,
      errors: [sentToMonitoring({ ...SENTRY, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'Sentry.captureException' }, [3, 57, 3, 67])],
    },
    {
      name: 'Sentry.captureMessage with PII',
      code: `
import * as Sentry from '@sentry/react';
Sentry.captureMessage(\`Signup failed for \${user.email}\`);
`,
      errors: [sentToMonitoring({ ...SENTRY, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'Sentry.captureMessage' }, [3, 44, 3, 54])],
    },
    {
      name: 'Datadog RUM setUser',
      code: `
import { datadogRum } from '@datadog/browser-rum';
datadogRum.setUser({ id: user.id, email: user.email });
`,
      errors: [sentToMonitoring({ ...DATADOG, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'datadogRum.setUser' }, [3, 42, 3, 52])],
    },
    {
      name: 'Datadog global DD_RUM.setUser with a full name',
      code: 'DD_RUM.setUser({ id: user.id, name: user.fullName });',
      errors: [sentToMonitoring({ ...DATADOG, category: FULL_NAME, source: 'user.fullName', sourceLine: 1, sink: 'DD_RUM.setUser' }, [1, 37, 1, 50])],
    },
    {
      name: 'Bugsnag setUser',
      code: `
import Bugsnag from '@bugsnag/js';
Bugsnag.setUser(user.id, user.email);
`,
      errors: [sentToMonitoring({ ...BUGSNAG, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'Bugsnag.setUser' }, [3, 26, 3, 36])],
    },
    {
      name: 'Bugsnag notify with PII in the error message',
      code: `
import Bugsnag from '@bugsnag/js';
Bugsnag.notify(new Error(\`Card declined for \${customer.email}\`));
`,
      errors: [sentToMonitoring({ ...BUGSNAG, category: EMAIL, source: 'customer.email', sourceLine: 3, sink: 'Bugsnag.notify' }, [3, 47, 3, 61])],
    },
    {
      name: 'New Relic browser global setCustomAttribute',
      code: "newrelic.setCustomAttribute('email', user.email);",
      errors: [sentToMonitoring({ ...NEW_RELIC, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'newrelic.setCustomAttribute' }, [1, 38, 1, 48])],
    },
    {
      name: 'New Relic node agent addCustomAttribute',
      code: `
import newrelic from 'newrelic';
newrelic.addCustomAttribute('phone', user.phoneNumber);
`,
      errors: [sentToMonitoring({ ...NEW_RELIC, category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'newrelic.addCustomAttribute' }, [3, 38, 3, 54])],
    },

    // ─── HTTP clients to hosts the project does not own ─────────────────────────────────────
    {
      name: 'fetch with PII in a JSON body',
      code: `
fetch('https://api.partner.io/leads', {
  method: 'POST',
  body: JSON.stringify({ email: user.email }),
});
`,
      errors: [sentTo({ ...host('api.partner.io'), category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'fetch' }, [4, 33, 4, 43])],
    },
    {
      name: 'fetch with PII in the query string',
      code: 'fetch(`https://api.partner.io/lookup?phone=${user.phoneNumber}`);',
      errors: [sentTo({ ...host('api.partner.io'), category: PHONE, source: 'user.phoneNumber', sourceLine: 1, sink: 'fetch' }, [1, 46, 1, 62])],
    },
    {
      name: 'fetch with a payload variable',
      code: `
const payload = { ssn: applicant.ssn };
fetch('https://verify.thirdparty.com/check', { method: 'POST', body: JSON.stringify(payload) });
`,
      errors: [sentTo({ ...host('verify.thirdparty.com'), category: SSN, source: 'applicant.ssn', sourceLine: 2, sink: 'fetch' }, [3, 70, 3, 93])],
    },
    {
      name: 'fetch with PII in a header',
      code: "fetch('https://api.partner.io/x', { headers: { 'X-User-Email': user.email } });",
      errors: [sentTo({ ...host('api.partner.io'), category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'fetch' }, [1, 64, 1, 74])],
    },
    {
      name: 'axios.post body',
      code: `
import axios from 'axios';
axios.post('https://hooks.zapier.com/hooks/catch/1', { phone: user.phoneNumber });
`,
      errors: [sentTo({ ...host('hooks.zapier.com'), category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'axios.post' }, [3, 63, 3, 79])],
    },
    {
      name: 'axios.get params',
      code: `
import axios from 'axios';
axios.get('https://api.partner.io/lookup', { params: { phone: user.phoneNumber } });
`,
      errors: [sentTo({ ...host('api.partner.io'), category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'axios.get' }, [3, 63, 3, 79])],
    },
    {
      name: 'axios(config) data',
      code: `
import axios from 'axios';
axios({ url: 'https://api.partner.io/leads', method: 'post', data: { email: user.email } });
`,
      errors: [sentTo({ ...host('api.partner.io'), category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'axios' }, [3, 77, 3, 87])],
    },
    {
      name: 'an axios.create() instance posting to an absolute external URL',
      code: `
import axios from 'axios';
const client = axios.create({ baseURL: 'https://api.partner.io' });
client.post('https://api.other.io/leads', { email: user.email });
`,
      errors: [sentTo({ ...host('api.other.io'), category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'client.post' }, [4, 52, 4, 62])],
    },
    {
      name: 'got.post json',
      code: `
import got from 'got';
await got.post('https://api.partner.io/users', { json: { email: user.email } });
`,
      errors: [sentTo({ ...host('api.partner.io'), category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'got.post' }, [3, 65, 3, 75])],
    },
    {
      name: 'ky.post json',
      code: `
import ky from 'ky';
await ky.post('https://api.partner.io/users', { json: { dateOfBirth: user.dateOfBirth } });
`,
      errors: [sentTo({ ...host('api.partner.io'), category: DOB, source: 'user.dateOfBirth', sourceLine: 3, sink: 'ky.post' }, [3, 70, 3, 86])],
    },
    {
      name: 'navigator.sendBeacon',
      code: "navigator.sendBeacon('https://collect.tracker.net/b', JSON.stringify({ email: user.email }));",
      errors: [sentTo({ ...host('collect.tracker.net'), category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'navigator.sendBeacon' }, [1, 79, 1, 89])],
    },
    {
      name: 'superagent post with data',
      code: `
import request from 'superagent';
request.post('https://api.partner.io/users', { email: user.email });
`,
      errors: [sentTo({ ...host('api.partner.io'), category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'request.post' }, [3, 55, 3, 65])],
    },
    {
      name: 'a host that only looks like a *.example.com first-party host',
      code: `
import axios from 'axios';
axios.post('https://example.com.evil.net/register', { email: user.email });
`,
      settings: privacySettings({ firstPartyHosts: ['*.example.com'] }),
      errors: [sentTo({ ...host('example.com.evil.net'), category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'axios.post' }, [3, 62, 3, 72])],
    },
    {
      name: 'strict: fetch to a URL parameter',
      code: `
export function send(url: string, user: { email: string }) {
  return fetch(url, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      options: strict,
      errors: [sentTo({ ...UNKNOWN_HOST, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'fetch' }, [3, 69, 3, 79])],
    },
    {
      name: 'strict: an IP address to analytics',
      code: "analytics.track('Visit', { ipAddress: user.ipAddress });",
      options: strict,
      errors: [sentTo({ ...SEGMENT, category: IP, source: 'user.ipAddress', sourceLine: 1, sink: 'analytics.track' }, [1, 39, 1, 53])],
    },

    // ─── Conditions that are not consent ─────────────────────────────────────────────────────
    {
      name: 'guarded by process.env.NODE_ENV',
      code: `
if (process.env.NODE_ENV === 'production') {
  analytics.identify(user.id, { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 40, 3, 50])],
    },
    {
      name: 'guarded by featureFlags.analytics',
      code: `
if (featureFlags.analytics) {
  posthog.capture('signup', { email: user.email });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'posthog.capture' }, [3, 38, 3, 48])],
    },
    {
      name: 'guarded by user.country === \'US\'',
      code: `
if (user.country === 'US') {
  mixpanel.track('Signup', { phone: user.phoneNumber });
}
`,
      errors: [sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'mixpanel.track' }, [3, 37, 3, 53])],
    },
    {
      name: 'a field destructured from something else (const { country } = useLocale()) is not consent',
      code: `
const { country } = useLocale();
if (country) mixpanel.track('Signup', { phone: user.phoneNumber });
`,
      errors: [sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'mixpanel.track' }, [3, 48, 3, 64])],
    },
    {
      name: 'guarded by analyticsEnabled &&',
      code: 'analyticsEnabled && heap.identify(user.email);',
      errors: [sentTo({ ...HEAP, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'heap.identify' }, [1, 35, 1, 45])],
    },
    {
      name: 'a constant holding an unrelated check (const ok = isProduction()) is not consent',
      code: `
const ok = isProduction();
if (ok) mixpanel.track('Signup', { phone: user.phoneNumber });
`,
      errors: [sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phoneNumber', sourceLine: 3, sink: 'mixpanel.track' }, [3, 43, 3, 59])],
    },
    {
      name: 'a let that held a consent check but was reassigned is not consent',
      code: `
let ok = hasConsent('analytics');
ok = true;
if (ok) mixpanel.track('Signup', { phone: user.phoneNumber });
`,
      errors: [sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phoneNumber', sourceLine: 4, sink: 'mixpanel.track' }, [4, 43, 4, 59])],
    },
    {
      name: 'consent || another condition does not imply consent',
      code: `
if (consent.analytics || isInternalUser) {
  analytics.identify(user.id, { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 40, 3, 50])],
    },
    {
      name: 'a name that is not a consent check without settings.privacy.consentChecks',
      code: `
if (privacyPrefs.statistics) {
  analytics.identify(user.id, { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 40, 3, 50])],
    },
    {
      name: 'a callback on a DOM event that is not a consent event',
      code: `
window.addEventListener('load', () => {
  analytics.identify(user.id, { email: user.email });
});
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 40, 3, 50])],
    },

    // ─── Consent checks that do not dominate the call ────────────────────────────────────────
    {
      name: 'in the else branch of a consent check',
      code: `
if (hasConsent('analytics')) {
  analytics.track('Signup', { plan: user.plan });
} else {
  analytics.track('Signup', { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 5, sink: 'analytics.track' }, [5, 38, 5, 48])],
    },
    {
      name: 'inside if (!hasConsent())',
      code: `
if (!hasConsent('analytics')) {
  analytics.track('Signup', { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.track' }, [3, 38, 3, 48])],
    },
    {
      name: 'inside if (consent === \'denied\')',
      code: `
if (consent.analytics === 'denied') {
  analytics.track('Signup', { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.track' }, [3, 38, 3, 48])],
    },
    {
      name: 'right of hasConsent() ||',
      code: "hasConsent('analytics') || analytics.track('Signup', { email: user.email });",
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'analytics.track' }, [1, 63, 1, 73])],
    },
    {
      name: 'switch (consentStatus) case \'denied\'',
      code: `
switch (consentStatus) {
  case 'denied':
    analytics.identify(user.id, { email: user.email });
    break;
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'analytics.identify' }, [4, 42, 4, 52])],
    },
    {
      name: 'a negated consent check that does not exit',
      code: `
function f(user: User) {
  if (!consent.analytics) console.warn('no consent');
  analytics.identify(user.id, { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'analytics.identify' }, [4, 40, 4, 50])],
    },
    {
      name: 'a local function with one unguarded caller',
      code: `
function identifyUser(user: User) {
  analytics.identify(user.id, { email: user.email });
}
if (hasConsent('analytics')) identifyUser(currentUser);
identifyUser(otherUser);
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 40, 3, 50])],
    },
    {
      name: 'an exported function with no guard and no callers in the file',
      code: `
export function identifyUser(user: User) {
  analytics.identify(user.id, { email: user.email });
}
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 40, 3, 50])],
    },

    // ─── Flows ───────────────────────────────────────────────────────────────────────────────
    {
      name: 'through a local wrapper: reported at the call that passes the data',
      code: `
import posthog from 'posthog-js';
function track(event: string, props: Record<string, unknown>) {
  posthog.capture(event, props);
}
track('signup', { email: user.email });
track('view', { page: '/home' });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 6, sink: 'posthog.capture', via: ' via `track()`' }, [6, 26, 6, 36])],
    },
    {
      name: 'a destructured email',
      code: `
const { email, plan } = user;
analytics.identify(user.id, { email, plan });
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'email', sourceLine: 3, sink: 'analytics.identify' }, [3, 31, 3, 36])],
    },
    {
      name: 'a template literal alias carrying two categories',
      code: `
const contact = \`\${user.firstName} <\${user.email}>\`;
Intercom('update', { contact });
`,
      errors: [sentTo({
        ...INTERCOM,
        category: 'First name (identity.first-name), Email address (contact.email)',
        source: 'user.firstName',
        sourceLine: 2,
        sink: 'Intercom',
      }, [3, 20, 3, 31])],
    },
    {
      name: 'an email parameter',
      code: `
export function onSignup(email: string) {
  posthog.capture('signup', { email });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 3, sink: 'posthog.capture' }, [3, 31, 3, 36])],
    },
    {
      name: 'req.body.email in a route handler',
      code: `
app.post('/signup', (req, res) => {
  analytics.identify({ userId: req.body.id, traits: { email: req.body.email } });
});
`,
      errors: [sentTo({ ...SEGMENT, category: EMAIL, source: 'req.body.email', sourceLine: 3, sink: 'analytics.identify' }, [3, 62, 3, 76])],
    },
    {
      name: 'String() does not sanitise',
      code: 'heap.identify(String(user.email));',
      errors: [sentTo({ ...HEAP, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'heap.identify' }, [1, 22, 1, 32])],
    },
    {
      name: 'a social security number',
      code: "analytics.track('KYC', { ssn: applicant.ssn });",
      errors: [sentTo({ ...SEGMENT, category: SSN, source: 'applicant.ssn', sourceLine: 1, sink: 'analytics.track' }, [1, 31, 1, 44])],
    },
    {
      name: 'a credit card number',
      code: "analytics.track('Pay', { card: payment.creditCardNumber });",
      errors: [sentTo({ ...SEGMENT, category: CARD, source: 'payment.creditCardNumber', sourceLine: 1, sink: 'analytics.track' }, [1, 32, 1, 56])],
    },
    {
      name: 'a diagnosis (special category)',
      code: "mixpanel.track('Visit', { diagnosis: patient.diagnosis });",
      errors: [sentTo({ ...MIXPANEL, category: DIAGNOSIS, source: 'patient.diagnosis', sourceLine: 1, sink: 'mixpanel.track' }, [1, 38, 1, 55])],
    },

    // ─── Suggestions ─────────────────────────────────────────────────────────────────────────
    {
      name: 'suggests redact() when it is imported',
      code: `
import { redact } from './privacy';
analytics.track('Signup', { email: user.email });
`,
      errors: [{
        ...sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 3, sink: 'analytics.track' }, [3, 36, 3, 46]),
        suggestions: [{
          messageId: 'wrapInRedactor',
          data: { source: 'user.email', redactor: 'redact' },
          output: `
import { redact } from './privacy';
analytics.track('Signup', { email: redact(user.email) });
`,
        }],
      }],
    },
    {
      name: 'suggests redact() when it is declared in the file',
      code: `
function redact(value: string) { return '***'; }
mixpanel.track('Signup', { phone: user.phone });
`,
      errors: [{
        ...sentTo({ ...MIXPANEL, category: PHONE, source: 'user.phone', sourceLine: 3, sink: 'mixpanel.track' }, [3, 35, 3, 45]),
        suggestions: [{
          messageId: 'wrapInRedactor',
          data: { source: 'user.phone', redactor: 'redact' },
          output: `
function redact(value: string) { return '***'; }
mixpanel.track('Signup', { phone: redact(user.phone) });
`,
        }],
      }],
    },
    {
      name: 'suggests settings.privacy.redactFunction',
      code: "analytics.track('Signup', { email: user.email });",
      settings: privacySettings({ redactFunction: 'scrub' }),
      errors: [{
        ...sentTo({ ...SEGMENT, category: EMAIL, source: 'user.email', sourceLine: 1, sink: 'analytics.track' }, [1, 36, 1, 46]),
        suggestions: [{
          messageId: 'wrapInRedactor',
          data: { source: 'user.email', redactor: 'scrub' },
          output: "analytics.track('Signup', { email: scrub(user.email) });",
        }],
      }],
    },
  ],
});

typedTester().run('no-pii-to-third-parties (typed, cross-file)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'typed: the imported track() behind hasConsent() from ./lib/consent.js',
      code: `
import { track } from './lib/analytics.js';
import { hasConsent } from './lib/consent.js';
declare const user: { id: string; email: string };
if (hasConsent('analytics')) track('signup', { email: user.email });
`,
    },
    {
      name: 'typed: a whole Product object has no personal fields',
      code: `
import posthog from 'posthog-js';
import type { Product } from './lib/types.js';
declare const product: Product;
posthog.capture('view', product);
`,
    },
    {
      name: 'typed: a cross-file HTTP wrapper behind a consent check',
      code: `
import { pushLead } from './lib/tp-crm.js';
import { hasConsent } from './lib/consent.js';
declare const user: { id: string; phoneNumber: string };
if (hasConsent('marketing')) await pushLead({ id: user.id, phone: user.phoneNumber });
`,
    },
    {
      name: 'typed: a cross-file HTTP wrapper with clean data',
      code: `
import { pushLead } from './lib/tp-crm.js';
await pushLead({ source: 'newsletter', score: 3 });
`,
    },
  ],
  invalid: [
    {
      name: 'regression (real code): a parameter typed User is reported inside the function, not again at its caller',
      code: `
import posthog from 'posthog-js';
import type { User } from './lib/types.js';
function setUser(user: User) {
  posthog.setPersonPropertiesForFlags(user);
}
export function onLogin(user: User) {
  setUser(user);
}
`,
      errors: [sentTo({
        ...POSTHOG,
        category: 'Email address (contact.email), Full name (identity.full-name), Postal address (contact.postal-address)',
        source: 'user',
        sourceLine: 5,
        sink: 'posthog.setPersonPropertiesForFlags',
      }, [5, 39, 5, 43])],
    },
    {
      name: 'typed: track() from ./lib/analytics.js wraps posthog',
      code: `
import { track } from './lib/analytics.js';
declare const user: { id: string; email: string };
track('signup', { email: user.email });
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'user.email', sourceLine: 4, sink: 'posthog.capture', via: ' via `track()`' }, [4, 26, 4, 36])],
    },
    {
      name: 'regression (real code): posthog()?.capture() where ./lib/posthog-server.js creates the client on first use',
      code: `
import { posthog } from './lib/posthog-server.js';
export function purchased(email: string) {
  posthog()?.capture({ distinctId: email, event: 'license_purchase' });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 4, sink: 'posthog().capture' }, [4, 36, 4, 41])],
    },
    {
      name: 'regression (real code): the client from ./lib/posthog-server.js held in a variable',
      code: `
import { posthog } from './lib/posthog-server.js';
export function purchased(email: string) {
  const client = posthog();
  client?.capture({ distinctId: email, event: 'license_purchase' });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 5, sink: 'client.capture' }, [5, 33, 5, 38])],
    },
    {
      name: 'regression (real code): a client typed with PostHog re-exported by a project module',
      code: `
import { getPostHog } from './lib/posthog-lazy.js';
export function purchased(email: string) {
  getPostHog().capture({ distinctId: email, event: 'license_purchase' });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 4, sink: 'getPostHog().capture' }, [4, 38, 4, 43])],
    },
    {
      name: 'regression (real code): new AnalyticsClient() where a project module re-exports posthog-node',
      code: `
import { AnalyticsClient } from './lib/analytics-client.js';
const analytics = new AnalyticsClient('phc_key');
export function purchased(email: string) {
  analytics.capture({ distinctId: email, event: 'license_purchase' });
}
`,
      errors: [sentTo({ ...POSTHOG, category: EMAIL, source: 'email', sourceLine: 5, sink: 'analytics.capture' }, [5, 35, 5, 40])],
    },
    {
      name: 'typed: useAnalytics().capture() from ./lib/analytics.js',
      code: `
import { useAnalytics } from './lib/analytics.js';
declare const user: { id: string; email: string };
useAnalytics().capture('signup', { email: user.email });
`,
      errors: [sentTo({
        ...POSTHOG,
        category: EMAIL,
        source: 'user.email',
        sourceLine: 4,
        sink: 'posthog.capture',
        via: ' via `useAnalytics().capture()`',
      }, [4, 43, 4, 53])],
    },
    {
      name: 'typed: a whole User object to posthog.identify',
      code: `
import posthog from 'posthog-js';
import type { User } from './lib/types.js';
declare const user: User;
posthog.identify(user.id, user);
`,
      errors: [sentTo({
        ...POSTHOG,
        category: 'Email address (contact.email), Full name (identity.full-name), Postal address (contact.postal-address)',
        source: 'user',
        sourceLine: 5,
        sink: 'posthog.identify',
      }, [5, 27, 5, 31])],
    },
    {
      name: 'typed: a cross-file HTTP wrapper posting to an external CRM',
      code: `
import { pushLead } from './lib/tp-crm.js';
declare const user: { id: string; phoneNumber: string };
await pushLead({ id: user.id, phone: user.phoneNumber });
`,
      errors: [sentTo({
        ...host('api.partner-crm.io'),
        category: PHONE,
        source: 'user.phoneNumber',
        sourceLine: 4,
        sink: 'axios.post',
        via: ' via `pushLead()`',
      }, [4, 38, 4, 54])],
    },
  ],
});
