import type { Flow } from './findings.js';
import type { StoreRecord } from './models/types.js';

/**
 * Personal fields declared in data models, as storage flows reported on the field's
 * declaration: `violation` when stored as written, `encrypted` when protected. Only high
 * sensitivity (government ids, financial, Art. 9) is reported by default: an email column in a
 * users table is ordinary, and a password column usually holds a hash written elsewhere, so they
 * are `heuristic` (strict only) and listed in the inventory.
 */
export function storeFlows(records: readonly StoreRecord[]): Flow[] {
  const flows: Flow[] = [];
  for (const record of records) {
    const target = `${ormLabels[record.orm]} ${record.model}`;
    for (const field of record.fields) {
      // A `password` column is normal: the hash is written by service code the model cannot show.
      const sensitive = field.categories.some((c) => c.sensitivity === 'high' && c.group !== 'credentials');
      flows.push({
        rule: 'no-unencrypted-pii-storage',
        kind: 'storage',
        status: field.protection === 'none' ? 'violation' : 'encrypted',
        categories: field.categories,
        source: { text: field.name, file: record.file, line: field.line },
        sink: { kind: 'storage', target, store: 'database', model: record.model, file: record.file, line: record.line },
        file: record.file,
        span: { start: field.start, end: field.end, line: field.line, column: field.column, endLine: field.endLine, endColumn: field.endColumn },
        trace: [
          { file: record.file, line: field.line, note: `\`${field.name}\` holds ${field.categories.map((c) => c.label.toLowerCase()).join(', ')}: ${field.reason}` },
          { file: record.file, line: record.line, note: `declared in ${target}${record.table ? ` (table ${record.table})` : ''}; ${field.evidence}` },
        ],
        heuristic: !sensitive,
        reason: field.reason,
      });
    }
  }
  return flows;
}

/** How each ORM's model is named in messages and reports. */
export const ormLabels: Readonly<Record<StoreRecord['orm'], string>> = {
  prisma: 'Prisma model',
  typeorm: 'TypeORM entity',
  'mikro-orm': 'MikroORM entity',
  mongoose: 'Mongoose schema',
  sequelize: 'Sequelize model',
  drizzle: 'Drizzle table',
  typescript: 'stored record type',
};
