import fs from 'node:fs';
import path from 'node:path';
import type { WorkspacePackage } from '../engine/modules.js';
import { walkProject } from './walk.js';

/**
 * The packages of a monorepo by name (`@acme/auth` → `packages/auth`), from every package.json
 * under the root outside dependencies. A checkout before `npm install` has no `node_modules`
 * links, so this is how an import of a sibling package finds its source.
 */
export function workspacePackagesUnder(root: string): ReadonlyMap<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  let files: readonly string[];
  try {
    files = fs.statSync(root).isDirectory() ? walkProject(root).packageJsons : [];
  } catch {
    return packages;
  }
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
