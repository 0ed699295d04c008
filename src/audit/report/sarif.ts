import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result, ThreadFlowLocation } from 'sarif';
import type { AuditFinding, AuditResult } from '../result.js';
import { ruleIds } from '../result.js';
import { ruleDocUrl, ruleInfo } from '../rule-info.js';
import type { ReportContext } from './context.js';

const srcRoot = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it (STYLE.md §9): rules with help and a docs link,
 * results with full regions, the trace as a code flow, and our line-independent fingerprint
 * under `privacy/v1`. `primaryLocationLineHash` is left to upload-sarif. Only new findings are
 * results: suppressed and baselined flows stay in the JSON report.
 */
export function formatSarif(result: AuditResult, context: ReportContext): string {
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const info = ruleInfo[id];
    const helpUri = ruleDocUrl(context.repositoryUrl, info);
    return {
      id,
      name: info.name,
      shortDescription: { text: info.description },
      fullDescription: { text: `${info.description}.` },
      help: { text: `${info.help} See ${helpUri}`, markdown: `${info.help}\n\n[Rule documentation](${helpUri})` },
      helpUri,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'privacy', info.cwe], precision: 'high', 'problem.severity': 'error', 'security-severity': info.securitySeverity },
    };
  });

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'privacy-audit',
          semanticVersion: result.tool.version,
          version: result.tool.version,
          informationUri: context.repositoryUrl,
          rules,
        },
      },
      automationDetails: { id: 'privacy-audit/' },
      originalUriBaseIds: { [srcRoot]: { uri: directoryUri(context.cwd) } },
      columnKind: 'utf16CodeUnits',
      results: result.findings.map((finding) => toResult(finding)),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toResult(finding: AuditFinding): Result {
  const sourceLocation: Location = {
    id: 1,
    physicalLocation: { artifactLocation: artifact(finding.source.file), region: { startLine: finding.source.line } },
    message: { text: finding.source.text },
  };
  const hops: ThreadFlowLocation[] = finding.trace.map((hop) => ({
    location: {
      physicalLocation: { artifactLocation: artifact(hop.file), region: { startLine: hop.line } },
      message: { text: hop.note },
    },
  }));
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIds.indexOf(finding.ruleId),
    level: finding.severity,
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(finding.file),
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
      },
    }],
    relatedLocations: [sourceLocation],
    ...(hops.length > 0 ? { codeFlows: [{ threadFlows: [{ locations: hops }] }] } : {}),
    partialFingerprints: { 'privacy/v1': finding.fingerprint },
    properties: { categories: [...finding.categories], sink: finding.sink.kind, ...(finding.sink.vendor ? { vendor: finding.sink.vendor } : {}) },
  };
}

function artifact(file: string): { uri: string; uriBaseId: string } {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
