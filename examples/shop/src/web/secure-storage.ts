// Client-side encryption for the few values the browser has to keep between page loads.
// The AES key is fetched from our own API per session and imported as non-extractable.

let keyPromise: Promise<CryptoKey> | undefined;

function storageKey(): Promise<CryptoKey> {
  keyPromise ??= fetch('/api/session/storage-key', { credentials: 'same-origin' })
    .then((response) => response.arrayBuffer())
    .then((raw) => crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  return keyPromise;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** AES-GCM; returns `iv.ciphertext` in base64. */
export async function encrypt(plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await storageKey(), new TextEncoder().encode(plaintext));
  return `${toBase64(iv)}.${toBase64(new Uint8Array(ciphertext))}`;
}

export async function decrypt(sealed: string): Promise<string> {
  const [iv = '', ciphertext = ''] = sealed.split('.');
  const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, await storageKey(), fromBase64(ciphertext));
  return new TextDecoder().decode(plaintext);
}

/** SHA-256 as hex: for matching audiences without sending the raw value. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value.trim().toLowerCase()));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
