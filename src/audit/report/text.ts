import { createColors } from 'picocolors';
import { compareStrings } from '../paths.js';
import type { AuditFinding, AuditResult } from '../result.js';
import type { ReportContext } from './context.js';
import { dataFlowSummary, describeStatuses, kindLabels, plural } from './data-flow.js';
import { describeModel, fieldLabel, isSensitiveField, modelStores, writesTo } from './stores.js';

/** Writes listed under each data model; the JSON and HTML reports have them all. */
const maxWrites = 5;

/**
 * The default format, stylish-like: findings grouped by file (`line:col  severity  message  rule`),
 * their trace hops, a problem count, then the data-flow summary (categories → destinations) and
 * the data models with their personal fields (Stores).
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
    const models = modelStores(result.inventory);
    if (models.length > 0) {
      lines.push('', c.bold('Stores (data models and their personal fields)'));
      for (const store of models) {
        lines.push(`  ${c.cyan(store.name)} ${c.dim(`(${describeModel(store)})`)}  ${store.file}:${store.line}`);
        const names = store.fields.map(fieldLabel);
        const cats = store.fields.map((field) => field.categories.join(', '));
        const nameWidth = Math.max(0, ...names.map((n) => n.length));
        const catWidth = Math.max(0, ...cats.map((n) => n.length));
        store.fields.forEach((field, index) => {
          const protection = field.protection.padEnd(13);
          const tone = field.protection !== 'none' ? c.green : isSensitiveField(field, result.inventory) ? c.red : c.yellow;
          lines.push(`    ${names[index]!.padEnd(nameWidth)}  ${cats[index]!.padEnd(catWidth)}  ${tone(protection)} ${c.dim(`${field.evidence.file}:${field.evidence.line}  ${field.evidence.text}`)}`);
        });
        if (store.fields.length === 0) lines.push(`    ${c.dim('no personal fields declared')}`);
        const writes = writesTo(store);
        for (const write of writes.slice(0, maxWrites)) {
          lines.push(`    ${c.dim('← written by')} ${write.target}  ${write.file}:${write.line}  ${c.dim(`${write.categories.join(', ')}: ${write.status}`)}`);
        }
        if (writes.length > maxWrites) lines.push(`    ${c.dim(`← … ${writes.length - maxWrites} more writes (see the JSON or HTML report)`)}`);
      }
    }
    if (result.diagnostics.length > 0) {
      lines.push('', c.bold('Diagnostics'));
      for (const d of result.diagnostics) lines.push(`  ${d.file}:${d.line}  ${c.yellow(d.kind)}  ${d.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
