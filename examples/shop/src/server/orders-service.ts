import * as Sentry from '@sentry/node';
import Stripe from 'stripe';
import { maskCardNumber } from '../shared/masking';
import { createLogger } from './logger';
import type { Order, OrderItem, PostalAddress, User } from '../shared/types';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

export class PaymentDeclined extends Error {}

export class OrdersService {
  private readonly logger = createLogger('orders');
  private nextOrderNumber = 1000;

  async placeOrder(user: User, items: OrderItem[], paymentMethodId: string, shippingAddress: PostalAddress): Promise<Order> {
    const orderId = `ord_${this.nextOrderNumber++}`;
    const totalCents = items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
    this.logger.info('placing order', { orderId, itemCount: items.length, totalCents }); // OK: no personal data

    this.logger.debug(`shipping ${orderId} to ${shippingAddress.line1}, ${shippingAddress.postalCode} ${shippingAddress.city}`); // LEAK (strict): privacy/no-pii-in-logs (a postcode and city: low sensitivity, the strict config reports them)
    this.logger.debug('shipping', { orderId, country: shippingAddress.country }); // OK: country only

    try {
      // Stripe is the payment processor: it receives the receipt email under contract.
      const intent = await stripe.paymentIntents.create({ amount: totalCents, currency: 'eur', payment_method: paymentMethodId, receipt_email: user.email, confirm: true }); // OK: essential processor (payments)
      if (intent.status !== 'succeeded') throw new PaymentDeclined(intent.status);
    } catch (error) {
      Sentry.captureException(error, { extra: { email: user.email, name: user.fullName } }); // LEAK: privacy/no-pii-to-third-parties (error tracking)
      Sentry.captureException(error, { tags: { orderId }, user: { id: user.id } }); // OK: opaque ids only
      throw error;
    }

    const order: Order = { id: orderId, userId: user.id, items, totalCents, currency: 'EUR', status: 'paid', shippingAddress };
    this.logger.info('order paid', { orderId, totalCents }); // OK: no personal data
    return order;
  }

  /** Support asked to see which card was charged. */
  logChargedCard(orderId: string, cardNumber: string): void {
    this.logger.info('charged card', { orderId, cardNumber }); // LEAK: privacy/no-pii-in-logs (card number)
    this.logger.info('charged card', { orderId, card: maskCardNumber(cardNumber) }); // OK: masked
  }
}
