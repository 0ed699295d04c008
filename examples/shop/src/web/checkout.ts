import { maskCardNumber } from '../shared/masking';
import { trackOrderCompleted } from './analytics';
import { encrypt } from './secure-storage';
import type { Order, PaymentCard, User } from '../shared/types';

const CARD_KEY = 'checkout.card';

/** Keeps the card between the payment and the review step (one tab only). */
export function rememberCardInClear(card: PaymentCard): void {
  sessionStorage.setItem(CARD_KEY, card.cardNumber); // LEAK: privacy/no-unencrypted-pii-storage (card number in sessionStorage)
}

export async function rememberCard(card: PaymentCard): Promise<void> {
  sessionStorage.setItem(CARD_KEY, await encrypt(JSON.stringify(card))); // OK: encrypted before storage
}

/** Text for the review step: only the last four digits. */
export function describeCard(card: PaymentCard): string {
  return `${card.cardholderName.split(' ')[0] ?? ''} · ${maskCardNumber(card.cardNumber)}`;
}

export async function completeCheckout(user: User, order: Order): Promise<void> {
  sessionStorage.removeItem(CARD_KEY);
  await trackOrderCompleted(user, order);

  // Conversion beacon for the affiliate network, sent as the page unloads.
  navigator.sendBeacon('https://collect.affiliate-network.example.org/conversion', JSON.stringify({ orderId: order.id, email: user.email })); // LEAK: privacy/no-pii-to-third-parties (advertising, no consent)
  navigator.sendBeacon('/api/events/checkout-completed', JSON.stringify({ orderId: order.id, email: user.email })); // OK: our own API (relative URL)
}
