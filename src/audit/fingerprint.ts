import { createHash } from 'node:crypto';

/** What identifies a finding independently of where its file's lines happen to be. */
export interface FingerprintKey {
  readonly ruleId: string;
  /** POSIX path relative to the working directory. */
  readonly file: string;
  readonly sinkTarget: string;
  readonly sourceText: string;
  readonly categories: readonly string[];
}

/**
 * Fingerprints for flows, in the order given (which must be source order within each file):
 * a hash of the key plus the occurrence index among flows with the same key, so that two
 * identical leaks in one file get different fingerprints, and inserting or moving unrelated
 * lines changes none. Line numbers are deliberately left out.
 */
export function fingerprintAll(keys: readonly FingerprintKey[]): string[] {
  const occurrences = new Map<string, number>();
  return keys.map((key) => {
    const canonical = JSON.stringify([key.ruleId, key.file, key.sinkTarget, key.sourceText, [...key.categories].sort()]);
    const index = occurrences.get(canonical) ?? 0;
    occurrences.set(canonical, index + 1);
    return createHash('sha256').update(`${canonical}#${index}`).digest('hex').slice(0, 32);
  });
}
