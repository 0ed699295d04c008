// Masking helpers: keep just enough of a value to be useful in a log line or a support screen.
// Masked values are fine for logs and third parties; they are not encryption, so they do not
// make storage safe.

/** `jane.doe@example.com` → `j***@example.com` */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `4242 4242 4242 4242` → `**** 4242` */
export function maskCardNumber(cardNumber: string): string {
  const digits = cardNumber.replace(/\D/g, '');
  return `**** ${digits.slice(-4)}`;
}

/** Drops the host part of an address: `203.0.113.57` → `203.0.113.0`. */
export function anonymizeIp(ip: string): string {
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}::`;
  const octets = ip.split('.');
  return octets.length === 4 ? `${octets.slice(0, 3).join('.')}.0` : '0.0.0.0';
}
