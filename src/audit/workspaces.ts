import fs from 'node:fs';
import path from 'node:path';
import type { WorkspacePackage } from '../engine/modules.js';

/**
 * The packages of a monorepo by name (`@acme/auth` → `packages/auth`), from the package.json
 * files the project walk found outside dependencies. A checkout before `npm install` has no
 * `node_modules` links, so this is how an import of a sibling package finds its source.
 */
export function workspacePackagesOf(files: readonly string[]): ReadonlyMap<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  for (const file of files) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue; // not JSON: not a package we can name
    }
    if (typeof manifest !== 'object' || manifest === null) continue;
    const fields = manifest as Record<string, unknown>;
    if (typeof fields.name !== 'string' || fields.name === '' || packages.has(fields.name)) continue;
    const dir = path.dirname(file);
    // Where `import '@acme/auth'` lands: the source entry first, then the built ones.
    const entries = ['source', 'types', 'typings', 'module', 'main']
      .map((key) => fields[key])
      .filter((value): value is string => typeof value === 'string')
      .map((value) => path.join(dir, value));
    packages.set(fields.name, { dir, entries });
  }
  return packages;
}
