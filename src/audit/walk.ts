import fs from 'node:fs';
import path from 'node:path';

/** Extensions the auditor analyses (the default project's `**\/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`). */
export const sourceExtensions: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * Folders never searched: dependencies, VCS data and build output. Other dot-folders
 * (`.well-known`, `.storybook`) hold source and are searched.
 */
export const skippedFolders: ReadonlySet<string> = new Set([
  'node_modules', 'bower_components', 'jspm_packages', '.git', '.hg', '.svn',
  'dist', 'build', 'coverage', '.next', '.nuxt', '.svelte-kit', '.turbo', '.vercel', '.output',
]);

export const tsconfigNames: readonly string[] = ['tsconfig.json', 'jsconfig.json'];

export function isAnalysableFile(file: string): boolean {
  if (/\.d\.[cm]?ts$/.test(file) || /\.d\.[^.]+\.ts$/.test(file)) return false;
  return sourceExtensions.includes(path.extname(file));
}

export interface WalkResult {
  readonly sourceFiles: string[];
  readonly tsconfigs: string[];
  /** Prisma schema files, read by the auditor's model inventory. */
  readonly prismaFiles: string[];
  /** package.json files outside dependencies: the packages of a monorepo's workspace. */
  readonly packageJsons: string[];
}

/**
 * One pass over a directory tree: the files to analyse and the tsconfigs below it, skipping
 * `skippedFolders` and any extra absolute folders (a tsconfig's `outDir`). Sorted, so the
 * result does not depend on the order the file system lists entries in.
 */
export function walkProject(root: string, extraSkipped: ReadonlySet<string> = new Set()): WalkResult {
  const sourceFiles: string[] = [];
  const tsconfigs: string[] = [];
  const prismaFiles: string[] = [];
  const packageJsons: string[] = [];
  const visit = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to analyse there
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name) && !extraSkipped.has(full)) visit(full);
      } else if (entry.isFile()) {
        if (tsconfigNames.includes(entry.name)) tsconfigs.push(full);
        else if (isAnalysableFile(entry.name)) sourceFiles.push(full);
        else if (entry.name.endsWith('.prisma')) prismaFiles.push(full);
        else if (entry.name === 'package.json') packageJsons.push(full);
      }
    }
  };
  visit(root);
  sourceFiles.sort();
  tsconfigs.sort();
  prismaFiles.sort();
  packageJsons.sort();
  return { sourceFiles, tsconfigs, prismaFiles, packageJsons };
}

/** The nearest tsconfig.json/jsconfig.json in `dir` or above it. */
export function findNearestTsconfig(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    for (const name of tsconfigNames) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
