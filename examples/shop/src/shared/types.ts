// Domain types shared by the API service and the browser module.
// With type information, a value typed `User` carries the personal data declared here:
// logging or sending a whole `User` leaks every one of these fields.

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface User {
  id: string;
  email: string;
  fullName: string;
  phoneNumber: string;
  dateOfBirth?: string;
  /** Always a bcrypt hash, never the password itself. */
  passwordHash: string;
  address?: PostalAddress;
  emailVerified: boolean;
  createdAt: Date;
}

/** What the signup form posts to `POST /api/users`. */
export interface SignupInput {
  email: string;
  fullName: string;
  phoneNumber: string;
  password: string;
  marketingOptIn: boolean;
}

/** A card as the checkout form collects it; only ever stored encrypted. */
export interface PaymentCard {
  cardNumber: string;
  cardholderName: string;
  expiryMonth: number;
  expiryYear: number;
  cvc: string;
}

export interface OrderItem {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

export interface Order {
  id: string;
  userId: string;
  items: OrderItem[];
  totalCents: number;
  currency: 'EUR' | 'USD';
  status: OrderStatus;
  shippingAddress: PostalAddress;
}

/** Consent purposes the cookie banner asks about. */
export type ConsentPurpose = 'necessary' | 'analytics' | 'marketing';
