import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/audit/result.js';
import { repoRoot } from './helpers.js';

// The only test that starts the built command: `npm install` builds it (the `prepare` script).
const bin = path.join(repoRoot, 'dist/src/audit/cli.js');

describe('the built privacy-audit command', () => {
  it('is executable, as `npx privacy-audit` runs it directly (the README\'s first command)', () => {
    expect(fs.existsSync(bin), `${bin} is missing: run npm run build`).toBe(true);
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(bin).mode & 0o111).toBe(0o111);
    const run = spawnSync(bin, ['--version'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });


  it('runs as a program: JSON on stdout, exit code 1 on findings, nothing on stderr', () => {
    expect(fs.existsSync(bin), `${bin} is missing: run npm run build`).toBe(true);
    const run = spawnSync(process.execPath, [bin, 'tests/fixtures/projects/cross-file', '--format', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as AuditResult;
    expect(report.version).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.file.startsWith('tests/fixtures/projects/cross-file/src/'))).toBe(true);
  });
});
