import type { SinkKind } from '../../engine/findings.js';
import { destinationKinds } from '../inventory.js';
import type { AuditResult } from '../result.js';
import { dataFlowSummary, describeStatuses, kindLabels, toneOf, worstStatus, type StatusTone } from './data-flow.js';
import { escapeHtml as esc } from './escape.js';

export const toneColors: Readonly<Record<StatusTone, string>> = { bad: '#c5221f', accepted: '#e37400', safe: '#188038' };

const rowHeight = 30;
const nodeHeight = 22;
const width = 920;
const nodeWidth = 250;
const leftX = 16;
const rightX = width - nodeWidth - 16;
const top = 36;

/**
 * Categories of personal data on the left, destinations (logs, third parties, stores) on the
 * right, one edge per category → destination coloured by its worst status. Inline SVG, no script.
 */
export function dataFlowDiagram(result: AuditResult): string {
  const rows = dataFlowSummary(result);
  if (rows.length === 0) {
    return '<svg id="data-flow-diagram" role="img" aria-label="No personal-data flows" width="920" height="60" viewBox="0 0 920 60"><text x="16" y="34" class="empty">No personal-data flows found.</text></svg>';
  }
  const destinations: { kind: SinkKind; name: string; y: number }[] = [];
  const headings: { label: string; y: number }[] = [];
  let y = top;
  for (const kind of destinationKinds) {
    const names = [...new Set(rows.flatMap((row) => row.destinations.filter((d) => d.kind === kind).map((d) => d.name)))].sort();
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

  const parts: string[] = [];
  parts.push(`<svg id="data-flow-diagram" role="img" aria-label="Personal data categories and where they go" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<text x="${leftX}" y="${top - 14}" class="heading">Personal data</text>`);
  parts.push(`<text x="${rightX}" y="${top - 14}" class="heading">Destinations</text>`);
  for (const row of rows) {
    for (const d of row.destinations) {
      const target = destinations.find((t) => t.kind === d.kind && t.name === d.name)!;
      const y1 = categoryY.get(row.category)! + nodeHeight / 2;
      const y2 = target.y + nodeHeight / 2;
      const x1 = leftX + nodeWidth;
      const x2 = rightX;
      const mid = (x1 + x2) / 2;
      const status = worstStatus(d.statuses);
      const total = Object.values(d.statuses).reduce((sum, n) => sum + (n ?? 0), 0);
      const tone = toneOf(status);
      parts.push(
        `<path class="edge edge-${tone}" data-category="${esc(row.category)}" data-destination="${esc(d.name)}" data-status="${status}" `
        + `d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="${toneColors[tone]}" stroke-width="${Math.min(2 + total, 8)}" stroke-opacity="0.75">`
        + `<title>${esc(`${row.category} → ${d.name}: ${describeStatuses(d.statuses)}`)}</title></path>`,
      );
    }
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
