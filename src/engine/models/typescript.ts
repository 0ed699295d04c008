import type * as TS from 'typescript';
import { isPersonSubjectName } from '../classify-name.js';
import { splitWords } from '../words.js';
import { nameText } from '../context.js';
import { jsDocMarker, line, type ReaderContext, span } from './ast.js';
import { buildField, type ClassifiedField, type FieldProtection, inClear, isPersonModel } from './shared.js';
import type { StoreField, StoreRecord } from './types.js';

/** Last words of a type name that say it is a stored record. */
const recordWords = new Set(['entity', 'record', 'row', 'document', 'model']);
/** Words before them that say it is not: a view model, a form model, a DTO. */
const notStoredWords = new Set(['view', 'form', 'ui', 'dto', 'input', 'request', 'response', 'props', 'state', 'payload']);

/** The names a stored-record type gives its model: `UserEntity` → `User`, `IPatientRecord` → `Patient`. */
export function recordBaseName(name: string): string {
  return name.replace(/^I(?=[A-Z])/, '').replace(/(Entity|Record|Row|Document|Doc|Model|Schema|Attributes|Attrs|Table)$/, '') || name;
}

export function isRecordTypeName(name: string): boolean {
  const words = splitWords(name);
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  return recordWords.has(last) && !words.slice(0, -1).some((word) => notStoredWords.has(word));
}

/**
 * TypeScript types that name a stored record: interfaces and object type aliases named
 * `*Entity`, `*Record`, `*Row`, `*Document`, `*Model`, or any interface, type or class tagged
 * `/** @store *\/`. Nested object types are read as dotted paths. A field is protected when
 * tagged `@encrypted` (or a project `encryptionDecorators` tag), when its type says encryption
 * (`Encrypted<string>`, `Ciphertext`), or by the naming convention.
 */
export function readTypeRecords(r: ReaderContext, skipModels: ReadonlySet<string>): StoreRecord[] {
  const ts = r.ts;
  const records: StoreRecord[] = [];
  const visit = (node: TS.Node): void => {
    let members: readonly TS.Node[] | undefined;
    let name: TS.Identifier | undefined;
    if (ts.isInterfaceDeclaration(node)) {
      members = node.members;
      name = node.name;
    } else if (ts.isTypeAliasDeclaration(node) && ts.isTypeLiteralNode(node.type)) {
      members = node.type.members;
      name = node.name;
    } else if (ts.isClassDeclaration(node) && node.name && hasStoreTag(r, node)) {
      members = node.members;
      name = node.name;
    }
    if (members && name && (hasStoreTag(r, node) || isRecordTypeName(name.text)) && !skipModels.has(recordBaseName(name.text))) {
      const fields: StoreField[] = [];
      readMembers(r, members, '', isPersonModel(name.text), undefined, fields, 0);
      records.push({ file: r.sourceFile.fileName, line: line(r, name), orm: 'typescript', model: name.text, fields });
    }
    if (ts.isSourceFile(node) || ts.isModuleBlock(node) || node.kind === ts.SyntaxKind.ModuleDeclaration) ts.forEachChild(node, visit);
  };
  visit(r.sourceFile);
  return records;
}

function hasStoreTag(r: ReaderContext, node: TS.Node): boolean {
  return r.ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'store');
}

function readMembers(
  r: ReaderContext,
  members: readonly TS.Node[],
  prefix: string,
  person: boolean,
  inherited: ClassifiedField | undefined,
  out: StoreField[],
  depth: number,
): void {
  const ts = r.ts;
  if (depth > 4) return;
  for (const member of members) {
    if (!ts.isPropertySignature(member) && !ts.isPropertyDeclaration(member)) continue;
    const name = nameText(ts, member.name);
    if (name === undefined) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    const { marker, encrypted } = jsDocMarker(r, member);
    const own = r.words.classify(name, { personSubject: person, marker, ...(inherited ? { inherited } : {}) });
    const type = member.type;
    if (type && ts.isTypeLiteralNode(type) && !marker.notPii) {
      readMembers(r, type.members, path, person || isPersonSubjectName(name), own, out, depth + 1);
      continue;
    }
    if (!own) continue;
    const protection: FieldProtection = encrypted
      ? { protection: 'encrypted', evidence: 'JSDoc `@encrypted`' }
      : typeProtection(r, type) ?? inClear();
    out.push(buildField(path, span(r, member.name), own, protection));
  }
}

/** `Encrypted<string>`, `EncryptedString`, `Ciphertext`: a field typed as ciphertext. */
function typeProtection(r: ReaderContext, type: TS.TypeNode | undefined): FieldProtection | undefined {
  const ts = r.ts;
  if (!type) return undefined;
  const parts = ts.isUnionTypeNode(type) ? type.types : [type];
  for (const part of parts) {
    if (!ts.isTypeReferenceNode(part)) continue;
    const name = part.typeName.getText(r.sourceFile);
    if (r.words.encryptionWord(name)) return { protection: 'encrypted', evidence: `type ${name}` };
    if (r.words.isEncryptedColumnType(name)) return { protection: 'encrypted', evidence: `type ${name} (encryptedColumnTypes)` };
  }
  return undefined;
}
