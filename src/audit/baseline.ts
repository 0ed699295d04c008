import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, firstLine } from './errors.js';
import { compareStrings } from './paths.js';
import type { AuditFlow } from './result.js';

/**
 * A baseline accepts the findings that exist today so that only new ones fail CI. Entries are
 * matched by fingerprint only; the other fields are there for the humans who review the file.
 */
export interface BaselineFile {
  readonly version: 1;
  readonly tool: 'privacy-audit';
  readonly findings: readonly BaselineEntry[];
}

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly source: string;
  readonly sink: string;
}

export const defaultBaselineFile = 'privacy-baseline.json';

/** The accepted fingerprints. A missing file is an error unless it is about to be written. */
export function readBaseline(file: string, shown: string, allowMissing: boolean): ReadonlySet<string> {
  if (!fs.existsSync(file)) {
    if (allowMissing) return new Set();
    throw new ConfigError(`baseline file not found: ${shown} (create it with --update-baseline)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot parse baseline ${shown}: ${firstLine(error)}`);
  }
  const findings = (parsed as { findings?: unknown }).findings;
  if ((parsed as { version?: unknown }).version !== 1 || !Array.isArray(findings)) {
    throw new ConfigError(`${shown} is not a privacy-audit baseline (expected { "version": 1, "findings": [...] })`);
  }
  return new Set(findings.map((entry) => (entry as { fingerprint?: unknown }).fingerprint).filter((f): f is string => typeof f === 'string'));
}

/** The baseline that accepts every current violation (new or already baselined; never suppressed ones). */
export function baselineOf(flows: readonly AuditFlow[]): BaselineFile {
  const findings = flows
    .filter((flow) => flow.status === 'violation' || flow.status === 'baselined')
    .map((flow): BaselineEntry => ({ fingerprint: flow.fingerprint, ruleId: flow.ruleId, file: flow.file, source: flow.source.text, sink: flow.sink.target }))
    .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.fingerprint, b.fingerprint));
  return { version: 1, tool: 'privacy-audit', findings };
}

export function writeBaseline(file: string, baseline: BaselineFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
