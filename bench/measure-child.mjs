// Runs a Node script inside this process and, when the process exits, writes its peak RSS and
// CPU time to a report file. This gives the same memory figure for every tool (tsc, ESLint,
// the auditor) without `/usr/bin/time`, which not every machine has.
//
//   node --expose-gc bench/measure-child.mjs <report.json> <script.js> [args…]

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportFile, script, ...args] = process.argv.slice(2);
if (!reportFile || !script) {
  console.error('usage: measure-child.mjs <report.json> <script> [args…]');
  process.exit(2);
}

const scriptPath = path.resolve(script);
// The script sees the argv it would see when run directly: [node, script, …args].
process.argv = [process.argv[0], scriptPath, ...args];

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  fs.writeFileSync(
    reportFile,
    JSON.stringify({
      exitCode: code,
      maxRssKb: usage.maxRSS, // kilobytes, as getrusage(2) reports it
      userMs: usage.userCPUTime / 1000,
      systemMs: usage.systemCPUTime / 1000,
    }),
  );
});

await import(pathToFileURL(scriptPath).href);
