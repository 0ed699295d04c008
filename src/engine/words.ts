/**
 * Splits an identifier or property key into lowercase words: camelCase, PascalCase,
 * snake_case, kebab-case, SCREAMING_CASE, acronyms (`IPAddress` → ip, address) and digits.
 */
export function splitWords(identifier: string): string[] {
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
