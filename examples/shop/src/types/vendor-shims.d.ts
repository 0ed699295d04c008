// Minimal type shims for the SDKs the example imports, so that `tsc -p examples/shop` checks
// without installing them. They declare only what the example calls; the analysis recognises
// the SDKs by module name, so the real packages would give the same findings.

declare module 'pino' {
  export interface PinoLogger {
    child(bindings: Record<string, unknown>): PinoLogger;
    debug(obj: object, msg?: string): void;
    info(obj: object, msg?: string): void;
    warn(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  }
  export interface PinoOptions {
    level?: string;
    redact?: { paths: string[]; censor?: string };
  }
  export default function pino(options?: PinoOptions): PinoLogger;
}

declare module 'express' {
  export interface Request {
    params: Record<string, string>;
    body: unknown;
    ip: string;
    path: string;
    method: string;
    headers: Record<string, string | undefined>;
    user?: { id: string; email: string };
  }
  export interface Response {
    status(code: number): Response;
    json(body: unknown): Response;
    cookie(name: string, value: string, options?: { httpOnly?: boolean; secure?: boolean; maxAge?: number }): Response;
  }
  export type NextFunction = (error?: unknown) => void;
  export type Handler = (req: Request, res: Response, next: NextFunction) => unknown;
  export type ErrorHandler = (error: Error, req: Request, res: Response, next: NextFunction) => unknown;
  export interface Router {
    get(path: string, handler: Handler): Router;
    post(path: string, handler: Handler): Router;
  }
  export interface Application extends Router {
    use(handler: Handler): Application;
    use(handler: ErrorHandler): Application;
    use(path: string, router: Router): Application;
    listen(port: number, callback?: () => void): void;
  }
  interface ExpressFactory {
    (): Application;
    Router(): Router;
    json(): Handler;
  }
  const express: ExpressFactory;
  export default express;
}

declare module '@prisma/client' {
  interface Delegate<T> {
    create(args: { data: Partial<T> }): Promise<T>;
    update(args: { where: { id: string }; data: Partial<T> }): Promise<T>;
    findUnique(args: { where: { id?: string; email?: string } }): Promise<T | null>;
    findMany(args?: { where?: Partial<T>; select?: { [K in keyof T]?: boolean } }): Promise<Partial<T>[]>;
  }
  export class PrismaClient {
    user: Delegate<{ id: string; email: string; fullName: string; phoneNumber: string; passwordHash: string }>;
    paymentCard: Delegate<{ id: string; userId: string; cardNumber: string; cardholderName: string; expiry: string; cvc: string }>;
    order: Delegate<{ id: string; userId: string; totalCents: number; status: string }>;
    $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
  }
}

declare module 'bcrypt' {
  export function hash(data: string, saltRounds: number): Promise<string>;
  export function compare(data: string, encrypted: string): Promise<boolean>;
}

declare module '@sentry/node' {
  export function init(options: { dsn: string; sendDefaultPii?: boolean }): void;
  export function captureException(error: unknown, hint?: { extra?: Record<string, unknown>; user?: Record<string, unknown>; tags?: Record<string, string> }): string;
  export function setUser(user: Record<string, unknown> | null): void;
  export function setContext(name: string, context: Record<string, unknown>): void;
}

declare module 'posthog-js' {
  interface PostHog {
    init(apiKey: string, options?: { api_host?: string; persistence?: string }): void;
    identify(distinctId: string, properties?: Record<string, unknown>): void;
    capture(event: string, properties?: Record<string, unknown>): void;
    reset(): void;
  }
  const posthog: PostHog;
  export default posthog;
}

declare module '@segment/analytics-next' {
  export class AnalyticsBrowser {
    static load(settings: { writeKey: string }): AnalyticsBrowser;
    identify(userId: string, traits?: Record<string, unknown>): Promise<unknown>;
    track(event: string, properties?: Record<string, unknown>): Promise<unknown>;
  }
}

// The Meta (Facebook) pixel is a global function installed by its snippet.
declare function fbq(command: 'init' | 'track', idOrEvent: string, parameters?: Record<string, unknown>): void;

declare module 'stripe' {
  interface PaymentIntent { id: string; status: string }
  export default class Stripe {
    constructor(secretKey: string);
    paymentIntents: {
      create(params: { amount: number; currency: string; payment_method: string; receipt_email?: string; confirm?: boolean }): Promise<PaymentIntent>;
    };
  }
}
