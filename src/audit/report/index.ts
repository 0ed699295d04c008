import type { AuditResult } from '../result.js';
import type { ReportContext } from './context.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { ReportContext } from './context.js';

export type FormatName = 'text' | 'json' | 'sarif' | 'markdown' | 'html';

/** Every report is a pure function of the result. */
export const formatters: Readonly<Record<FormatName, (result: AuditResult, context: ReportContext) => string>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  markdown: formatMarkdown,
  html: formatHtml,
};

export const formatNames = Object.keys(formatters) as FormatName[];
