import type { RuleId } from './result.js';

/** What reports say about each rule. `description` matches the ESLint rule's `meta.docs.description` (tested). */
export interface RuleInfo {
  readonly id: RuleId;
  readonly name: string;
  readonly description: string;
  readonly help: string;
  readonly cwe: string;
  /** GitHub code scanning's severity score (0–10): it marks the result as a security finding. */
  readonly securitySeverity: string;
}

export const ruleInfo: Readonly<Record<RuleId, RuleInfo>> = {
  'privacy/no-pii-in-logs': {
    id: 'privacy/no-pii-in-logs',
    name: 'no-pii-in-logs',
    description: 'Disallow personal data reaching a log sink unless it was redacted, masked or hashed',
    help: 'Personal data written to logs is copied to every system that stores or ships the logs. Redact, mask or hash the value before logging it, or log an opaque identifier instead.',
    cwe: 'external/cwe/cwe-532',
    securitySeverity: '5.5',
  },
  'privacy/no-pii-to-third-parties': {
    id: 'privacy/no-pii-to-third-parties',
    name: 'no-pii-to-third-parties',
    description: 'Disallow personal data sent to analytics, advertising, monitoring or unknown hosts without a consent check',
    help: 'Sharing personal data with analytics, advertising, marketing or unknown hosts needs the user\'s consent; monitoring and error tracking should not receive it at all. Check consent before the call, or hash or pseudonymise the value.',
    cwe: 'external/cwe/cwe-359',
    securitySeverity: '6.5',
  },
  'privacy/no-unencrypted-pii-storage': {
    id: 'privacy/no-unencrypted-pii-storage',
    name: 'no-unencrypted-pii-storage',
    description: 'Disallow personal data written in clear to browser storage, cookies, files, databases and caches',
    help: 'Personal data stored in clear is exposed to anyone who can read the store. Encrypt it before writing it; store passwords and other secrets as a password hash (bcrypt, argon2, scrypt).',
    cwe: 'external/cwe/cwe-312',
    securitySeverity: '6.5',
  },
};

/** Link to a rule's documentation on the repository's default branch. */
export function ruleDocUrl(repositoryUrl: string, rule: RuleInfo): string {
  return `${repositoryUrl}/blob/main/docs/rules/${rule.name}.md`;
}
