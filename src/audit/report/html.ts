import type { AuditResult, Evidence } from '../result.js';
import { flowStatuses } from '../result.js';
import type { ReportContext } from './context.js';
import { plural, toneOf } from './data-flow.js';
import { dataFlowDiagram, declaredColor, toneColors } from './diagram.js';
import { escapeHtml as esc } from './escape.js';
import { describeModel, fieldLabel, hasUnprotectedSensitiveField, isSensitiveField, modelStores, storageOfCategory, writesTo } from './stores.js';
import { consentForCategory } from '../inventory.js';

/**
 * One self-contained page that works offline: inline CSS, inline SVG and a few lines of inline
 * script (the filter); a Content-Security-Policy forbids loading anything else. Every value from
 * the result is HTML-escaped.
 */
export function formatHtml(result: AuditResult, context: ReportContext): string {
  const { summary, inventory } = result;
  const cards: [string, number, string][] = [
    ['New findings', summary.findings, summary.findings > 0 ? 'bad' : 'good'],
    ['Baselined', summary.baselined, ''],
    ['Suppressed', summary.suppressed, ''],
    ['Personal-data flows', summary.flows, ''],
    ['Categories', summary.categories, ''],
    ['Recipients', summary.recipients, ''],
    ['Stores', summary.stores, ''],
    ['Log sinks', summary.logSinks, ''],
    ['Files', summary.files, ''],
  ];
  const flowRows = result.flows.map((flow) => {
    const search = [flow.status, flow.severity, flow.file, flow.ruleId, flow.categories.join(' '), flow.message, flow.sink.vendor ?? ''].join(' ');
    return `<tr data-status="${flow.status}" data-search="${esc(search.toLowerCase())}">`
      + `<td><span class="badge ${toneOf(flow.status)}">${flow.status}</span></td>`
      + `<td>${flow.status === 'violation' ? esc(flow.severity) : ''}</td>`
      + `<td class="loc">${esc(`${flow.file}:${flow.line}:${flow.column}`)}</td>`
      + `<td>${esc(flow.ruleId)}</td>`
      + `<td>${esc(flow.categories.join(', '))}</td>`
      + `<td>${esc(flow.message)}${trace(flow.trace)}</td></tr>`;
  });

  const body = `
<header>
  <h1>Privacy audit</h1>
  <p class="meta">${esc(`${result.tool.name} ${result.tool.version}`)} · ${esc(plural(summary.files, 'file'))} analysed · ${esc(summary.findings === 0 ? 'no new findings' : `${plural(summary.findings, 'new finding')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})`)}</p>
</header>
<section class="cards" id="summary">
${cards.map(([label, value, tone]) => `  <div class="card ${tone}"><div class="value">${value}</div><div class="label">${esc(label)}</div></div>`).join('\n')}
</section>
<section id="diagram">
  <h2>Where personal data goes</h2>
  <p class="legend"><span style="color:${toneColors.bad}">■</span> violation <span style="color:${toneColors.accepted}">■</span> baselined or suppressed <span style="color:${toneColors.safe}">■</span> redacted, consented, encrypted or permitted <span style="color:${declaredColor}">┅</span> declared in a data model, not reported · ▤ data model: red when a sensitive field is stored in clear</p>
  <div class="diagram">${dataFlowDiagram(result)}</div>
</section>
<section id="findings">
  <h2>Findings and flows</h2>
  <div class="controls">
    <input id="filter" type="search" placeholder="Filter by file, rule, category, vendor or text" aria-label="Filter">
    <select id="status-filter" aria-label="Status">
      <option value="">every status</option>
${flowStatuses.map((status) => `      <option value="${status}">${status}</option>`).join('\n')}
    </select>
    <span class="count"><span id="shown-count">${result.flows.length}</span> of ${result.flows.length} shown</span>
  </div>
  <table id="flow-table">
    <thead><tr><th>Status</th><th>Severity</th><th>Location</th><th>Rule</th><th>Categories</th><th>Message and trace</th></tr></thead>
    <tbody>
${flowRows.join('\n')}
    </tbody>
  </table>
  ${result.flows.length === 0 ? '<p>No personal-data flows found.</p>' : ''}
</section>
<section id="inventory">
  <h2>Inventory</h2>
  ${table('Categories of personal data', ['Category', 'Sensitivity', 'Declared at', 'Seen at'], inventory.categories.map((c) => [
    esc(`${c.label} (${c.id})`), esc(c.sensitivity),
    places(c.declaredAt.map((d) => `${d.file}:${d.line} (${d.owner}.${d.field})`)),
    places(c.seenAt.map((s) => `${s.file}:${s.line} (${s.expression})`)),
  ]))}
  ${table('Third-party recipients', ['Recipient', 'Purpose', 'Categories', 'Consent', 'Evidence'], inventory.recipients.map((r) => [
    esc(r.name), esc(r.purpose), esc(r.categories.join(', ')), `<span class="badge ${r.consent === 'guarded' || r.consent === 'not-required' ? 'safe' : 'bad'}">${esc(r.consent)}</span>`, evidence(r.evidence),
  ]))}
  ${table('Stores', ['Store', 'Categories', 'Encryption', 'Evidence'], inventory.stores.map((s) => [
    esc(s.name), esc(s.categories.join(', ')), `<span class="badge ${s.encryption === 'encrypted' || s.encryption === 'masked' ? 'safe' : 'bad'}">${esc(s.encryption)}</span>`, evidence(s.evidence),
  ]))}
  ${modelStores(inventory).map((store) => `<div class="model" data-model="${esc(store.name)}">${table(
    `${store.name} (${describeModel(store)}) · ${store.file}:${store.line}${hasUnprotectedSensitiveField(store, inventory) ? ' · sensitive data in clear' : ''}`,
    ['Field', 'Categories', 'Protection', 'Evidence'],
    store.fields.map((field) => [
      esc(fieldLabel(field)),
      esc(field.categories.join(', ')),
      `<span class="badge ${field.protection !== 'none' ? 'safe' : isSensitiveField(field, inventory) ? 'bad' : 'accepted'}">${esc(field.protection)}</span>`,
      `<div class="loc">${esc(`${field.evidence.file}:${field.evidence.line}`)}</div>${esc(field.evidence.text)}`,
    ]),
  )}${writesTo(store).length > 0 ? `<p class="writes">Written by: ${evidence(writesTo(store))}</p>` : ''}</div>`).join('\n  ')}
  ${table('Log sinks', ['Log sink', 'Categories', 'Evidence'], inventory.logSinks.map((l) => [esc(l.name), esc(l.categories.join(', ')), evidence(l.evidence)]))}
</section>
<section id="records-of-processing">
  <h2>Records of processing (GDPR Art. 30)</h2>
  <p>Derived from the code. Purposes, legal bases, data subjects and retention periods cannot be read from code: add them in your register.</p>
  ${table('', ['Category of personal data', 'Recipients', 'Storage', 'Logs'], inventory.categories.map((c) => [
    esc(`${c.label} (${c.id})`),
    esc(inventory.recipients.filter((r) => r.categories.includes(c.id)).map((r) => `${r.name} (${r.purpose}, consent: ${consentForCategory(r, c.id)})`).join('; ') || '—'),
    esc(storageOfCategory(inventory, c.id).join('; ') || '—'),
    esc(inventory.logSinks.filter((l) => l.categories.includes(c.id)).map((l) => l.name).join('; ') || '—'),
  ]))}
</section>
${result.diagnostics.length > 0 ? `<section id="diagnostics">
  ${table('Diagnostics', ['Location', 'Kind', 'Message'], result.diagnostics.map((d) => [esc(`${d.file}:${d.line}`), esc(d.kind), esc(d.message)]))}
</section>` : ''}
<footer>Generated by ${esc(result.tool.name)} ${esc(result.tool.version)} · rules: <a href="${esc(`${context.repositoryUrl}/tree/main/docs/rules`)}">${esc(`${context.repositoryUrl}/tree/main/docs/rules`)}</a></footer>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy audit</title>
<style>${styles}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

function table(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const heading = title ? `<h3>${esc(title)}</h3>` : '';
  if (rows.length === 0) return `${heading}<p class="none">None found.</p>`;
  return `${heading}<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
    rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function places(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.map((item) => `<div class="loc">${esc(item)}</div>`).join('');
}

function evidence(items: readonly Evidence[]): string {
  return places(items.map((e) => `${e.file}:${e.line} ${e.target} (${e.status})`));
}

function trace(hops: AuditResult['flows'][number]['trace']): string {
  if (hops.length === 0) return '';
  return `<ol class="trace">${hops.map((hop) => `<li><span class="loc">${esc(`${hop.file}:${hop.line}`)}</span> ${esc(hop.note)}</li>`).join('')}</ol>`;
}

const styles = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1180px; padding: 16px 24px 48px; color: #202124; background: #fff; }
h1 { margin: 8px 0 0; font-size: 26px; } h2 { margin-top: 32px; border-bottom: 1px solid #dadce0; padding-bottom: 4px; } h3 { margin: 20px 0 6px; }
.meta { color: #5f6368; margin-top: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 16px; }
.card { border: 1px solid #dadce0; border-radius: 8px; padding: 10px 14px; min-width: 100px; }
.card .value { font-size: 24px; font-weight: 600; } .card .label { color: #5f6368; font-size: 12px; }
.card.bad { border-color: #c5221f; } .card.bad .value { color: #c5221f; } .card.good .value { color: #188038; }
.diagram { overflow-x: auto; }
svg text { font: 12px system-ui, sans-serif; fill: #202124; } svg .heading { font-weight: 600; font-size: 13px; } svg .group { font-weight: 600; fill: #5f6368; }
svg rect.ok { fill: #e6f4ea; stroke: #188038; } svg rect.bad { fill: #fce8e6; stroke: #c5221f; } svg rect.dest { fill: #e8f0fe; stroke: #1a73e8; }
svg rect.store-ok { fill: #e6f4ea; stroke: #188038; stroke-width: 2; } svg rect.store-bad { fill: #fce8e6; stroke: #c5221f; stroke-width: 2; }
.model h3 { font-size: 14px; } .writes { margin: 4px 0 12px; color: #5f6368; }
.legend { color: #5f6368; } .legend span { margin-left: 8px; }
.controls { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
#filter { flex: 1; padding: 6px 8px; font: inherit; border: 1px solid #dadce0; border-radius: 6px; }
select { padding: 6px; font: inherit; } .count { color: #5f6368; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #eee; }
th { background: #f8f9fa; font-weight: 600; } .loc { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: nowrap; }
.badge { display: inline-block; padding: 1px 6px; border-radius: 10px; font-size: 12px; color: #fff; }
.badge.bad { background: #c5221f; } .badge.accepted { background: #e37400; } .badge.safe { background: #188038; }
.trace { margin: 4px 0 0; padding-left: 18px; color: #5f6368; font-size: 12px; }
.none { color: #5f6368; } footer { margin-top: 40px; color: #5f6368; font-size: 12px; }
`;

// The only script: filters the flow table by text and status.
const script = `
(function () {
  var input = document.getElementById('filter');
  var status = document.getElementById('status-filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#flow-table tbody tr'));
  var count = document.getElementById('shown-count');
  function apply() {
    var query = input.value.trim().toLowerCase();
    var wanted = status.value;
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!query || row.getAttribute('data-search').indexOf(query) !== -1) && (!wanted || row.getAttribute('data-status') === wanted);
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = String(shown);
  }
  input.addEventListener('input', apply);
  status.addEventListener('change', apply);
})();
`;
