import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '/work/main/dist/src/index.js';
const linter = new Linter({ configType: 'flat' });
const cases = process.argv.slice(2).length ? [process.argv.slice(2).join(' ')] : [
  'console.log(user.email);',
  'console.log(user.id, user.emailVerified, file.name, product.name);',
  'console.log(redact(user.email));',
  'logger.info(`signup ${user.email}`);',
  'const e = user.email; console.log(e);',
  'function audit(ev, details) { logger.info({ ev, ...details }); }\naudit("login", { email: user.email });\naudit("x", { id: 1 });',
  'import posthog from "posthog-js"; posthog.capture("signup", { email: user.email });',
  'import posthog from "posthog-js"; if (hasConsent("analytics")) posthog.capture("signup", { email: user.email });',
  'import posthog from "posthog-js"; function f(){ if (!consent.analytics) return; posthog.capture("signup", { email: user.email }); }',
  'import posthog from "posthog-js"; if (featureFlags.analytics) posthog.capture("signup", { email: user.email });',
  'localStorage.setItem("u", user.email);',
  'localStorage.setItem("u", encrypt(user.email));',
  'document.cookie = `ssn=${user.ssn}`;',
  'fetch("https://api.other.com/x", { method: "POST", body: JSON.stringify({ email: user.email }) });',
  'fetch("/api/x", { method: "POST", body: JSON.stringify({ email: user.email }) });',
  'import * as Sentry from "@sentry/node"; Sentry.setUser({ email: user.email });',
  'await prisma.user.create({ data: { email, ssn: input.ssn } });',
  'await prisma.user.create({ data: { password: await bcrypt.hash(password, 10) } });',
  'class S { constructor(private readonly logger: Logger) {} f(u) { this.logger.log(u.phoneNumber); } }',
  'gtag("event", "purchase", { user_email: customer.email });',
  'try { x() } catch (e) { console.error(e) }\ntry { throw new Error(`bad ${user.email}`) } catch (e) { console.error(e) }',
];
for (const code of cases) {
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...plugin.configs.recommended }], 'x.ts');
  console.log('---', code.replace(/\n/g, ' | '));
  for (const m of messages) console.log(`  ${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.message}${m.suggestions?.length ? ' [suggest]' : ''}`);
}
