import type { SinkKind } from '../../engine/findings.js';
import { destinationKinds } from '../inventory.js';
import type { AuditResult } from '../result.js';
import { dataFlowSummary, describeStatuses, kindLabels, toneOf, worstStatus, type StatusTone } from './data-flow.js';
import { escapeHtml as esc } from './escape.js';
import { hasUnprotectedSensitiveField, modelStores } from './stores.js';

export const toneColors: Readonly<Record<StatusTone, string>> = { bad: '#c5221f', accepted: '#e37400', safe: '#188038' };
/** A category declared in a data model that no reported flow links to it (an email column, below the threshold). */
export const declaredColor = '#9aa0a6';

const rowHeight = 30;
const nodeHeight = 22;
const width = 920;
const nodeWidth = 250;
const leftX = 16;
const rightX = width - nodeWidth - 16;
const top = 36;

/**
 * Categories of personal data on the left, destinations (logs, third parties, stores) on the
 * right, one edge per category → destination coloured by its worst status. Data models are
 * store nodes even when no reported flow reaches them, red when a sensitive field is stored in
 * clear, green otherwise; a category a model declares without a reported flow is a dashed grey
 * edge. Inline SVG, no script.
 */
export function dataFlowDiagram(result: AuditResult): string {
  const flowRows = dataFlowSummary(result);
  const models = modelStores(result.inventory);
  if (flowRows.length === 0 && models.length === 0) {
    return '<svg id="data-flow-diagram" role="img" aria-label="No personal-data flows" width="920" height="60" viewBox="0 0 920 60"><text x="16" y="34" class="empty">No personal-data flows found.</text></svg>';
  }
  // Declared-only edges: category → model where the model has the field but no flow edge exists.
  const labels = new Map(result.inventory.categories.map((c) => [c.id, c.label]));
  const hasFlowEdge = (category: string, name: string): boolean =>
    flowRows.some((row) => row.category === category && row.destinations.some((d) => d.kind === 'storage' && d.name === name));
  const declared = new Map<string, { category: string; name: string; clear: boolean }>();
  for (const store of models) {
    for (const field of store.fields) {
      for (const category of field.categories) {
        if (hasFlowEdge(category, store.name)) continue;
        const key = `${category}\u0000${store.name}`;
        const edge = declared.get(key) ?? { category, name: store.name, clear: false };
        edge.clear ||= field.protection === 'none';
        declared.set(key, edge);
      }
    }
  }
  const rows = [...flowRows];
  for (const { category } of declared.values()) {
    if (!rows.some((row) => row.category === category)) rows.push({ category, label: labels.get(category) ?? category, destinations: [] });
  }
  rows.sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));

  const modelTone = new Map(models.map((store) => [store.name, hasUnprotectedSensitiveField(store, result.inventory) ? 'bad' : 'ok']));
  const destinations: { kind: SinkKind; name: string; y: number }[] = [];
  const headings: { label: string; y: number }[] = [];
  let y = top;
  for (const kind of destinationKinds) {
    const names = [...new Set([
      ...rows.flatMap((row) => row.destinations.filter((d) => d.kind === kind).map((d) => d.name)),
      ...(kind === 'storage' ? models.map((store) => store.name) : []),
    ])].sort();
    if (names.length === 0) continue;
    headings.push({ label: kindLabels[kind], y: y + 14 });
    y += rowHeight - 8;
    for (const name of names) {
      destinations.push({ kind, name, y });
      y += rowHeight;
    }
    y += 8;
  }
  const leftStart = top + rowHeight - 8;
  const height = Math.max(y, leftStart + rows.length * rowHeight) + 16;
  const categoryY = new Map(rows.map((row, index) => [row.category, leftStart + index * rowHeight]));
  const x1 = leftX + nodeWidth;
  const x2 = rightX;
  const mid = (x1 + x2) / 2;
  const curve = (category: string, target: { y: number }): string => {
    const y1 = categoryY.get(category)! + nodeHeight / 2;
    const y2 = target.y + nodeHeight / 2;
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  };

  const parts: string[] = [];
  parts.push(`<svg id="data-flow-diagram" role="img" aria-label="Personal data categories and where they go" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<text x="${leftX}" y="${top - 14}" class="heading">Personal data</text>`);
  parts.push(`<text x="${rightX}" y="${top - 14}" class="heading">Destinations</text>`);
  for (const row of rows) {
    for (const d of row.destinations) {
      const target = destinations.find((t) => t.kind === d.kind && t.name === d.name)!;
      const status = worstStatus(d.statuses);
      const total = Object.values(d.statuses).reduce((sum, n) => sum + (n ?? 0), 0);
      const tone = toneOf(status);
      parts.push(
        `<path class="edge edge-${tone}" data-category="${esc(row.category)}" data-destination="${esc(d.name)}" data-status="${status}" `
        + `d="${curve(row.category, target)}" fill="none" stroke="${toneColors[tone]}" stroke-width="${Math.min(2 + total, 8)}" stroke-opacity="0.75">`
        + `<title>${esc(`${row.category} → ${d.name}: ${describeStatuses(d.statuses)}`)}</title></path>`,
      );
    }
  }
  for (const edge of declared.values()) {
    const target = destinations.find((t) => t.kind === 'storage' && t.name === edge.name)!;
    parts.push(
      `<path class="edge edge-declared" data-category="${esc(edge.category)}" data-destination="${esc(edge.name)}" data-status="declared" `
      + `d="${curve(edge.category, target)}" fill="none" stroke="${declaredColor}" stroke-width="2" stroke-dasharray="5 4" stroke-opacity="0.9">`
      + `<title>${esc(`${edge.category} → ${edge.name}: declared in the model, ${edge.clear ? 'stored in clear (below the reporting threshold)' : 'protected'}`)}</title></path>`,
    );
  }
  for (const row of rows) {
    const yy = categoryY.get(row.category)!;
    const bad = row.destinations.some((d) => (d.statuses.violation ?? 0) > 0);
    parts.push(
      `<g class="node node-category" data-category="${esc(row.category)}"><rect x="${leftX}" y="${yy}" width="${nodeWidth}" height="${nodeHeight}" rx="4" class="${bad ? 'bad' : 'ok'}"/>`
      + `<text x="${leftX + 8}" y="${yy + 15}">${esc(truncate(`${row.label} (${row.category})`))}</text><title>${esc(`${row.label} (${row.category})`)}</title></g>`,
    );
  }
  for (const heading of headings) parts.push(`<text x="${rightX}" y="${heading.y}" class="group">${esc(heading.label)}</text>`);
  for (const d of destinations) {
    const tone = d.kind === 'storage' ? modelTone.get(d.name) : undefined;
    if (tone) {
      const title = `Data model ${d.name}: ${tone === 'bad' ? 'a sensitive field is stored in clear' : 'no sensitive field stored in clear'}`;
      parts.push(
        `<g class="node node-destination node-store" data-kind="${d.kind}" data-destination="${esc(d.name)}" data-unprotected="${tone === 'bad'}"><rect x="${rightX}" y="${d.y}" width="${nodeWidth}" height="${nodeHeight}" rx="4" class="store-${tone}"/>`
        + `<text x="${rightX + 8}" y="${d.y + 15}">${esc(truncate(`▤ ${d.name}`))}</text><title>${esc(title)}</title></g>`,
      );
      continue;
    }
    parts.push(
      `<g class="node node-destination" data-kind="${d.kind}" data-destination="${esc(d.name)}"><rect x="${rightX}" y="${d.y}" width="${nodeWidth}" height="${nodeHeight}" rx="4" class="dest"/>`
      + `<text x="${rightX + 8}" y="${d.y + 15}">${esc(truncate(d.name))}</text><title>${esc(`${kindLabels[d.kind]}: ${d.name}`)}</title></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function truncate(text: string): string {
  return text.length > 34 ? `${text.slice(0, 33)}…` : text;
}
