import { PrismaClient } from '@prisma/client';
import * as bcrypt from 'bcrypt';
import { encrypt } from './field-crypto';
import { createLogger } from './logger';
import type { PaymentCard, SignupInput, User } from '../shared/types';

const prisma = new PrismaClient();
const BCRYPT_ROUNDS = 12;
const log = createLogger('users');

/** An account exported from the shop's previous platform. */
export interface LegacyAccountInput {
  email: string;
  fullName: string;
  phoneNumber: string;
  password: string;
}

export class UserRepository {
  async create(input: SignupInput): Promise<User> {
    const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
    const row = await prisma.user.create({ data: { email: input.email, fullName: input.fullName, phoneNumber: input.phoneNumber, passwordHash } }); // OK: password stored as a bcrypt hash; contact data in the users table is below the storage threshold
    return { ...row, emailVerified: false, createdAt: new Date() };
  }

  /** Migration path from the old platform, written in a hurry: the old password goes in as it came. */
  async importLegacyAccount(account: LegacyAccountInput): Promise<void> {
    await prisma.user.create({ data: { email: account.email, fullName: account.fullName, phoneNumber: account.phoneNumber, passwordHash: account.password } }); // LEAK: privacy/no-unencrypted-pii-storage (the password in clear, in the hash column)
  }

  /** The same migration done right: the old password is hashed on the way in. */
  async importLegacyAccountHashed(account: LegacyAccountInput): Promise<void> {
    const passwordHash = await bcrypt.hash(account.password, BCRYPT_ROUNDS);
    await prisma.user.create({ data: { email: account.email, fullName: account.fullName, phoneNumber: account.phoneNumber, passwordHash } }); // OK: bcrypt hash, not the password
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = await prisma.user.findUnique({ where: { email } });
    return row ? { ...row, emailVerified: true, createdAt: new Date() } : null;
  }

  async findById(id: string): Promise<User | null> {
    const row = await prisma.user.findUnique({ where: { id } });
    return row ? { ...row, emailVerified: true, createdAt: new Date() } : null;
  }

  /** The weekly digest of new accounts, first version: what the query selects goes to the log. */
  async logNewAccounts(): Promise<void> {
    const accounts = await prisma.user.findMany({ select: { id: true, email: true } });
    log.info('new accounts', { accounts }); // LEAK: privacy/no-pii-in-logs (the emails the query selects)
  }

  /** The digest done right: ids and a count. */
  async logNewAccountCount(): Promise<void> {
    const accounts = await prisma.user.findMany({ select: { id: true } });
    log.info('new accounts', { count: accounts.length, ids: accounts.map((account) => account.id) }); // OK: ids and a count
  }

  async verifyPassword(user: User, password: string): Promise<boolean> {
    return bcrypt.compare(password, user.passwordHash);
  }

  /** "Remember this card": the first version stored the card as typed. */
  async saveCardInClear(userId: string, card: PaymentCard): Promise<void> {
    await prisma.paymentCard.create({ data: { userId, cardNumber: card.cardNumber, cardholderName: card.cardholderName, expiry: `${card.expiryMonth}/${card.expiryYear}`, cvc: card.cvc } }); // LEAK: privacy/no-unencrypted-pii-storage (card number and CVC in clear)
  }

  /** Card fields encrypted per column; the CVC is never stored at all (PCI DSS 3.2). */
  async saveCard(userId: string, card: PaymentCard): Promise<void> {
    await prisma.paymentCard.create({ data: { userId, cardNumber: encrypt(card.cardNumber), cardholderName: encrypt(card.cardholderName), expiry: encrypt(`${card.expiryMonth}/${card.expiryYear}`) } }); // OK: encrypted before storage
  }

  /** Tax ids are needed for invoices to business customers. */
  async saveTaxId(userId: string, taxId: string): Promise<void> {
    await prisma.$executeRaw`UPDATE users SET tax_id = ${taxId} WHERE id = ${userId}`; // LEAK: privacy/no-unencrypted-pii-storage (government id in clear)
  }

  async saveTaxIdEncrypted(userId: string, taxId: string): Promise<void> {
    await prisma.$executeRaw`UPDATE users SET tax_id = ${encrypt(taxId)} WHERE id = ${userId}`; // OK: encrypted before storage
  }
}
