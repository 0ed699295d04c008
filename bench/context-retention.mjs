#!/usr/bin/env node
// Why enabling any one rule makes ESLint 10 slower (the a1/a and c1/c reference ratios of
// `npm run bench`), reproduced without ESLint.
//
// For each file, ESLint creates one FileContext (holding the file's SourceCode: AST, tokens,
// scopes) and, per enabled rule, a rule context as `Object.create(fileContext)`
// (lib/linter/file-context.js, `FileContext#extend`). Once an object is some object's
// prototype, V8 keeps what it references alive past the scavenges of the young generation, so
// every file's AST is promoted to the old generation and collected by full mark-compacts.
// With no rule enabled, no rule context is created and the AST dies young.
//
// This script does the same with a synthetic AST per "file": plain (no rule), copy (a rule
// context that copies the file context's fields), prototype (what ESLint does). On this
// project's machine (Node 20): plain and copy take 0.7 s with 0.2 s of GC and 1 mark-compact;
// prototype takes 3.0 s with 2.1 s of GC and 49 mark-compacts.
//
// In ESLint itself, a rule whose create() returns no listeners adds about 0.3 s of GC to the
// 3 s untyped lint of the generated project; with FileContext#extend copying instead
// (`Object.assign(Object.create(FileContext.prototype), this, extension)`), it adds nothing.
//
//   node bench/context-retention.mjs [plain|copy|prototype|all]

import { constants, PerformanceObserver } from 'node:perf_hooks';

const files = 800;
const nodesPerFile = 20_000;

/** A tree shaped like a parser's output: many small objects with parent links. */
function syntheticAst(size) {
  const nodes = [];
  for (let i = 0; i < size; i++) nodes.push({ type: 'Node', index: i, parent: nodes[i >> 1] ?? null, children: [], text: `n${i}` });
  return nodes;
}

async function run(mode) {
  let gcMs = 0;
  let scavenges = 0;
  let fullCollections = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
      else if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let ruleContext; // the last one, as a rule would hold it while the file is linted
  const started = performance.now();
  for (let file = 0; file < files; file++) {
    const ast = syntheticAst(nodesPerFile);
    const fileContext = Object.freeze({ sourceCode: { ast }, filename: `file${file}.ts` });
    if (mode === 'prototype') ruleContext = Object.freeze(Object.assign(Object.create(fileContext), { id: 'rule' }));
    else if (mode === 'copy') ruleContext = Object.freeze({ ...fileContext, id: 'rule' });
    let visited = 0;
    for (const node of ast) visited += node.children.length + 1; // "lint" the file
    if (visited !== nodesPerFile) throw new Error('unreachable');
  }
  const wallMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the last GC entries arrive
  observer.disconnect();
  void ruleContext;
  console.log(`${mode.padEnd(10)} wall ${Math.round(wallMs)} ms, GC ${Math.round(gcMs)} ms, scavenges ${scavenges}, mark-compacts ${fullCollections}`);
}

const mode = process.argv[2] ?? 'all';
const modes = mode === 'all' ? ['plain', 'copy', 'prototype'] : [mode];
for (const m of modes) {
  if (!['plain', 'copy', 'prototype'].includes(m)) {
    console.error('usage: context-retention.mjs [plain|copy|prototype|all]');
    process.exit(2);
  }
  await run(m);
}
