import type { Purpose } from './types.js';

/**
 * A vendor's API host, for HTTP calls made without its SDK (`fetch`, axios, got…): the host says
 * who receives the data and why. `host` matches itself and its subdomains
 * (`api.mailchimp.com` matches `us21.api.mailchimp.com`).
 */
export interface VendorHost {
  readonly host: string;
  readonly vendor: string;
  readonly purpose: Purpose;
}

// Hosts from each vendor's public API reference.
export const vendorHosts: readonly VendorHost[] = [
  // Analytics
  { host: 'api.segment.io', vendor: 'Segment', purpose: 'analytics' },
  { host: 'api.mixpanel.com', vendor: 'Mixpanel', purpose: 'analytics' },
  { host: 'api-eu.mixpanel.com', vendor: 'Mixpanel', purpose: 'analytics' },
  { host: 'api2.amplitude.com', vendor: 'Amplitude', purpose: 'analytics' },
  { host: 'api.eu.amplitude.com', vendor: 'Amplitude', purpose: 'analytics' },
  { host: 'i.posthog.com', vendor: 'PostHog', purpose: 'analytics' },
  { host: 'app.posthog.com', vendor: 'PostHog', purpose: 'analytics' },
  { host: 'heapanalytics.com', vendor: 'Heap', purpose: 'analytics' },
  { host: 'www.google-analytics.com', vendor: 'Google Analytics', purpose: 'analytics' },
  { host: 'region1.google-analytics.com', vendor: 'Google Analytics', purpose: 'analytics' },
  { host: 'plausible.io', vendor: 'Plausible', purpose: 'analytics' },
  // Advertising
  { host: 'graph.facebook.com', vendor: 'Meta (Conversions API)', purpose: 'advertising' },
  { host: 'business-api.tiktok.com', vendor: 'TikTok (Events API)', purpose: 'advertising' },
  { host: 'googleads.googleapis.com', vendor: 'Google Ads', purpose: 'advertising' },
  { host: 'api.linkedin.com', vendor: 'LinkedIn', purpose: 'advertising' },
  // Marketing and CRM
  { host: 'api.mailchimp.com', vendor: 'Mailchimp', purpose: 'marketing' },
  { host: 'api.brevo.com', vendor: 'Brevo', purpose: 'marketing' },
  { host: 'api.sendinblue.com', vendor: 'Brevo', purpose: 'marketing' },
  { host: 'a.klaviyo.com', vendor: 'Klaviyo', purpose: 'marketing' },
  { host: 'api.convertkit.com', vendor: 'ConvertKit', purpose: 'marketing' },
  { host: 'api.customer.io', vendor: 'Customer.io', purpose: 'marketing' },
  { host: 'track.customer.io', vendor: 'Customer.io', purpose: 'marketing' },
  { host: 'app.loops.so', vendor: 'Loops', purpose: 'marketing' },
  { host: 'api.buttondown.email', vendor: 'Buttondown', purpose: 'marketing' },
  { host: 'api.onesignal.com', vendor: 'OneSignal', purpose: 'marketing' },
  { host: 'onesignal.com', vendor: 'OneSignal', purpose: 'marketing' },
  { host: 'api.hubapi.com', vendor: 'HubSpot', purpose: 'crm' },
  { host: 'api.attio.com', vendor: 'Attio', purpose: 'crm' },
  { host: 'api.pipedrive.com', vendor: 'Pipedrive', purpose: 'crm' },
  { host: 'my.salesforce.com', vendor: 'Salesforce', purpose: 'crm' },
  { host: 'api.intercom.io', vendor: 'Intercom', purpose: 'support' },
  { host: 'zendesk.com', vendor: 'Zendesk', purpose: 'support' },
  { host: 'api.crisp.chat', vendor: 'Crisp', purpose: 'support' },
  { host: 'api.helpscout.net', vendor: 'Help Scout', purpose: 'support' },
  { host: 'driftapi.com', vendor: 'Drift', purpose: 'support' },
  { host: 'freshdesk.com', vendor: 'Freshdesk', purpose: 'support' },
  // Data enrichment
  { host: 'api.clearbit.com', vendor: 'Clearbit', purpose: 'enrichment' },
  { host: 'person.clearbit.com', vendor: 'Clearbit', purpose: 'enrichment' },
  { host: 'api.fullcontact.com', vendor: 'FullContact', purpose: 'enrichment' },
  { host: 'api.peopledatalabs.com', vendor: 'People Data Labs', purpose: 'enrichment' },
  // Error tracking and monitoring
  { host: 'sentry.io', vendor: 'Sentry', purpose: 'error-tracking' },
  { host: 'http-intake.logs.datadoghq.com', vendor: 'Datadog', purpose: 'monitoring' },
  { host: 'http-intake.logs.datadoghq.eu', vendor: 'Datadog', purpose: 'monitoring' },
  { host: 'logs.logdna.com', vendor: 'Mezmo', purpose: 'monitoring' },
  { host: 'in.logs.betterstack.com', vendor: 'Better Stack', purpose: 'monitoring' },
  // Essential processors: no consent needed, listed in the inventory.
  { host: 'api.stripe.com', vendor: 'Stripe', purpose: 'payments' },
  { host: 'api-m.paypal.com', vendor: 'PayPal', purpose: 'payments' },
  { host: 'api.paypal.com', vendor: 'PayPal', purpose: 'payments' },
  { host: 'api.sendgrid.com', vendor: 'SendGrid', purpose: 'transactional-messaging' },
  { host: 'api.mailgun.net', vendor: 'Mailgun', purpose: 'transactional-messaging' },
  { host: 'api.eu.mailgun.net', vendor: 'Mailgun', purpose: 'transactional-messaging' },
  { host: 'api.postmarkapp.com', vendor: 'Postmark', purpose: 'transactional-messaging' },
  { host: 'api.resend.com', vendor: 'Resend', purpose: 'transactional-messaging' },
  { host: 'mandrillapp.com', vendor: 'Mailchimp Transactional', purpose: 'transactional-messaging' },
  { host: 'api.twilio.com', vendor: 'Twilio', purpose: 'transactional-messaging' },
  { host: 'rest.nexmo.com', vendor: 'Vonage', purpose: 'transactional-messaging' },
  { host: 'api.nexmo.com', vendor: 'Vonage', purpose: 'transactional-messaging' },
  { host: 'api.bird.com', vendor: 'Bird', purpose: 'transactional-messaging' },
  { host: 'rest.messagebird.com', vendor: 'Bird', purpose: 'transactional-messaging' },
  { host: 'api.telnyx.com', vendor: 'Telnyx', purpose: 'transactional-messaging' },
  { host: 'api.plivo.com', vendor: 'Plivo', purpose: 'transactional-messaging' },
  { host: 'sms.api.sinch.com', vendor: 'Sinch', purpose: 'transactional-messaging' },
  // Hosting platforms' own APIs (configuration stores, deployments): where the app already runs.
  { host: 'api.vercel.com', vendor: 'Vercel', purpose: 'hosting' },
  { host: 'api.netlify.com', vendor: 'Netlify', purpose: 'hosting' },
  { host: 'api.cloudflare.com', vendor: 'Cloudflare', purpose: 'hosting' },
  // AI model providers' APIs: processors under contract, as their SDKs.
  { host: 'api.openai.com', vendor: 'OpenAI', purpose: 'ai' },
  { host: 'api.anthropic.com', vendor: 'Anthropic', purpose: 'ai' },
  { host: 'generativelanguage.googleapis.com', vendor: 'Google Gemini', purpose: 'ai' },
  { host: 'api.mistral.ai', vendor: 'Mistral AI', purpose: 'ai' },
  { host: 'api.cohere.com', vendor: 'Cohere', purpose: 'ai' },
  { host: 'api.cohere.ai', vendor: 'Cohere', purpose: 'ai' },
  { host: 'api.groq.com', vendor: 'Groq', purpose: 'ai' },
];

/** The vendor behind a host, if the catalogue knows it. */
export function vendorOfHost(host: string, hosts: readonly VendorHost[] = vendorHosts): VendorHost | undefined {
  const lower = host.toLowerCase();
  return hosts.find((entry) => hostMatches(`*.${entry.host}`, lower));
}

/** `*.example.com` matches example.com and its subdomains; any other pattern only itself. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
  return pattern === host;
}
