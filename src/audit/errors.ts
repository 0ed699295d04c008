/**
 * Errors the auditor reports as one line and exit code 2 (DESIGN.md "The auditor's contract").
 * Anything else that escapes `runAudit` is an internal error.
 */
export class AuditInputError extends Error {
  override readonly name: string = 'AuditInputError';
}

/** A bad command line: unknown flag, bad enum value, conflicting options. */
export class UsageError extends AuditInputError {
  override readonly name = 'UsageError';
}

/** The path or a tsconfig cannot be read or used. */
export class ProjectError extends AuditInputError {
  override readonly name = 'ProjectError';
}

/** privacy.config.json, `settings.privacy` or the baseline file is unreadable or invalid. */
export class ConfigError extends AuditInputError {
  override readonly name = 'ConfigError';
}

export function isAuditInputError(error: unknown): error is AuditInputError {
  return error instanceof AuditInputError;
}

/** The first line of an error's message, for one-line reports. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/, 1)[0] ?? '';
}
