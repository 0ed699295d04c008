import fs from 'node:fs';
import path from 'node:path';
import type { FileAnalysis } from '../engine/findings.js';
import { readPrismaSchemas, type PrismaSchemaFile } from '../engine/models/index.js';
import type { StoreDiagnostic } from '../engine/models/types.js';
import { storeFlows } from '../engine/store-flows.js';
import type { ResolvedSettings } from '../settings/resolve.js';
import type { AnalysedFile } from './assemble.js';
import { compareStrings } from './paths.js';
import { walkProject, type WalkResult } from './walk.js';

/** The files of one Prisma schema: a multi-file `prisma/schema/` folder, or one `.prisma` file. */
export interface PrismaSchemaGroup {
  readonly files: readonly string[];
  /** When one file of a multi-file schema is audited: the others are read for its types only. */
  readonly only?: string;
}

/**
 * The Prisma schemas under `root` (a folder, or one `.prisma` file), skipping the folders the
 * auditor never searches (`node_modules`, build output). The `.prisma` files under a folder
 * named `schema` (Prisma's multi-file layout, `prisma/schema/*.prisma`, subfolders included)
 * are one schema and read together; any other `.prisma` file is a schema of its own. For one
 * file of a multi-file schema, the whole schema is read and only that file reported.
 */
export function findPrismaSchemas(root: string, walked?: WalkResult): PrismaSchemaGroup[] {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(root);
  } catch {
    return [];
  }
  if (stat.isFile()) {
    if (!root.endsWith('.prisma')) return [];
    const folder = schemaFolderOf(root, path.parse(root).root);
    if (!folder) return [{ files: [root] }];
    return [{ files: walkProject(folder).prismaFiles.sort(compareStrings), only: root }];
  }
  const groups = new Map<string, string[]>();
  // `walked`: the walk of `root` the caller already made for the projects.
  for (const file of [...(walked ?? walkProject(root)).prismaFiles].sort(compareStrings)) {
    const key = schemaFolderOf(file, root) ?? file;
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups.keys()].sort(compareStrings).map((key) => ({ files: groups.get(key)! }));
}

/** The nearest folder named `schema` that holds the file, up to the audited folder (included). */
function schemaFolderOf(file: string, top: string): string | undefined {
  let dir = path.dirname(file);
  for (;;) {
    if (path.basename(dir) === 'schema') return dir;
    const parent = path.dirname(dir);
    if (dir === top || parent === dir) return undefined;
    dir = parent;
  }
}

export interface PrismaAnalysis {
  /** One analysis per `.prisma` file: its models, and their fields as storage flows. */
  readonly files: AnalysedFile[];
  /** Broken lines and blocks (`syntax`), and files that cannot be read (`project`). */
  readonly diagnostics: (StoreDiagnostic & { readonly kind: 'syntax' | 'project' })[];
}

/**
 * Reads each schema with the engine's Prisma reader and turns its models into the flows the
 * engine reports on model fields (`storeFlows`). A broken file gives diagnostics and the rest of
 * the schema is still read. A `.prisma` file has no ESLint directives: suppressions are not read.
 */
export function analysePrismaSchemas(groups: readonly PrismaSchemaGroup[], settingsFor: (file: string) => ResolvedSettings): PrismaAnalysis {
  const analysed: AnalysedFile[] = [];
  const diagnostics: PrismaAnalysis['diagnostics'] = [];
  for (const group of groups) {
    const sources: PrismaSchemaFile[] = [];
    for (const file of group.files) {
      try {
        sources.push({ file, text: fs.readFileSync(file, 'utf8') });
      } catch (error) {
        diagnostics.push({ kind: 'project', file, line: 1, message: `cannot read the Prisma schema: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      }
    }
    if (sources.length === 0) continue;
    const read = readPrismaSchemas(sources, settingsFor(group.only ?? sources[0]!.file));
    for (const d of read.diagnostics) if (group.only === undefined || d.file === group.only) diagnostics.push({ kind: 'syntax', ...d });
    for (const source of sources) {
      if (group.only !== undefined && source.file !== group.only) continue;
      const stores = read.stores.filter((store) => store.file === source.file);
      const analysis: FileAnalysis = { file: source.file, flows: storeFlows(stores), declarations: [], diagnostics: [], calls: [], stores };
      analysed.push({ analysis, text: source.text, directives: false });
    }
  }
  return { files: analysed, diagnostics };
}
