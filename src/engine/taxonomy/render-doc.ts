import type { CategoryGroup, PiiType } from './types.js';

const groupTitles: Readonly<Record<CategoryGroup, string>> = {
  identity: 'Identity',
  contact: 'Contact',
  'government-id': 'Government ids',
  financial: 'Financial',
  online: 'Online identifiers',
  location: 'Location',
  credentials: 'Credentials',
  special: 'Special categories (GDPR Art. 9 and 10)',
  children: 'Children',
};

const intro = `This page lists the personal data the analysis recognises. It is generated from
\`src/engine/taxonomy/data.ts\` by \`npm run docs:taxonomy\`; do not edit it by hand.

Identifiers and property keys are split into words (camelCase, snake_case, kebab-case,
acronyms). A name matches when the words of an identifier end with it, after value suffixes
such as \`raw\`, \`plain\`, \`new\` or \`old\` are stripped: \`customerEmailAddress\` and
\`emailRaw\` match \`email address\` and \`email\`. Joined spellings match too: \`birth date\`
matches \`birthdate\`. Booleans, counts and configuration ids are not personal data
(\`emailVerified\`, \`emailCount\`, \`emailTemplateId\`). Names in the last column match only
about a person (\`user.name\`, \`customerName\`, \`patient.age\`), because elsewhere they mean
something else (\`file.name\`, \`cache.age\`).

Sensitivity decides what is reported. \`low\` marks weak or quasi-identifiers that are routinely
logged, such as an IP address or a city: only the strict config reports them. \`medium\` and
\`high\` are reported by default, except that writes to a database report only \`high\` data by
default. \`secret\` marks credentials, which may be stored once hashed with a password hash
(bcrypt, argon2, scrypt); a \`generated\` secret (a recovery or one-time code, random or
short-lived) may also be stored as a cryptographic hash such as SHA-256. \`special\` marks the
special categories of GDPR Art. 9 and the criminal data of Art. 10. A project can add categories
and names, or exclude names, in its privacy settings.`;

/** Renders docs/taxonomy.md. Pure and deterministic: groups and rows keep the data order. */
export function renderTaxonomyDoc(types: readonly PiiType[]): string {
  const groups = groupInDataOrder(types);
  const sections = [...groups].map(([group, members]) => renderGroup(group, members));
  const footer = `${types.length} types in ${groups.size} groups.`;
  return ['# Personal-data taxonomy', intro, ...sections, footer].join('\n\n') + '\n';
}

function groupInDataOrder(types: readonly PiiType[]): Map<CategoryGroup, PiiType[]> {
  const groups = new Map<CategoryGroup, PiiType[]>();
  for (const type of types) {
    const members = groups.get(type.group);
    if (members) members.push(type);
    else groups.set(type.group, [type]);
  }
  return groups;
}

function renderGroup(group: CategoryGroup, members: readonly PiiType[]): string {
  const header = [
    '| id | label | sensitivity | names | only about a person | description |',
    '|---|---|---|---|---|---|',
  ];
  const rows = members.map((type) =>
    row([
      code(type.id),
      type.label,
      sensitivityCell(type),
      phrases(type.names),
      phrases(type.subjectNames ?? []),
      type.description,
    ]),
  );
  return [`## ${groupTitles[group]}`, [...header, ...rows].join('\n')].join('\n\n');
}

function sensitivityCell(type: PiiType): string {
  const flags = [type.secret ? (type.generated ? 'secret (generated)' : 'secret') : undefined, type.special ? 'special' : undefined].filter(Boolean);
  return [type.sensitivity, ...flags].join(', ');
}

function phrases(list: readonly string[]): string {
  return list.map(code).join(', ');
}

function code(text: string): string {
  return `\`${text}\``;
}

/** A table row; `|` inside a cell would end the cell, so it is escaped. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}
