import { compareStrings } from '../paths.js';
import type { AuditResult, Evidence } from '../result.js';
import type { ReportContext } from './context.js';
import { dataFlowSummary, describeStatuses, flowsWithProblems, plural } from './data-flow.js';
import { escapeMarkdownCell as cell } from './escape.js';
import { describeModel, fieldLabel, modelStores, storageOfCategory, writesTo } from './stores.js';
import { consentForCategory } from '../inventory.js';

const maxEvidence = 5;

/**
 * The data-flow summary for a pull request (`$GITHUB_STEP_SUMMARY`, a PR comment) or an audit
 * file: counts, findings, what is accepted, the inventory, and a Records-of-Processing table.
 */
export function formatMarkdown(result: AuditResult, context: ReportContext): string {
  const { summary, inventory } = result;
  const out: string[] = ['# Privacy audit', ''];

  out.push(summary.findings === 0
    ? '**No new privacy findings.**'
    : `**${plural(summary.findings, 'new finding')}** (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}).`, '');
  out.push('| | Count |', '|---|---:|');
  const counts: [string, number][] = [
    ['New findings', summary.findings],
    ['Baselined (accepted)', summary.baselined],
    ['Suppressed (eslint-disable)', summary.suppressed],
    ['Personal-data flows', summary.flows],
    ['Categories of personal data', summary.categories],
    ['Third-party recipients', summary.recipients],
    ['Stores', summary.stores],
    ['Log sinks', summary.logSinks],
    ['Files analysed', summary.files],
    ['Diagnostics', summary.diagnostics],
  ];
  for (const [label, count] of counts) out.push(`| ${label} | ${count} |`);
  out.push('');

  if (result.findings.length > 0) {
    out.push('## Findings', '', '| Severity | Location | Rule | Message |', '|---|---|---|---|');
    for (const f of result.findings) out.push(`| ${f.severity} | ${cell(`${f.file}:${f.line}`)} | ${cell(f.ruleId)} | ${cell(f.message)} |`);
    out.push('');
  }
  const accepted = flowsWithProblems(result).filter((flow) => flow.status !== 'violation');
  if (accepted.length > 0) {
    out.push('## Accepted (baselined or suppressed)', '', '| Status | Location | Rule | Message |', '|---|---|---|---|');
    for (const f of accepted) out.push(`| ${f.status} | ${cell(`${f.file}:${f.line}`)} | ${cell(f.ruleId)} | ${cell(f.message)} |`);
    out.push('');
  }

  if (context.quiet) return `${out.join('\n')}\n`;

  const rows = dataFlowSummary(result);
  if (rows.length > 0) {
    out.push('## Where personal data goes', '', '| Category | Destination | Flows |', '|---|---|---|');
    for (const row of rows) {
      for (const d of row.destinations) {
        out.push(`| ${cell(`${row.category} (${row.label})`)} | ${cell(`${d.kind}: ${d.name}`)} | ${cell(describeStatuses(d.statuses))} |`);
      }
    }
    out.push('');
  }

  out.push('## Inventory', '');
  out.push('### Categories of personal data', '');
  table(out, ['Category', 'Sensitivity', 'Declared at', 'Seen at'], inventory.categories.map((c) => [
    cell(`${c.id} (${c.label})`), c.sensitivity,
    list(c.declaredAt.map((d) => `${d.file}:${d.line} (${d.owner}.${d.field})`)),
    list(c.seenAt.map((s) => `${s.file}:${s.line} (${s.expression})`)),
  ]));
  out.push('### Third-party recipients', '');
  table(out, ['Recipient', 'Purpose', 'Categories', 'Consent', 'Evidence'], inventory.recipients.map((r) => [
    cell(r.name), cell(r.purpose), cell(r.categories.join(', ')), r.consent, evidence(r.evidence),
  ]));
  out.push('### Stores', '');
  table(out, ['Store', 'Categories', 'Encryption', 'Evidence'], inventory.stores.map((s) => [
    cell(s.name), cell(s.categories.join(', ')), s.encryption, evidence(s.evidence),
  ]));
  for (const store of modelStores(inventory)) {
    out.push(`#### ${cell(`${store.name} (${describeModel(store)})`)}`, '', `Declared at ${cell(`${store.file}:${store.line}`)}.`, '');
    table(out, ['Field', 'Categories', 'Protection', 'Evidence'], store.fields.map((field) => [
      cell(fieldLabel(field)), cell(field.categories.join(', ')), field.protection,
      cell(`${field.evidence.file}:${field.evidence.line}: ${field.evidence.text}`),
    ]), 'No personal fields declared.');
    const writes = writesTo(store);
    if (writes.length > 0) out.push(`Written by: ${list(writes.map((e) => `${e.target} at ${e.file}:${e.line} (${e.status})`))}`, '');
  }
  out.push('### Log sinks', '');
  table(out, ['Log sink', 'Categories', 'Evidence'], inventory.logSinks.map((l) => [cell(l.name), cell(l.categories.join(', ')), evidence(l.evidence)]));

  out.push('## Records of processing (GDPR Art. 30)', '');
  out.push('Derived from the code. Purposes, legal bases, data subjects and retention periods cannot be read from code: add them in your register.', '');
  if (inventory.categories.length === 0) out.push('No personal data found.', '');
  else {
    out.push('| Category of personal data | Recipients (third parties) | Storage | Logs | Evidence |', '|---|---|---|---|---|');
    for (const c of inventory.categories) {
      const recipients = inventory.recipients.filter((r) => r.categories.includes(c.id));
      const stores = inventory.stores.filter((s) => s.categories.includes(c.id));
      const logs = inventory.logSinks.filter((l) => l.categories.includes(c.id));
      // Model fields that hold the category are evidence too, with their protection.
      const flowProof = [...recipients, ...stores, ...logs].flatMap((row) => row.evidence).filter((e) => e.categories.includes(c.id))
        .map((e) => ({ file: e.file, line: e.line, note: e.status }));
      const fieldProof = stores.flatMap((s) => (s.fields ?? []).filter((f) => f.categories.includes(c.id)))
        .map((f) => ({ file: f.evidence.file, line: f.evidence.line, note: f.protection }))
        .filter((f) => !flowProof.some((e) => e.file === f.file && e.line === f.line));
      const proof = [...flowProof, ...fieldProof].sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
      out.push([
        '',
        cell(`${c.label} (${c.id})`),
        cell(recipients.map((r) => `${r.name} (${r.purpose}, consent: ${consentForCategory(r, c.id)})`).join('; ') || '—'),
        cell(storageOfCategory(inventory, c.id).join('; ') || '—'),
        cell(logs.map((l) => l.name).join('; ') || '—'),
        list(proof.map((p) => `${p.file}:${p.line} (${p.note})`)),
        '',
      ].join(' | ').trim());
    }
    out.push('');
  }

  if (result.diagnostics.length > 0) {
    out.push('## Diagnostics', '', '| Location | Kind | Message |', '|---|---|---|');
    for (const d of result.diagnostics) out.push(`| ${cell(`${d.file}:${d.line}`)} | ${d.kind} | ${cell(d.message)} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function evidence(items: readonly Evidence[]): string {
  return list(items.map((e) => `${e.file}:${e.line} (${e.status})`));
}

function list(items: readonly string[]): string {
  if (items.length === 0) return '—';
  const unique = [...new Set(items)];
  const shown = unique.slice(0, maxEvidence).map(cell).join('<br>');
  return unique.length > maxEvidence ? `${shown}<br>… ${unique.length - maxEvidence} more` : shown;
}

/** A table with its header, or a line saying there is nothing to show; a blank line after either. */
function table(out: string[], headers: readonly string[], rows: readonly (readonly string[])[], empty = 'None found.'): void {
  if (rows.length === 0) {
    out.push(empty, '');
    return;
  }
  out.push(`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`);
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  out.push('');
}
