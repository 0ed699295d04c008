/** What a report needs besides the result (ESLint's formatter context, in spirit). */
export interface ReportContext {
  /** Absolute working directory: the root that the result's relative paths start from. */
  readonly cwd: string;
  /** ANSI colours (the text format on a TTY only). */
  readonly color: boolean;
  /** `https://github.com/owner/name`: rule docs links. */
  readonly repositoryUrl: string;
  /** Findings only: no data-flow summary, no diagnostics. */
  readonly quiet?: boolean;
}
