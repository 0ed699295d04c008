/** How much harm a leak of this kind of data can do; it sets which sinks report it by default. */
export type Sensitivity = 'low' | 'medium' | 'high';

export type CategoryGroup =
  | 'identity'
  | 'contact'
  | 'government-id'
  | 'financial'
  | 'online'
  | 'location'
  | 'credentials'
  | 'special'
  | 'children';

/** One kind of personal data, e.g. `contact.email`. */
export interface PiiType {
  /** `<group-prefix>.<name>`, stable: it appears in messages, JSON and config. */
  readonly id: string;
  readonly group: CategoryGroup;
  /** Human label: "Email address". */
  readonly label: string;
  readonly sensitivity: Sensitivity;
  /**
   * Phrases that name this data unambiguously, lowercase words separated by spaces
   * ("email", "email address", "e mail"). An identifier matches when its words end with
   * the phrase (after value suffixes such as `raw`, `plain`, `new`), e.g. `customerEmailAddress`.
   * Joined forms are matched too ("emailaddress"), so list each phrase once with spaces.
   */
  readonly names: readonly string[];
  /**
   * Phrases that name this data only about a person (`user.name`, `customerName`,
   * `const { name } = patient`) and are something else elsewhere (`file.name`, `product.name`).
   */
  readonly subjectNames?: readonly string[];
  /** Credentials and secrets: a password hash (bcrypt, argon2, scrypt) is enough to store it. */
  readonly secret?: boolean;
  /**
   * A secret the system generates, random or short-lived (a recovery code, a one-time code), not
   * one a person chose: a cryptographic hash (SHA-256) is enough to store it, as for an API token.
   * A slow password hash is for what people choose, which can be guessed.
   */
  readonly generated?: boolean;
  /** A GDPR Art. 9 special category (or Art. 10 criminal data). */
  readonly special?: boolean;
  /** One sentence for docs/taxonomy.md: what it is and why it is personal. */
  readonly description: string;
}
