// Writes docs/taxonomy.md from the built taxonomy, so the doc cannot drift from the data.
// Run through `npm run docs:taxonomy`, which builds dist/ first.
import { writeFileSync } from 'node:fs';
import { piiTypes } from '../dist/src/engine/taxonomy/data.js';
import { renderTaxonomyDoc } from '../dist/src/engine/taxonomy/render-doc.js';

const target = new URL('../docs/taxonomy.md', import.meta.url);
writeFileSync(target, renderTaxonomyDoc(piiTypes));
console.log(`docs/taxonomy.md: ${piiTypes.length} personal-data types`);
