import type { ResolvedSettings } from '../../settings/resolve.js';
import type { Span } from '../findings.js';
import { buildField, type ClassifiedField, type FieldProtection, inClear, isNotPiiTag, isPersonModel, ModelVocabulary, type PiiMarker } from './shared.js';
import type { StoreDiagnostic, StoreField, StoreRecord } from './types.js';

/**
 * A reader for the Prisma schema language, enough for a data inventory: `model`, `view`,
 * `type` (composite types) and `enum` blocks, fields with their type, `[]`/`?` modifiers and
 * attributes (`@id`, `@unique`, `@map("…")`, `@db.ByteA`, `@relation(…)`), block attributes
 * (`@@map("…")`), `///` doc comments and `//` comments. `datasource` and `generator` blocks are
 * skipped. A broken block or line gives a diagnostic and the rest of the file is still read.
 *
 * Hand-written rather than taken from npm: @mrleebo/prisma-ast (the maintained parser) needs
 * Node 22 in its current release, pulls chevrotain and lodash-es into every ESLint install, and
 * stops at the first syntax error, where an inventory must still read the other models.
 */

export interface PrismaSchemaResult {
  readonly stores: StoreRecord[];
  readonly diagnostics: StoreDiagnostic[];
}

export interface PrismaSchemaFile {
  readonly text: string;
  readonly file: string;
}

/** Reads one `.prisma` file. Types declared in other files of a multi-file schema are unknown here: prefer `readPrismaSchemas`. */
export function readPrismaSchema(text: string, file: string, settings: ResolvedSettings): PrismaSchemaResult {
  return readPrismaSchemas([{ text, file }], settings);
}

/**
 * Reads the files of one schema together (`prisma/schema/*.prisma`), so that a field typed by an
 * enum, a composite type or a model of another file is understood.
 */
export function readPrismaSchemas(files: readonly PrismaSchemaFile[], settings: ResolvedSettings): PrismaSchemaResult {
  const diagnostics: StoreDiagnostic[] = [];
  const parsed = files.map((source) => {
    const parser = new Parser(source.text, source.file, diagnostics);
    return { source, blocks: parser.parse(), lines: parser.lines };
  });
  const models = new Set<string>();
  const enums = new Set<string>();
  const types = new Map<string, { block: Block; lines: LineIndex }>();
  for (const { blocks, lines } of parsed) {
    for (const block of blocks) {
      if (block.keyword === 'model' || block.keyword === 'view') models.add(block.name.text);
      else if (block.keyword === 'enum') enums.add(block.name.text);
      else if (block.keyword === 'type') types.set(block.name.text, { block, lines });
    }
  }
  const words = vocabularyFor(settings);
  const stores: StoreRecord[] = [];
  for (const { source, blocks, lines } of parsed) {
    for (const block of blocks) {
      if (block.keyword !== 'model') continue;
      const table = block.attributes.find((a) => a.name === 'map')?.firstString;
      const reader: FieldReader = { words, models, enums, types, file: source.file, lines, diagnostics };
      const fields: StoreField[] = [];
      readFields(reader, block, '', isPersonModel(block.name.text), undefined, undefined, fields, 0);
      stores.push({
        file: source.file,
        line: lines.position(block.name.start).line,
        orm: 'prisma',
        model: block.name.text,
        ...(table ? { table } : {}),
        fields,
      });
    }
  }
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { stores, diagnostics };
}

/** A block as read, for tools and tests: its fields with type, modifiers and attribute names. */
export interface PrismaBlockOutline {
  readonly keyword: string;
  readonly name: string;
  readonly line: number;
  readonly attributes: readonly string[];
  readonly fields: readonly {
    readonly name: string;
    readonly line: number;
    readonly type: string;
    readonly list: boolean;
    readonly optional: boolean;
    readonly attributes: readonly string[];
  }[];
}

/** Every block of one file (models, views, composite types, enums, datasource, generator), as read. */
export function outlinePrismaSchema(text: string, file: string): { blocks: PrismaBlockOutline[]; diagnostics: StoreDiagnostic[] } {
  const diagnostics: StoreDiagnostic[] = [];
  const parser = new Parser(text, file, diagnostics);
  const blocks = parser.parse().map((block) => ({
    keyword: block.keyword,
    name: block.name.text,
    line: parser.lines.position(block.name.start).line,
    attributes: block.attributes.map((a) => a.name),
    fields: block.fields.map((f) => ({
      name: f.name.text,
      line: parser.lines.position(f.name.start).line,
      type: f.type,
      list: f.list,
      optional: f.optional,
      attributes: f.attributes.map((a) => a.name),
    })),
  }));
  return { blocks, diagnostics };
}

const vocabularies = new WeakMap<ResolvedSettings, ModelVocabulary>();
function vocabularyFor(settings: ResolvedSettings): ModelVocabulary {
  let words = vocabularies.get(settings);
  if (!words) vocabularies.set(settings, (words = new ModelVocabulary(settings)));
  return words;
}

const scalarTypes = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);

interface FieldReader {
  readonly words: ModelVocabulary;
  readonly models: ReadonlySet<string>;
  readonly enums: ReadonlySet<string>;
  readonly types: ReadonlyMap<string, { block: Block; lines: LineIndex }>;
  readonly file: string;
  readonly lines: LineIndex;
  readonly diagnostics: StoreDiagnostic[];
}

function readFields(
  reader: FieldReader,
  block: Block,
  prefix: string,
  person: boolean,
  inherited: ClassifiedField | undefined,
  /** Where nested fields are reported when their composite type is declared in another file. */
  at: Span | undefined,
  out: StoreField[],
  depth: number,
): void {
  if (depth > 4) return;
  const sameFile = at === undefined;
  for (const field of block.fields) {
    const path = prefix ? `${prefix}.${field.name.text}` : field.name.text;
    const docs = [...field.docs, ...(field.trailingDoc !== undefined ? [field.trailingDoc] : [])];
    const marker = markerOf(docs);
    const dbName = field.attributes.find((a) => a.name === 'map')?.firstString;
    const own = reader.words.classify(field.name.text, { personSubject: person, marker, ...(dbName ? { dbName } : {}), ...(inherited ? { inherited } : {}) });
    const fieldSpan = at ?? (sameFile ? reader.lines.span(field.name.start, field.name.end) : undefined)!;
    const isRelation = field.attributes.some((a) => a.name === 'relation');
    const composite = reader.types.get(field.type);
    if (composite && !isRelation && !marker.notPii) {
      const nestedAt = composite.lines === reader.lines ? at : (at ?? fieldSpan);
      const nestedReader = composite.lines === reader.lines ? reader : { ...reader, lines: composite.lines };
      readFields(nestedReader, composite.block, path, person, own, nestedAt, out, depth + 1);
      continue;
    }
    if (isRelation || reader.models.has(field.type)) continue;
    const known = scalarTypes.has(field.type) || reader.enums.has(field.type);
    // A type declared nowhere read: a relation when it is a list (`posts Post[]`); else most likely an enum of another file.
    if (!known && field.list) continue;
    if (!own) continue;
    out.push(buildField(path, fieldSpan, own, protectionOf(reader, field, docs), dbName));
  }
}

function markerOf(docs: readonly string[]): PiiMarker {
  let marker: PiiMarker = {};
  for (const doc of docs) {
    for (const match of doc.matchAll(/@(\w+)(?:[ \t]+([\w.-]+))?/g)) {
      const tag = match[1]!;
      if (isNotPiiTag(tag)) return { notPii: true };
      if (tag === 'pii') marker = { pii: match[2] && match[2].includes('.') ? match[2] : '' };
    }
  }
  return marker;
}

function protectionOf(reader: FieldReader, field: Field, docs: readonly string[]): FieldProtection {
  for (const doc of docs) {
    // prisma-field-encryption: `/// @encrypted`, `/// @encrypted?mode=strict`.
    if (/(^|\s)@encrypted(?![\w:])/.test(doc)) return { protection: 'encrypted', evidence: '`/// @encrypted` (prisma-field-encryption)' };
    for (const match of doc.matchAll(/@(\w+)/g)) {
      if (reader.words.isEncryptionDecorator(match[1]!)) return { protection: 'encrypted', evidence: `\`/// @${match[1]}\` (encryptionDecorators)` };
    }
  }
  const native = field.attributes.find((a) => a.name.startsWith('db.'))?.name.slice(3);
  if (native && reader.words.isEncryptedColumnType(native)) return { protection: 'encrypted', evidence: `column type @db.${native} (encryptedColumnTypes)` };
  if (reader.words.isEncryptedColumnType(field.type)) return { protection: 'encrypted', evidence: `type ${field.type} (encryptedColumnTypes)` };
  return inClear();
}

// ---------------------------------------------------------------------------------------------
// Lexer and parser

type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'newline' | 'comment' | 'doc' | 'at' | 'atat' | 'unknown' | 'eof';

interface Token {
  readonly kind: TokenKind;
  /** Identifier or punctuation as written; a string's value; a comment's text after the slashes. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly unterminated?: boolean;
}

interface Attribute {
  /** `id`, `map`, `db.VarChar`, `relation`. */
  readonly name: string;
  readonly firstString?: string;
}

interface Field {
  readonly name: Token;
  /** The type name: `String`, `Role`, `Address`, `Unsupported`. */
  readonly type: string;
  readonly list: boolean;
  readonly optional: boolean;
  readonly attributes: readonly Attribute[];
  readonly docs: readonly string[];
  readonly trailingDoc?: string;
}

interface Block {
  readonly keyword: string;
  readonly name: Token;
  readonly fields: Field[];
  readonly attributes: Attribute[];
}

const blockKeywords = new Set(['model', 'view', 'type', 'enum', 'datasource', 'generator']);
const punctuation = new Set(['{', '}', '(', ')', '[', ']', ',', ':', '=', '?', '.', '!']);

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  span(start: number, end: number): Span {
    const from = this.position(start);
    const to = this.position(end);
    return { start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

const isIdentStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isIdentPart = (code: number) => isIdentStart(code) || isDigit(code) || code === 45;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      tokens.push({ kind: 'newline', text: '\n', start: i, end: i + 1 });
      i++;
    } else if (code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xfeff) {
      i++;
    } else if (code === 47 && text.charCodeAt(i + 1) === 47) {
      let end = text.indexOf('\n', i);
      if (end === -1) end = length;
      const doc = text.charCodeAt(i + 2) === 47;
      tokens.push({ kind: doc ? 'doc' : 'comment', text: text.slice(i + (doc ? 3 : 2), end).trim(), start: i, end });
      i = end;
    } else if (code === 34) {
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < length && text.charCodeAt(j) !== 10) {
        const c = text.charCodeAt(j);
        if (c === 92 && j + 1 < length) {
          value += text[j + 1];
          j += 2;
        } else if (c === 34) {
          closed = true;
          j++;
          break;
        } else {
          value += text[j];
          j++;
        }
      }
      tokens.push({ kind: 'string', text: value, start: i, end: j, ...(closed ? {} : { unterminated: true }) });
      i = j;
    } else if (code === 64) {
      const double = text.charCodeAt(i + 1) === 64;
      tokens.push({ kind: double ? 'atat' : 'at', text: double ? '@@' : '@', start: i, end: i + (double ? 2 : 1) });
      i += double ? 2 : 1;
    } else if (isIdentStart(code)) {
      let j = i + 1;
      while (j < length && isIdentPart(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'ident', text: text.slice(i, j), start: i, end: j });
      i = j;
    } else if (isDigit(code) || (code === 45 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < length && /[0-9.eE+-]/.test(text[j]!)) j++;
      tokens.push({ kind: 'number', text: text.slice(i, j), start: i, end: j });
      i = j;
    } else if (punctuation.has(text[i]!)) {
      tokens.push({ kind: 'punct', text: text[i]!, start: i, end: i + 1 });
      i++;
    } else {
      tokens.push({ kind: 'unknown', text: text[i]!, start: i, end: i + 1 });
      i++;
    }
  }
  tokens.push({ kind: 'eof', text: '', start: length, end: length });
  return tokens;
}

class Parser {
  readonly lines: LineIndex;
  private readonly tokens: Token[];
  private i = 0;

  constructor(text: string, private readonly file: string, private readonly diagnostics: StoreDiagnostic[]) {
    this.lines = new LineIndex(text);
    this.tokens = tokenize(text);
  }

  parse(): Block[] {
    const blocks: Block[] = [];
    let lost = false;
    for (;;) {
      this.skipBlankLines();
      const token = this.peek();
      if (token.kind === 'eof') break;
      if (token.kind === 'doc' || token.kind === 'comment') {
        this.i++;
        continue;
      }
      if (this.atBlockStart()) {
        lost = false;
        const keyword = this.next().text;
        const name = this.next();
        this.next(); // `{`
        blocks.push(this.block(keyword, name));
        continue;
      }
      // `type Name = String @db.Text`: a type alias of old Prisma versions, nothing stored.
      if (token.kind === 'ident' && token.text === 'type' && this.peek(1).kind === 'ident' && this.isPunct(this.peek(2), '=')) {
        this.skipLine();
        continue;
      }
      if (!lost) {
        const what = token.kind === 'ident' && blockKeywords.has(token.text)
          ? `\`${token.text}\` needs a name and \`{\` on the same line`
          : `unexpected ${describe(token)} outside a block`;
        this.report(token.start, `${what}; skipped up to the next block`);
        lost = true;
      }
      this.skipLine();
    }
    return blocks;
  }

  /** The body of a block, up to its `}`, or up to the next block when the `}` is missing. */
  private block(keyword: string, name: Token): Block {
    const block: Block = { keyword, name, fields: [], attributes: [] };
    const readsFields = keyword === 'model' || keyword === 'view' || keyword === 'type';
    let docs: string[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof') {
        this.report(name.start, `${keyword} ${name.text} has no closing \`}\`; read up to the end of the file`);
        return block;
      }
      if (token.kind === 'newline') {
        this.i++;
        continue;
      }
      if (this.isPunct(token, '}')) {
        this.i++;
        this.expectLineEnd(`after the \`}\` of ${keyword} ${name.text}`);
        return block;
      }
      if (this.atLineStart() && this.atBlockStart()) {
        this.report(name.start, `${keyword} ${name.text} has no closing \`}\`; read up to the next block`);
        return block;
      }
      if (token.kind === 'doc') {
        docs.push(token.text);
        this.i++;
        continue;
      }
      if (token.kind === 'comment') {
        this.i++;
        continue;
      }
      if (!readsFields) {
        // enum values, datasource and generator settings: nothing to read, but keep parentheses balanced.
        if (token.kind === 'punct' && (token.text === '(' || token.text === '[')) this.balanced(`${keyword} ${name.text}`);
        else this.i++;
        continue;
      }
      if (token.kind === 'atat') {
        this.i++;
        const attribute = this.attribute(`${keyword} ${name.text}`);
        if (attribute) block.attributes.push(attribute);
        this.expectLineEnd(`in ${keyword} ${name.text}`);
        docs = [];
        continue;
      }
      if (token.kind === 'ident') {
        const field = this.field(`${keyword} ${name.text}`, docs);
        if (field) block.fields.push(field);
        docs = [];
        continue;
      }
      this.report(token.start, `${keyword} ${name.text}: unexpected ${describe(token)}; line skipped`);
      this.skipLine();
      docs = [];
    }
  }

  /** `name Type[]? @attr(…) @attr /// doc`. */
  private field(where: string, docs: readonly string[]): Field | undefined {
    const name = this.next();
    const typeToken = this.peek();
    if (typeToken.kind !== 'ident') {
      this.report(name.start, `${where}: field \`${name.text}\` has no type; line skipped`);
      this.skipLine();
      return undefined;
    }
    this.i++;
    let type = typeToken.text;
    // `Unsupported("circle")`; a qualified type is not Prisma, but read the last part.
    if (this.isPunct(this.peek(), '(')) this.balanced(`${where}: field \`${name.text}\``);
    while (this.isPunct(this.peek(), '.') && this.peek(1).kind === 'ident') {
      this.i++;
      type = this.next().text;
    }
    let list = false;
    let optional = false;
    if (this.isPunct(this.peek(), '[') && this.isPunct(this.peek(1), ']')) {
      this.i += 2;
      list = true;
    }
    if (this.isPunct(this.peek(), '?') || this.isPunct(this.peek(), '!')) {
      optional = this.peek().text === '?';
      this.i++;
    }
    const attributes: Attribute[] = [];
    let trailingDoc: string | undefined;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'at') {
        this.i++;
        const attribute = this.attribute(`${where}: field \`${name.text}\``);
        if (attribute) attributes.push(attribute);
        continue;
      }
      if (token.kind === 'doc') {
        trailingDoc = token.text;
        this.i++;
        continue;
      }
      if (token.kind === 'comment') {
        this.i++;
        continue;
      }
      if (token.kind === 'newline' || token.kind === 'eof' || this.isPunct(token, '}')) break;
      this.report(token.start, `${where}: field \`${name.text}\`: unexpected ${describe(token)}; rest of the line skipped`);
      this.skipLine();
      break;
    }
    return { name, type, list, optional, attributes, docs, ...(trailingDoc !== undefined ? { trailingDoc } : {}) };
  }

  /** After `@` or `@@`: `name`, `db.VarChar`, then optional `( … )`. */
  private attribute(where: string): Attribute | undefined {
    const first = this.peek();
    if (first.kind !== 'ident') {
      this.report(first.start, `${where}: \`@\` is not followed by an attribute name`);
      return undefined;
    }
    this.i++;
    let name = first.text;
    while (this.isPunct(this.peek(), '.') && this.peek(1).kind === 'ident') {
      this.i++;
      name += `.${this.next().text}`;
    }
    let firstString: string | undefined;
    if (this.isPunct(this.peek(), '(')) {
      const inside = this.balanced(`${where}: @${name}`);
      firstString = inside.find((t) => t.kind === 'string')?.text;
    }
    return { name, ...(firstString !== undefined ? { firstString } : {}) };
  }

  /**
   * From `(` or `[` to its closing match, newlines allowed inside. A `{`, `}`, the start of a
   * block, or the end of the file before the match is a diagnostic; the closing brace is not consumed.
   */
  private balanced(where: string): Token[] {
    const open = this.next();
    const stack: string[] = [open.text === '(' ? ')' : ']'];
    const inside: Token[] = [];
    while (stack.length > 0) {
      const token = this.peek();
      if (token.kind === 'eof' || this.isPunct(token, '{') || this.isPunct(token, '}') || (this.atLineStart() && this.atBlockStart())) {
        this.report(open.start, `${where}: \`${open.text}\` is never closed`);
        return inside;
      }
      this.i++;
      if (token.kind === 'string' && token.unterminated) {
        this.report(token.start, `${where}: string is never closed`);
      }
      if (token.kind === 'punct' && (token.text === '(' || token.text === '[')) stack.push(token.text === '(' ? ')' : ']');
      else if (token.kind === 'punct' && (token.text === ')' || token.text === ']')) {
        if (stack[stack.length - 1] === token.text) stack.pop();
        else {
          this.report(token.start, `${where}: \`${token.text}\` does not match \`${open.text}\``);
          return inside;
        }
      } else inside.push(token);
    }
    return inside;
  }

  private expectLineEnd(where: string): void {
    if (this.atLineStart()) return;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'comment' || token.kind === 'doc') {
        this.i++;
        continue;
      }
      if (token.kind === 'newline' || token.kind === 'eof' || this.isPunct(token, '}')) return;
      this.report(token.start, `unexpected ${describe(token)} ${where}; rest of the line skipped`);
      this.skipLine();
      return;
    }
  }

  /** `model User {` at the start of a line. */
  private atBlockStart(): boolean {
    const keyword = this.peek();
    return keyword.kind === 'ident' && blockKeywords.has(keyword.text) && this.peek(1).kind === 'ident' && this.isPunct(this.peek(2), '{');
  }

  private atLineStart(): boolean {
    const previous = this.tokens[this.i - 1];
    return !previous || previous.kind === 'newline';
  }

  private skipBlankLines(): void {
    while (this.peek().kind === 'newline') this.i++;
  }

  private skipLine(): void {
    while (this.peek().kind !== 'newline' && this.peek().kind !== 'eof') this.i++;
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)]!;
  }

  private next(): Token {
    return this.tokens[Math.min(this.i++, this.tokens.length - 1)]!;
  }

  private isPunct(token: Token, text: string): boolean {
    return token.kind === 'punct' && token.text === text;
  }

  private report(offset: number, message: string): void {
    this.diagnostics.push({ file: this.file, line: this.lines.position(offset).line, message });
  }
}

function describe(token: Token): string {
  if (token.kind === 'eof') return 'end of file';
  if (token.kind === 'string') return 'string';
  return `\`${token.text}\``;
}
