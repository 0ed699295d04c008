import type { SanitizerCatalogue } from './types.js';

/**
 * Functions that make a value safe for some sinks, matched on the words of the called name
 * (`maskEmail` → mask, `sha256Hex` → sha256, `createCipheriv` → create cipheriv). Entries are
 * lowercase words or phrases; `hash password` also matches `hashPassword` and `hash_password`.
 * Password hashers are checked before hashers, so `hashPassword` is a password hash.
 */
export const sanitizers: SanitizerCatalogue = {
  // Redaction, masking, pseudonymisation: safe for logs and third parties.
  redactors: [
    'redact',
    'mask',
    'anonymize',
    'anonymise',
    'pseudonymize',
    'pseudonymise',
    'deidentify',
    'de identify',
    'obfuscate',
    'scrub',
    'censor',
    'sanitize pii',
    'sanitise pii',
    'strip pii',
    'remove pii',
    'filter pii',
    'omit pii',
  ],
  // Hashing: safe for logs and third parties (not for storing credentials).
  hashers: [
    'hash',
    'sha1',
    'sha224',
    'sha256',
    'sha384',
    'sha512',
    'sha3',
    'md5',
    'hmac',
    'digest',
    'create hash',
    'create hmac',
    'blake2',
    'blake2b',
    'blake3',
  ],
  // Encryption: safe for every sink.
  encryptors: [
    'encrypt',
    'encipher',
    'cipher',
    'cipheriv',
    'create cipheriv',
    'seal',
    'secretbox',
    'crypto box',
  ],
  // Password hashing: safe for storing credentials.
  passwordHashers: [
    'bcrypt',
    'argon2',
    'argon2i',
    'argon2d',
    'argon2id',
    'scrypt',
    'pbkdf2',
    'hash password',
    'password hash',
  ],
  // Modules whose every call sanitises. crypto-js is left out on purpose: its SHA256 hashes and
  // its AES.encrypt encrypts, so the called name decides.
  modules: {
    bcrypt: 'password-hash',
    bcryptjs: 'password-hash',
    argon2: 'password-hash',
    '@node-rs/argon2': 'password-hash',
    '@node-rs/bcrypt': 'password-hash',
  },
};
