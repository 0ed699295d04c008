import { describe, expect, it } from 'vitest';
import { createProgressBar, progressWanted, render } from '../../src/audit/progress.js';

describe('progress bar', () => {
  it('shows only on a TTY and never in CI', () => {
    expect(progressWanted({ isTTY: true, write: () => true }, {})).toBe(true);
    expect(progressWanted({ isTTY: true, write: () => true }, { CI: 'true' })).toBe(false);
    expect(progressWanted({ isTTY: false, write: () => true }, {})).toBe(false);
  });

  it('stays silent for short runs, then draws one line and clears it', () => {
    let time = 0;
    let written = '';
    const bar = createProgressBar({ isTTY: true, columns: 60, write: (text: string) => (written += text) }, { now: () => time });
    bar.update({ phase: 'analysing', done: 1, total: 10, file: 'src/a.ts' });
    time = 1500;
    bar.update({ phase: 'analysing', done: 2, total: 10, file: 'src/b.ts' });
    expect(written).toBe('');
    time = 2500;
    bar.update({ phase: 'analysing', done: 5, total: 10, file: 'src/c.ts' });
    expect(written).toBe(`\r\u001b[2K${'█'.repeat(12)}${'░'.repeat(12)} 5/10 src/c.ts`);
    bar.finish();
    expect(written.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('fits the terminal width', () => {
    expect(render({ phase: 'analysing', done: 1, total: 2, file: 'x'.repeat(200) }, 40)).toHaveLength(39);
  });
});
