import { createCipheriv, createHmac, randomBytes } from 'node:crypto';

// Field-level encryption for columns that hold sensitive personal data (card numbers, tax ids).
// The key comes from the environment (a KMS-provided data key in production).
const fieldKey = Buffer.from(process.env.FIELD_ENCRYPTION_KEY ?? '', 'base64');
const pseudonymSecret = process.env.PSEUDONYM_SECRET ?? 'development-only-secret';

/** AES-256-GCM; returns `iv.tag.ciphertext`, each base64. */
export function encrypt(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', fieldKey, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64')).join('.');
}

/**
 * A keyed hash: the same person always maps to the same token, so logs and analytics can still
 * be joined, but the token cannot be turned back into the email without the secret.
 */
export function pseudonymize(value: string): string {
  return createHmac('sha256', pseudonymSecret).update(value.trim().toLowerCase()).digest('hex');
}
