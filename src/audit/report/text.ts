import { createColors } from 'picocolors';
import { compareStrings } from '../paths.js';
import type { AuditFinding, AuditResult } from '../result.js';
import type { ReportContext } from './context.js';
import { dataFlowSummary, describeStatuses, kindLabels, plural } from './data-flow.js';

/**
 * The default format, stylish-like: findings grouped by file (`line:col  severity  message  rule`),
 * their trace hops, a problem count, then the data-flow summary (categories → destinations).
 */
export function formatText(result: AuditResult, context: ReportContext): string {
  const c = createColors(context.color);
  const lines: string[] = [];

  const byFile = new Map<string, AuditFinding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  for (const file of [...byFile.keys()].sort(compareStrings)) {
    lines.push(c.underline(file));
    for (const finding of byFile.get(file)!) {
      const severity = finding.severity === 'error' ? c.red('error') : c.yellow('warning');
      lines.push(`  ${`${finding.line}:${finding.column}`.padEnd(8)}${severity}${finding.severity === 'error' ? '  ' : ''}  ${finding.message}  ${c.dim(finding.ruleId)}`);
      for (const hop of finding.trace.filter((h) => h.file !== finding.file || h.line !== finding.line)) {
        lines.push(c.dim(`            ↳ ${hop.file}:${hop.line}  ${hop.note}`));
      }
    }
    lines.push('');
  }

  const { summary } = result;
  if (summary.findings > 0) {
    const counts = `${plural(summary.findings, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})`;
    lines.push(c.bold((summary.errors > 0 ? c.red : c.yellow)(`✖ ${counts}`)));
  } else {
    lines.push(c.bold(c.green(`✔ No privacy findings`)));
  }
  const accepted = [
    summary.baselined > 0 ? `${summary.baselined} baselined` : '',
    summary.suppressed > 0 ? `${summary.suppressed} suppressed` : '',
  ].filter(Boolean);
  if (accepted.length > 0) lines.push(`  ${accepted.join(', ')} (accepted, not listed)`);
  lines.push(`  ${plural(summary.flows, 'personal-data flow')} in ${plural(summary.files, 'file')} analysed`);

  if (!context.quiet) {
    const rows = dataFlowSummary(result);
    if (rows.length > 0) {
      lines.push('', c.bold('Personal data and where it goes'));
      for (const row of rows) {
        lines.push(`  ${c.cyan(row.category)} ${c.dim(`(${row.label})`)}`);
        for (const destination of row.destinations) {
          const statuses = describeStatuses(destination.statuses);
          const tone = destination.statuses.violation ? c.red : c.dim;
          lines.push(`    → ${kindLabels[destination.kind].padEnd(13)} ${destination.name}  ${tone(statuses)}`);
        }
      }
    }
    if (result.diagnostics.length > 0) {
      lines.push('', c.bold('Diagnostics'));
      for (const d of result.diagnostics) lines.push(`  ${d.file}:${d.line}  ${c.yellow(d.kind)}  ${d.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
