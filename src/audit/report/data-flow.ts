import type { FlowStatus, SinkKind } from '../../engine/findings.js';
import { destinationKinds, destinationName } from '../inventory.js';
import { compareStrings } from '../paths.js';
import { flowStatuses, type AuditFlow, type AuditResult } from '../result.js';

/** One category and every destination its flows reach, with counts per status. */
export interface DataFlowRow {
  readonly category: string;
  readonly label: string;
  readonly destinations: readonly DataFlowDestination[];
}

export interface DataFlowDestination {
  readonly kind: SinkKind;
  readonly name: string;
  readonly statuses: Readonly<Partial<Record<FlowStatus, number>>>;
}

export const kindLabels: Readonly<Record<SinkKind, string>> = { log: 'logs', 'third-party': 'third parties', storage: 'stores' };

/** Categories → destinations: the data-flow summary every format shows. */
export function dataFlowSummary(result: AuditResult): DataFlowRow[] {
  const labels = new Map(result.inventory.categories.map((c) => [c.id, c.label]));
  const byCategory = new Map<string, Map<string, { kind: SinkKind; name: string; statuses: Partial<Record<FlowStatus, number>> }>>();
  for (const flow of result.flows) {
    for (const category of flow.categories) {
      let destinations = byCategory.get(category);
      if (!destinations) byCategory.set(category, (destinations = new Map()));
      const name = destinationName(flow.sink);
      const key = `${flow.sink.kind}\u0000${name}`;
      let destination = destinations.get(key);
      if (!destination) destinations.set(key, (destination = { kind: flow.sink.kind, name, statuses: {} }));
      destination.statuses[flow.status] = (destination.statuses[flow.status] ?? 0) + 1;
    }
  }
  return [...byCategory.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([category, destinations]) => ({
    category,
    label: labels.get(category) ?? category,
    destinations: [...destinations.values()].sort((a, b) =>
      destinationKinds.indexOf(a.kind) - destinationKinds.indexOf(b.kind) || compareStrings(a.name, b.name)),
  }));
}

/** `1 violation, 2 consented`, in the fixed status order. */
export function describeStatuses(statuses: Readonly<Partial<Record<FlowStatus, number>>>): string {
  return flowStatuses
    .filter((status) => (statuses[status] ?? 0) > 0)
    .map((status) => `${statuses[status]} ${status === 'violation' && statuses[status]! > 1 ? 'violations' : status}`)
    .join(', ');
}

/** The status that colours an edge: a violation beats an accepted one beats a safe one. */
export function worstStatus(statuses: Readonly<Partial<Record<FlowStatus, number>>>): FlowStatus {
  return flowStatuses.find((status) => (statuses[status] ?? 0) > 0) ?? 'permitted';
}

export type StatusTone = 'bad' | 'accepted' | 'safe';

export function toneOf(status: FlowStatus): StatusTone {
  if (status === 'violation') return 'bad';
  return status === 'baselined' || status === 'suppressed' ? 'accepted' : 'safe';
}

export function flowsWithProblems(result: AuditResult): AuditFlow[] {
  return result.flows.filter((flow) => toneOf(flow.status) !== 'safe');
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
