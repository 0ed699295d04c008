import type { Flow, FlowStatus } from './findings.js';

/** Placeholders shared by the ESLint messages and the auditor's report text. */
export interface FlowMessageData extends Record<string, string> {
  readonly category: string;
  readonly source: string;
  readonly sourceLine: string;
  readonly sink: string;
  readonly vendor: string;
  readonly purpose: string;
  readonly store: string;
  readonly via: string;
}

export type FlowMessageId =
  'piiReachesLog' | 'piiSentToThirdParty' | 'piiSentToMonitoring' | 'piiStoredInClear' | 'secretStoredInClear' | 'secretStoredWithFastHash' | 'piiFieldInClear';

/** Message templates, by id: one wording for both front ends. */
export const flowMessages: Readonly<Record<FlowMessageId, string>> = {
  piiReachesLog:
    '{{category}} from `{{source}}` (line {{sourceLine}}) reaches the log sink `{{sink}}`{{via}}. Redact, mask or hash it before logging.',
  piiSentToThirdParty:
    '{{category}} from `{{source}}` (line {{sourceLine}}) is sent to {{vendor}} ({{purpose}}) through `{{sink}}`{{via}} without a consent check. Check consent first, or hash or pseudonymise it.',
  piiSentToMonitoring:
    '{{category}} from `{{source}}` (line {{sourceLine}}) is sent to {{vendor}} ({{purpose}}) through `{{sink}}`{{via}}, which should not receive personal data. Scrub it first, or check consent.',
  piiStoredInClear:
    '{{category}} from `{{source}}` (line {{sourceLine}}) is stored in clear in {{store}} through `{{sink}}`{{via}}. Encrypt it first.',
  secretStoredInClear:
    '{{category}} from `{{source}}` (line {{sourceLine}}) is stored in clear in {{store}} through `{{sink}}`{{via}}. Store a password hash (bcrypt, argon2, scrypt) instead.',
  secretStoredWithFastHash:
    '{{category}} from `{{source}}` (line {{sourceLine}}) is stored in {{store}} through `{{sink}}`{{via}} after a fast hash, which can be brute-forced. Store a password hash (bcrypt, argon2, scrypt) instead.',
  piiFieldInClear:
    'The field `{{source}}` of the {{sink}} holds {{category}} in clear. Encrypt the column (a transformer, a field-encryption plugin, an encrypted type), or store a password hash for credentials.',
};

export function messageIdOf(flow: Flow): FlowMessageId {
  if (flow.kind === 'log') return 'piiReachesLog';
  if (flow.kind === 'storage' && flow.sink.model !== undefined) return 'piiFieldInClear';
  if (flow.kind === 'storage' && flow.categories.every((c) => c.group === 'credentials')) return flow.fastHashed ? 'secretStoredWithFastHash' : 'secretStoredInClear';
  if (flow.kind === 'storage') return 'piiStoredInClear';
  return flow.sink.purpose === 'monitoring' || flow.sink.purpose === 'error-tracking' ? 'piiSentToMonitoring' : 'piiSentToThirdParty';
}

const storeNames: Readonly<Record<string, string>> = {
  'browser-storage': 'browser storage',
  cookie: 'a cookie',
  indexeddb: 'IndexedDB',
  file: 'a file',
  database: 'the database',
  cache: 'a cache',
};

export function messageDataOf(flow: Flow): FlowMessageData {
  const wrappers = flow.trace.filter((hop) => hop.note.startsWith('passed to ')).map((hop) => hop.note.slice('passed to '.length));
  return {
    category: flow.categories.map((c) => `${c.label} (${c.id})`).join(', '),
    source: flow.source.text,
    // A source in another file says which (`line 15 of lib/helpers.ts`), relative to this one.
    sourceLine: flow.source.file === flow.file ? String(flow.source.line) : `${flow.source.line} of ${relativePath(flow.file, flow.source.file)}`,
    sink: flow.sink.target,
    vendor: flow.sink.vendor ?? 'a third party',
    // "sent to collect.example.net (purpose unknown)", not "(unknown)".
    purpose: !flow.sink.purpose || flow.sink.purpose === 'unknown' ? 'purpose unknown' : flow.sink.purpose.replace(/-/g, ' '),
    store: flow.sink.store ? storeNames[flow.sink.store] ?? flow.sink.store : 'a store',
    via: wrappers.length > 0 ? ` via ${wrappers.join(' and ')}` : '',
  };
}

const safeFlowWording: Readonly<Record<Exclude<FlowStatus, 'violation'>, string>> = {
  redacted: 'it is redacted, masked or hashed first',
  encrypted: 'it is encrypted (or password-hashed) first',
  consented: 'only after a consent check',
  permitted: '{{vendor}} is an essential processor ({{purpose}}) that receives it under contract',
  suppressed: 'the finding is suppressed by an eslint-disable comment',
  baselined: 'the finding is accepted by the baseline',
};

/** The full message, as ESLint renders it; for a safe flow, what makes it safe. */
export function messageTextOf(flow: Flow, status: FlowStatus = flow.status): string {
  const data = messageDataOf(flow);
  const template = status === 'violation'
    ? flowMessages[messageIdOf(flow)]
    : `{{category}} from \`{{source}}\` (line {{sourceLine}}) reaches \`{{sink}}\`{{via}}: ${safeFlowWording[status]}.`;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '');
}

/** `to` relative to the directory of `from`, with `/` (TypeScript's file names use it everywhere). */
export function relativePath(from: string, to: string): string {
  const fromParts = from.replace(/\\/g, '/').split('/').slice(0, -1);
  const toParts = to.replace(/\\/g, '/').split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  return [...Array<string>(up).fill('..'), ...toParts.slice(common)].join('/');
}
