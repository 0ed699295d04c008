import type { ResolvedSettings } from '../settings/resolve.js';
import type { ArgPositions, HttpCallShape, HttpClient, LogSink, ReceiverMatch, StorageSink, ThirdPartySdk } from './catalogue/types.js';
import type { OriginRoot } from './origin.js';
import { splitWords } from './words.js';

export type IndexedEntry =
  | { readonly order: number; readonly kind: 'log'; readonly entry: LogSink; readonly methods: MethodIndex<ArgPositions> }
  | { readonly order: number; readonly kind: 'third-party'; readonly entry: ThirdPartySdk; readonly methods: MethodIndex<ArgPositions> }
  | { readonly order: number; readonly kind: 'storage'; readonly entry: StorageSink; readonly methods: MethodIndex<ArgPositions> }
  | { readonly order: number; readonly kind: 'http'; readonly entry: HttpClient; readonly methods: MethodIndex<HttpCallShape> };

/** Method keys by their last segment: `people.set` is found under `set`. */
export type MethodIndex<T> = ReadonlyMap<string, readonly { readonly segments: readonly string[]; readonly value: T }[]>;

/**
 * The catalogues indexed by how a receiver is reached (module, global, receiver word, type
 * name), so that matching a call looks at a handful of entries instead of all of them.
 * Built once per settings object.
 */
export class CatalogueIndex {
  /** Last names of every method key, plus callable globals: a call whose name is not here is no sink. */
  readonly callNames = new Set<string>();
  private readonly byModule = new Map<string, IndexedEntry[]>();
  private readonly byModulePrefix: [string, IndexedEntry][] = [];
  private readonly byGlobal = new Map<string, IndexedEntry[]>();
  private readonly byReceiverWord = new Map<string, IndexedEntry[]>();
  private readonly byTypeName = new Map<string, IndexedEntry[]>();
  private readonly listsByModule = new Map<string, readonly (readonly IndexedEntry[])[]>();
  /** Globals whose assignment configures a third party (`intercomSettings`, `Tawk_API.visitor`), by dotted path. */
  readonly assignedSdks = new Map<string, ThirdPartySdk>();
  /** AWS SDK v3 write commands by class name: the stores whose modules export them. */
  readonly commands = new Map<string, { readonly entry: StorageSink; readonly modules: readonly string[]; readonly positions: ArgPositions }[]>();

  constructor(settings: ResolvedSettings) {
    let order = 0;
    const entries: IndexedEntry[] = [
      ...settings.logSinks.map((entry) => ({ order: order++, kind: 'log' as const, entry, methods: indexMethods(entry.methods) })),
      ...settings.thirdParties.map((entry) => ({ order: order++, kind: 'third-party' as const, entry, methods: indexMethods(entry.methods) })),
      ...settings.storageSinks.map((entry) => ({ order: order++, kind: 'storage' as const, entry, methods: indexMethods(entry.methods) })),
      ...settings.httpClients.map((entry) => ({ order: order++, kind: 'http' as const, entry, methods: indexMethods(entry.methods) })),
    ];
    for (const indexed of entries) {
      const entry: ReceiverMatch & { callable?: unknown } = indexed.entry;
      for (const last of indexed.methods.keys()) this.callNames.add(last);
      if (entry.callable) for (const global of entry.globals ?? []) this.callNames.add(global);
      for (const module of entry.modules ?? []) {
        if (module.endsWith('/*')) this.byModulePrefix.push([module.slice(0, -2), indexed]);
        else push(this.byModule, module, indexed);
      }
      for (const global of entry.globals ?? []) push(this.byGlobal, global, indexed);
      for (const name of entry.receiverNames ?? []) {
        const last = name.split('.').pop()!;
        const words = splitWords(last);
        push(this.byReceiverWord, words[words.length - 1] ?? last.toLowerCase(), indexed);
      }
      for (const typeName of entry.typeNames ?? []) push(this.byTypeName, typeName, indexed);
      if (indexed.kind === 'third-party') {
        for (const path of indexed.entry.assignments ?? []) if (!this.assignedSdks.has(path)) this.assignedSdks.set(path, indexed.entry);
      }
      if (indexed.kind === 'storage' && indexed.entry.commands) {
        this.callNames.add('send');
        for (const [command, positions] of Object.entries(indexed.entry.commands)) {
          let list = this.commands.get(command);
          if (!list) this.commands.set(command, (list = []));
          list.push({ entry: indexed.entry, modules: indexed.entry.modules ?? [], positions });
        }
      }
    }
  }

  /** Whether some entry is reached through this package (or a subpath of one). */
  knowsModule(module: string): boolean {
    return this.moduleLists(module).length > 0;
  }

  /** The entries of a package, of the package a subpath belongs to (`@sentry/node/esm`), and of prefixes (`drizzle-orm/*`). */
  private moduleLists(module: string): readonly (readonly IndexedEntry[])[] {
    // (Memoised: every call on a package's receiver asks, and projects name few packages.)
    const known = this.listsByModule.get(module);
    if (known) return known;
    const lists: (readonly IndexedEntry[])[] = [];
    this.listsByModule.set(module, lists);
    const own = this.byModule.get(module);
    if (own) lists.push(own);
    const parts = module.split('/');
    const pkg = module.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    const ofPackage = pkg !== module ? this.byModule.get(pkg) : undefined;
    if (ofPackage) lists.push(ofPackage);
    for (const [prefix, entry] of this.byModulePrefix) if (module === prefix || module.startsWith(`${prefix}/`)) lists.push([entry]);
    return lists;
  }

  /** Entries that may match a receiver with this root, in catalogue order. */
  candidates(root: OriginRoot, path: readonly string[], typeNames: readonly string[]): readonly IndexedEntry[] {
    // Most calls find no list at all, many exactly one (already in catalogue order): only a mix
    // of lists is merged and sorted.
    const lists: (readonly IndexedEntry[])[] = [];
    const add = (list: readonly IndexedEntry[] | undefined) => {
      if (list && list.length > 0 && !lists.includes(list)) lists.push(list);
    };
    if (root.kind === 'module') {
      for (const list of this.moduleLists(root.module)) add(list);
    } else {
      const names = root.kind === 'global' ? [root.name, ...path] : root.names;
      if (root.kind === 'global') add(this.byGlobal.get(root.name));
      // Receivers matched by name: the receiver is one of the last few names (method paths are short).
      for (let back = 1; back <= Math.min(names.length, 3); back++) {
        const words = splitWords(names[names.length - back]!);
        add(this.byReceiverWord.get(words[words.length - 1] ?? ''));
      }
      for (const typeName of typeNames) add(this.byTypeName.get(typeName));
    }
    if (lists.length === 0) return noEntries;
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a.order - b.order);
  }
}

const noEntries: readonly IndexedEntry[] = Object.freeze([]);

function indexMethods<T>(methods: Readonly<Record<string, T>>): MethodIndex<T> {
  const index = new Map<string, { segments: string[]; value: T }[]>();
  for (const [key, value] of Object.entries(methods)) {
    const segments = key.split('.');
    const last = segments[segments.length - 1]!;
    let list = index.get(last);
    if (!list) index.set(last, (list = []));
    list.push({ segments, value });
  }
  return index;
}

/** Adds an entry to a key's list once (an entry may name the same receiver word twice). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const indexes = new WeakMap<ResolvedSettings, CatalogueIndex>();
export function catalogueIndexFor(settings: ResolvedSettings): CatalogueIndex {
  let index = indexes.get(settings);
  if (!index) indexes.set(settings, (index = new CatalogueIndex(settings)));
  return index;
}
