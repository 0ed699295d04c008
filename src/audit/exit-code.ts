import type { AuditResult } from './result.js';

export type FailOn = 'error' | 'warning' | 'never';
export const failOnValues: readonly FailOn[] = ['error', 'warning', 'never'];

/** 0: nothing at or above the threshold; 1: findings at or above it (DESIGN.md). Usage/config/project errors are 2, elsewhere. */
export function exitCodeFor(result: AuditResult, failOn: FailOn = 'error'): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = failOn === 'warning' ? result.summary.findings : result.summary.errors;
  return failing > 0 ? 1 : 0;
}
