import type * as TS from 'typescript';
import type { EngineContext } from '../context.js';
import { readerContext } from './ast.js';
import { readDecoratedClasses } from './decorated.js';
import { readDrizzle } from './drizzle.js';
import { readMongoose } from './mongoose.js';
import { readSequelize } from './sequelize.js';
import { readTypeRecords, recordBaseName } from './typescript.js';
import type { StoreRecord } from './types.js';

export type { StoreDiagnostic, StoreField, StoreOrm, StoreProtection, StoreRecord } from './types.js';
export { outlinePrismaSchema, readPrismaSchema, readPrismaSchemas, type PrismaBlockOutline, type PrismaSchemaFile, type PrismaSchemaResult } from './prisma.js';

/** Module specifiers that bring a model reader in: quoted, as they appear in imports and requires. */
const ormModules = /['"](typeorm|@mikro-orm\/[\w/-]+|mongoose|@nestjs\/mongoose|@typegoose\/typegoose|sequelize|@sequelize\/core|sequelize-typescript|drizzle-orm(?:\/[\w-]+)*)['"]/g;
/** A type or class that may name a stored record (checked properly by the TypeScript reader). */
const recordTypeHint = /\b(?:interface|type)\s+\w*(?:Entity|Record|Row|Document|Model)\b|@store\b/;

/**
 * The data models a source file declares, with their personal fields and how each is protected
 * at rest. Cheap on files without an ORM import or a record-like type: one scan of the text.
 */
export function readModels(ctx: EngineContext, sourceFile: TS.SourceFile): StoreRecord[] {
  const text = sourceFile.text;
  const modules = new Set<string>();
  for (const match of text.matchAll(ormModules)) modules.add(family(match[1]!));
  const maybeTypes = recordTypeHint.test(text);
  if (modules.size === 0 && !maybeTypes) return [];

  const r = readerContext(ctx, sourceFile);
  const records: StoreRecord[] = [];
  if (modules.has('typeorm') || modules.has('mikro-orm') || modules.has('sequelize-typescript') || modules.has('nest-mongoose') || modules.has('typegoose')) {
    records.push(...readDecoratedClasses(r));
  }
  if (modules.has('mongoose')) records.push(...readMongoose(r));
  if (modules.has('sequelize') || modules.has('sequelize-typescript')) records.push(...readSequelize(r));
  if (modules.has('drizzle')) records.push(...readDrizzle(r));
  if (maybeTypes) {
    // A `UserDocument` interface next to the `User` schema describes the same store: read it once.
    const known = new Set(records.map((record) => recordBaseName(record.model)));
    records.push(...readTypeRecords(r, known));
  }
  return records.sort((a, b) => a.line - b.line);
}

function family(module: string): string {
  if (module.startsWith('@mikro-orm/')) return 'mikro-orm';
  if (module.startsWith('drizzle-orm')) return 'drizzle';
  if (module === '@nestjs/mongoose') return 'nest-mongoose';
  if (module === '@typegoose/typegoose') return 'typegoose';
  if (module === '@sequelize/core') return 'sequelize';
  return module;
}
