const splitCache = new Map<string, readonly string[]>();

/**
 * Splits an identifier or property key into lowercase words: camelCase, PascalCase,
 * snake_case, kebab-case, SCREAMING_CASE, acronyms (`IPAddress` → ip, address) and digits.
 * Memoised: the same few thousand names are split again and again across a project.
 */
export function splitWords(identifier: string): readonly string[] {
  let words = splitCache.get(identifier);
  if (words) return words;
  words = Object.freeze(split(identifier));
  if (splitCache.size >= 50_000) splitCache.clear();
  splitCache.set(identifier, words);
  return words;
}

function split(identifier: string): string[] {
  const words: string[] = [];
  for (const part of identifier.split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    // Acronym followed by a capitalised word, lower→Upper boundaries, letter↔digit boundaries.
    const pieces = part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g);
    if (pieces) for (const piece of pieces) words.push(piece.toLowerCase());
  }
  return words;
}

/** `email address` → `emailaddress`: phrases are compared joined so that spellings meet. */
export function joinPhrase(phrase: string): string {
  return phrase.replace(/[^a-z0-9]/gi, '').toLowerCase();
}
