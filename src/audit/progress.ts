import type { AuditProgress } from './run-audit.js';

export interface ProgressBar {
  update(progress: AuditProgress): void;
  /** Clears the bar, if it was ever shown. */
  finish(): void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Progress only on an interactive terminal, never in CI (and never on stdout, where the report goes). */
export function progressWanted(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI;
}

/**
 * A one-line bar on stderr that appears only once the run has taken `delayMs` (short runs print
 * nothing extra) and redraws at most every 100 ms.
 */
export function createProgressBar(stream: ProgressStream, options: { delayMs?: number; now?: () => number } = {}): ProgressBar {
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 2000;
  const started = now();
  let shown = false;
  let lastDraw = 0;
  return {
    update(progress) {
      const time = now();
      if (time - started < delayMs || time - lastDraw < 100) return;
      lastDraw = time;
      shown = true;
      stream.write(`\r\u001b[2K${render(progress, stream.columns ?? 80)}`);
    },
    finish() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}

export function render(progress: AuditProgress, columns: number): string {
  if (progress.phase === 'loading' || progress.total === 0) return 'privacy-audit: loading the project…'.slice(0, columns - 1);
  const width = 24;
  const filled = Math.round((progress.done / progress.total) * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const text = `${bar} ${progress.done}/${progress.total} ${progress.file ?? ''}`;
  return text.length >= columns ? `${text.slice(0, columns - 2)}…` : text;
}
