import rule from '../../rules/no-pii-in-logs.js';
import { strictAssertions, typedTester, untypedTester } from '../rule-tester.js';

/** Category labels as the messages render them: `label (id)`. */
const cat = {
  email: 'Email address (contact.email)',
  phone: 'Phone number (contact.phone)',
  mobile: 'Mobile phone number (contact.mobile)',
  address: 'Postal address (contact.postal-address)',
  city: 'City of residence (contact.city)',
  fullName: 'Full name (identity.full-name)',
  photo: 'Photo of a person (identity.photo)',
  firstName: 'First name (identity.first-name)',
  lastName: 'Last name (identity.last-name)',
  dateOfBirth: 'Date of birth (identity.date-of-birth)',
  nickname: 'Nickname or preferred name (identity.nickname)',
  ssn: 'Social Security number (gov.ssn)',
  passport: 'Passport number (gov.passport-number)',
  nationalId: 'National identity number (gov.national-id)',
  cardNumber: 'Payment card number (financial.card-number)',
  ip: 'IP address (online.ip-address)',
  userAgent: 'User agent (online.user-agent)',
  password: 'Password (credentials.password)',
  diagnosis: 'Diagnosis (special.diagnosis)',
};

untypedTester().run('no-pii-in-logs', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'regression (real code): a field of a form\'s errors or touched state is a message or a flag about the field, not its value',
      code: `
const { formState: { errors } } = useForm();
console.warn(errors.email?.message);
if (emailError?.email) console.warn(emailError.email);
console.log(touched.email, validationErrors.phone, formik.errors.email, fieldErrors.firstName);
`,
    },
    {
      name: 'regression (real code): enum members are constants, whatever they are called (Prisma enums, TypeScript enums)',
      code: `
import { DraftReplyConfidence, MeetingRecordingStatus } from '@/generated/prisma/enums';
enum ContactChannel { Email = 'email', Phone = 'phone' }
const ChannelType = { Email: 'Email', Sms: 'Sms' } as const;
logger.error('unsupported channel', { channel: ChannelType.Email, fallback: ChannelType.Sms });
const statusByCode = { in_call_recording: MeetingRecordingStatus.RECORDING, ready: MeetingRecordingStatus.SCHEDULED };
logger.info('draft confidence', { confidence: DraftReplyConfidence.ALL_EMAILS, status: MeetingRecordingStatus.RECORDING });
logger.info('status map', statusByCode);
console.log('channel', ContactChannel.Email, { preferred: ContactChannel.Phone });
`,
    },
    {
      name: 'regression (real code): constants named in capitals hold configuration, not a person\'s data (E2E_GMAIL_EMAIL, an env schema)',
      code: `
import { E2E_GMAIL_EMAIL } from './config';
const SUPPORT_INBOX_EMAIL = getConfig().supportInbox;
const env = createEnv({ server: { CLOUD_CRM_EMAIL: z.string().email(), SMTP_PASSWORD: z.string() } });
console.log('signing in as', E2E_GMAIL_EMAIL, SUPPORT_INBOX_EMAIL);
console.log('account', { email: E2E_GMAIL_EMAIL, outlookEmail: testEnv.E2E_OUTLOOK_EMAIL });
logger.warn('CRM address', { to: env.CLOUD_CRM_EMAIL, schema: { ADMIN_EMAIL: readSetting('admin') } });
logger.fatal('database', { username: env.DATABASE_USER, password: env.DATABASE_PASSWORD || undefined, port: env.DATABASE_PORT ?? 5432 });
`,
    },
    {
      name: 'regression (real code): an id under a personal key is still an id ({ email: token.emailAccountId })',
      code: `
request.logger.error('Error deleting token', { email: emailToken.emailAccountId, user: userId, phone: contact.phoneNumberId });
`,
    },
    {
      name: 'regression (real code): the key of a Map entry or of entries() is not its value (for-of, callbacks, Array.from)',
      code: `
export function report(users: { id: string; email: string }[], byTeam: Map<string, unknown[]>) {
  const byId = new Map();
  for (const user of users) byId.set(user.id, { email: user.email });
  for (const [id, contact] of byId) console.log('user id', id);
  const contacts = users.map((user) => ({ email: user.email }));
  for (const [index, contact] of contacts.entries()) console.log('row', index);
  for (const member of users) byTeam.set(member.id, [{ phone: member.phone }]);
  [...byTeam.entries()].forEach(([teamId, members]) => console.error('no token for team', teamId, members.length));
  Array.from(byId).map(([key, value]) => console.log(key));
}
`,
    },
    {
      name: 'regression (real code): fields of an organisation, a team or a workspace are not a person\'s (team.avatarUrl, org.email)',
      code: `
console.log('branding', team.avatarUrl, org.email, workspace.name, company.phone, this.organization.address);
`,
    },
    {
      name: 'regression (real code): a count or a test of personal data is not the data (relevantEmails.length, hasEmail)',
      code: `
logger.info('collected context', { relevantEmails: result.relevantEmails.length, emails: user.emails.length > 0, email: !!user.email, phone: typeof user.phone });
`,
    },
    {
      name: 'regression (real code): DOM nodes and code names are not people (firstElementChild.tagName, child.className, parent.nodeName)',
      code: `
console.warn('dialog is not attached', el.firstElementChild.tagName, child.className, parent.nodeName, user.fieldName);
`,
    },
    {
      name: 'query results: fields selected from a model that is not a person, ids and dates, a projection to the id, and a field whose flag may be off (regression, umami)',
      code: `
async function report() {
  const products = await prisma.product.findMany({ select: { id: true, name: true, price: true } });
  console.table(products);
  const rows = await prisma.user.findMany({ select: { id: true, createdAt: true } });
  logger.info('users', rows);
  const user = await prisma.user.findFirst({ select: { id: true, email: true } });
  logger.info('found', { id: user.id, count: rows.length });
  const plain = await prisma.user.findMany();
  logger.info('all', plain.length);
  const account = await prisma.user.findUnique({ where: { id: 1 }, select: { id: true, password: includePassword } });
  logger.info('account', account);
}
`,
    },
    {
      name: "regression (real code): the fields selected from an organisation's model are the organisation's (trigger.dev's org avatar)",
      code: `
async function organizations() {
  const orgs = await prisma.organization.findMany({ select: { id: true, title: true, avatar: true, email: true } });
  logger.info('orgs', orgs);
  for (const org of orgs) console.error('invalid org avatar', { json: org.avatar });
  const teams = await db.team.findFirst({ select: { name: true, phone: true } });
  console.log(teams);
}
class OrganizationsPresenter {
  #prismaClient = prisma;
  async call() {
    const orgs = await this.#prismaClient.organization.findMany({ select: { avatar: true } });
    console.error('orgs', orgs);
    const connected = await this.#prismaClient.connectedGithubRepository.findFirst({ select: { repository: { select: { fullName: true } } } });
    console.log(connected);
  }
}
`,
    },
    {
      name: "regression (real code): a repository's or a package's full name is software's, not a person's (trigger.dev)",
      code: `
const [owner, repo] = connected.repository.fullName.split('/');
console.log('deploying', connected.repository.fullName, pkg.fullName, image.fullName);
`,
    },
    {
      name: "regression (real code): a technical client class's own name and a worker instance's name are not a person's (trigger.dev)",
      code: `
export class ClickhouseClient {
  private readonly name: string;
  constructor(private readonly logger: Logger, config: { name: string }) { this.name = config.name; }
  run(query: string) {
    this.logger.debug('Running clickhouse command', { clientName: this.name, query });
    [query].forEach(() => this.logger.debug('again', { clientName: this.name }));
  }
}
export function poll(workerInstanceName: string, logger: Logger) {
  logger.debug('poll', { workerInstanceName });
}
`,
    },
    {
      name: "regression (real code): a table's or a repository's full or display name is the thing's (growthbook's aggregatedTableFullName)",
      code: "console.log({ aggregatedTableFullName, repoFullName, columnDisplayName, fieldDisplayNames });",
    },
    {
      name: "regression (real code): a child or parent taken from a collection that is not a person's is a node of a tree (trigger.dev's partitions)",
      code: `
export async function walk(prisma: unknown, folder: { children: { name: string }[] }) {
  for (const child of await listDatedPartitions(prisma)) console.log('dropping', child.name);
  folder.children.forEach((child) => console.log('visiting', child.name));
  categories.map((parent) => console.log(parent.name));
}
`,
    },
    {
      name: "regression (real code): a worker or an agent is software first (BullMQ workers in openpanel, inbox-zero's runtime, AI agents)",
      code: `
worker.on('ready', () => logger.info({ worker: worker.name }, 'worker ready'));
console.log('agent', agent.name, agent.age);
`,
    },
    { name: 'a WhatsApp client is not a number', code: "console.log('sending with', whatsapp, whatsappClient);" },
    {
      name: 'query builders: columns that name no personal data, excluded fields, and DOM selections',
      code: `
async function report() {
  const rows = await db.select({ id: orders.id, total: orders.total }).from(orders).where(eq(orders.id, 1));
  logger.info('orders', rows);
  const accounts = await User.find().select('-email -phone createdAt');
  logger.info('accounts', accounts);
  const visible = await User.find().select({ email: 0, createdAt: 1 });
  logger.info('visible', visible);
  const titles = await knex('posts').select('id', 'title').where({ published: true });
  console.log(titles);
  console.log(d3.select('#email'), $('input.email').select());
}
`,
    },
    {
      name: 'false friend: the domain of an email address (split at @, then [1], pop() or at(-1))',
      code: `
console.log('signup from', user.email.split('@')[1]);
const domain = user.email.split('@').pop();
logger.info({ domain, provider: user.email.split('@').at(-1) });
`,
    },
    {
      name: 'false friend: credentials and addresses of a configuration (config.database.password, this.config.smtp.user)',
      code: `
console.log(config.database.password);
logger.debug('smtp', { user: this.config.smtp.user, from: mailConfig.sender.email });
`,
    },
    { name: 'regression: a redaction that always runs replaces the value', code: 'let email = user.email;\nemail = redact(email);\nlogger.info(email);' },
    { name: 'regression (real code): an environment variable is configuration, not a person\'s data', code: 'console.log(`Migrating the service account to ${process.env.SERVICE_ACCOUNT_EMAIL}`);' },
    { name: 'regression (real code): the name of an MCP client is software, not a person', code: 'console.log(`connected from ${event.properties.$mcp_client_name}`);' },
    { name: 'regression (real code): a variable initialised from the environment keeps its configuration meaning', code: "const ownerEmail = process.env.OWNER_EMAIL ?? '';\nconsole.info(ownerEmail);" },

    // Sanitizers
    { name: 'redact() before logging', code: 'logger.info(redact(user.email));' },
    { name: 'maskEmail() before logging', code: 'logger.info(maskEmail(user.email));' },
    { name: 'mask() a phone number', code: 'console.log(mask(user.phone));' },
    { name: 'hash() before logging', code: 'logger.info(hash(user.email));' },
    { name: 'sha256() before logging', code: 'logger.info({ subject: sha256(user.email) });' },
    {
      name: 'crypto createHash().update().digest() chain',
      code: `
import { createHash } from 'node:crypto';
logger.info(createHash('sha256').update(user.email).digest('hex'));
`,
    },
    {
      name: 'digest kept in a variable',
      code: `
import crypto from 'node:crypto';
const digest = crypto.createHash('sha256').update(user.email).digest('hex');
logger.info({ digest });
`,
    },
    {
      name: 'pino redact paths cover the logged field',
      code: `
import pino from 'pino';
const app = pino({ redact: ['email', 'user.email'] });
app.info({ email: user.email });
`,
    },
    {
      name: 'pino redact { paths } covers a nested field',
      code: `
import pino from 'pino';
const app = pino({ redact: { paths: ['user.email'], censor: '***' } });
app.info({ user: { email: user.email } });
`,
    },
    {
      name: 'reassignment through redact() kills the flow',
      code: `
let email = user.email;
email = redact(email);
logger.info(email);
`,
    },
    {
      name: 'a masked copy and the length of the original',
      code: `
const email = user.email;
const masked = maskEmail(email);
logger.info(masked, email.length);
`,
    },
    {
      name: 'a helper result redacted at the call',
      code: `
function getEmail(u) {
  return u.email;
}
logger.info(redact(getEmail(user)));
`,
    },
    {
      name: 'a wrapper called with redacted data',
      code: `
function audit(event, details) {
  logger.info({ event, details });
}
audit('login', { email: redact(user.email) });
`,
    },
    {
      name: 'a parameter named email masked inside the function',
      code: `
function notify(email) {
  logger.info(\`notify \${maskEmail(email)}\`);
}
notify(user.email);
`,
    },
    {
      name: 'a caught error thrown with no personal data',
      code: `
try {
  doWork();
} catch (err) {
  logger.error(err);
}
`,
    },
    {
      name: 'a thrown message redacted before logging',
      code: `
try {
  throw new Error(\`bad \${user.phone}\`);
} catch (err) {
  logger.error(redact(err));
}
`,
    },
    // False friends
    { name: 'userId is an opaque id', code: 'logger.info(userId);' },
    { name: 'user.id is an opaque id', code: 'console.log(user.id);' },
    { name: 'emailVerified is a flag', code: 'logger.info({ emailVerified: user.emailVerified });' },
    { name: 'hasPhone is a flag', code: 'logger.info(hasPhone);' },
    { name: 'emailCount is a count', code: 'logger.info(emailCount);' },
    { name: 'emailTemplateId is configuration', code: 'logger.info(emailTemplateId);' },
    { name: 'smtpHost is configuration', code: 'logger.info(smtpHost);' },
    { name: 'file.name is not a person name', code: 'logger.info(file.name);' },
    { name: 'product.name is not a person name', code: 'logger.info(product.name);' },
    { name: 'event.name is not a person name', code: 'console.log(event.name);' },
    { name: 'supportEmail is the organisation address', code: 'logger.info(supportEmail);' },
    { name: 'passwordHash is not the password', code: 'logger.info(user.passwordHash);' },
    { name: 'isEmail is a flag', code: 'logger.info(isEmail);' },
    { name: 'onEmailChange is a handler', code: 'logger.info(onEmailChange);' },
    { name: 'EMAIL_REGEX is a pattern', code: 'logger.info(EMAIL_REGEX);' },
    { name: 'emailError is a validation message', code: 'logger.info(emailError);' },
    { name: 'a string literal email is not user data', code: "logger.info('alice@example.com');" },
    {
      name: 'a variable named email holding a literal',
      code: `
const email = 'alice@example.com';
logger.info(email);
`,
    },
    { name: 'name without a person subject', code: 'logger.info(name);' },
    { name: 'data.name is not said of a person', code: 'console.debug(data.name);' },
    { name: 'address without a person subject', code: 'logger.info(address);' },
    { name: 'ids and flags in a template literal', code: 'logger.info(`user ${user.id} verified=${user.emailVerified}`);' },
    { name: 'the length of an email is not the email', code: 'logger.info(user.email.length);' },
    { name: 'console.assert does not print its condition', code: 'console.assert(user.email, "no email");' },
    { name: 'a whole user object without type information', code: 'console.log(user);' },
    {
      name: 'a whole User without type information (the typed suite reports it)',
      code: `
import type { User } from './lib/types.js';
declare const user: User;
console.log(user);
`,
    },
    {
      name: 'a wrapper called with an id only',
      code: `
function audit(event, details) {
  logger.info({ event, ...details });
}
audit('logout', { id: user.id });
`,
    },
    // Low sensitivity
    { name: 'req.ip is low sensitivity: reported only in strict mode', code: 'logger.info(req.ip);' },
    { name: 'user.city is low sensitivity: reported only in strict mode', code: 'logger.info(user.city);' },
    // Settings
    {
      name: 'settings.notPersonalData excludes a name',
      code: 'logger.info(user.nickname);',
      settings: { privacy: { notPersonalData: ['nickname'] } },
    },
    {
      name: 'settings.redactors adds a redactor',
      code: 'logger.info(tidy(user.email));',
      settings: { privacy: { redactors: ['tidy'] } },
    },
    {
      name: 'settings.redactFunction is a redactor too',
      code: 'logger.info(scrubPii(user.email));',
      settings: { privacy: { redactFunction: 'scrubPii' } },
    },
    { name: 'an unknown receiver is not a logger', code: 'audit(user.email);' },
    // File kinds
    { name: 'redacted in a .js file', code: 'console.log(redact(user.email));', filename: 'file.js' },
    {
      name: 'a JSX component logging an id',
      code: `
export function Profile({ user }) {
  console.log(user.id);
  return <p>{user.name}</p>;
}
`,
      filename: 'react.tsx',
    },
  ],
  invalid: [
    {
      name: 'a member of a team is a person (teamMember.email), and so is a team\'s owner (team.owner.email)',
      code: `
console.log(teamMember.email, team.owner.email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'teamMember.email', sourceLine: 2, sink: 'console.log', via: '' },
          line: 2, column: 13, endLine: 2, endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'team.owner.email', sourceLine: 2, sink: 'console.log', via: '' },
          line: 2, column: 31, endLine: 2, endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a child logger\'s bindings are written with every line it logs (pino, winston, bunyan)',
      code: `
import pino from 'pino';
import winston from 'winston';
const log = pino();
const requestLog = log.child({ email: user.email });
requestLog.info('signed in');
winston.createLogger({}).child({ phone: user.phone }).warn('retry');
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, sink: 'log.child', via: '' },
          line: 5, column: 39, endLine: 5, endColumn: 49,
          suggestions: [],
        },
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 7, sink: 'winston.createLogger({}).child', via: '' },
          line: 7, column: 41, endLine: 7, endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the value of a Map entry is still the value, and a key named as personal data is still reported',
      code: `
export function report(users: { id: string; email: string }[]) {
  const byEmail = new Map();
  for (const user of users) byEmail.set(user.email, user.id);
  for (const [email, id] of byEmail) console.log('user', email, id);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'email', sourceLine: 5, sink: 'console.log', via: '' },
          line: 5, column: 58, endLine: 5, endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a constant named in capitals still carries what it was given (USER_EMAIL = user.email)',
      code: `
const USER_EMAIL = user.email;
console.log('user', USER_EMAIL);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'console.log', via: '' },
          line: 3, column: 21, endLine: 3, endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the local part of an email address is still personal (split at @, then [0])',
      code: `
console.log(user.email.split('@')[0]);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'console.log', via: '' },
          line: 2, column: 13, endLine: 2, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a person\'s settings are not configuration (user.settings.email), and neither is an options bag',
      code: `
console.log(user.settings.email);
export function welcome(options: { email: string }) {
  logger.info(options.email);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.settings.email', sourceLine: 2, sink: 'console.log', via: '' },
          line: 2, column: 13, endLine: 2, endColumn: 32,
          suggestions: [],
        },
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'options.email', sourceLine: 4, sink: 'logger.info', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    // Regressions (found by review of the engine)
    {
      name: 'regression: a redaction inside an if without braces may not run',
      code: `
let email = user.email;
if (shouldHide) email = redact(email);
logger.info(email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'logger.info', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression: the message of a caught Error carries what it was built from',
      code: `
try {
  throw new Error('bad ' + user.phone);
} catch (err) {
  logger.error(err.message);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 3, sink: 'logger.error', via: '' },
          line: 5, column: 16, endLine: 5, endColumn: 27,
          suggestions: [],
        },
      ],
    },

    // Sink families
    {
      name: 'console.log of an email property',
      code: 'console.log(user.email);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'console.log', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console.info with a phone number after a label',
      code: 'console.info("signup", user.phoneNumber);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'user.phoneNumber', sourceLine: 1, sink: 'console.info', via: '' },
          line: 1, column: 24, endLine: 1, endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console.table of an array holding an email',
      code: 'console.table([user.email]);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'console.table', via: '' },
          line: 1, column: 16, endLine: 1, endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console.assert prints the data after the condition',
      code: 'console.assert(ok, user.email);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'console.assert', via: '' },
          line: 1, column: 20, endLine: 1, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'pino instance',
      code: `
import pino from 'pino';
const app = pino();
app.info({ email: user.email }, 'signup');
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'app.info', via: '' },
          line: 4, column: 19, endLine: 4, endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression (bench): a pino logger as a constructor parameter property default',
      code: `
import pino from 'pino';
export class Signup {
  constructor(private readonly out = pino()) {}
  run(user: { email: string }) {
    this.out.info({ email: user.email });
  }
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 6, sink: 'this.out.info', via: '' },
          line: 6, column: 28, endLine: 6, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'pino redact paths that do not cover the field',
      code: `
import pino from 'pino';
const app = pino({ redact: ['password'] });
app.info({ email: user.email });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'app.info', via: '' },
          line: 4, column: 19, endLine: 4, endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      name: 'winston createLogger',
      code: `
import winston from 'winston';
const w = winston.createLogger({ level: 'info' });
w.info(\`new user \${user.email}\`);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'w.info', via: '' },
          line: 4, column: 20, endLine: 4, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'winston named createLogger and log(level, …)',
      code: `
import { createLogger } from 'winston';
const l = createLogger();
l.log('info', user.email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'l.log', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'bunyan createLogger',
      code: `
import bunyan from 'bunyan';
const b = bunyan.createLogger({ name: 'app' });
b.warn({ ssn: applicant.ssn });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.ssn, source: 'applicant.ssn', sourceLine: 4, sink: 'b.warn', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'log4js getLogger',
      code: `
import log4js from 'log4js';
const l = log4js.getLogger();
l.error('card', payment.cardNumber);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.cardNumber, source: 'payment.cardNumber', sourceLine: 4, sink: 'l.error', via: '' },
          line: 4, column: 17, endLine: 4, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'loglevel default export',
      code: `
import loglevel from 'loglevel';
loglevel.info(user.dateOfBirth);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.dateOfBirth, source: 'user.dateOfBirth', sourceLine: 3, sink: 'loglevel.info', via: '' },
          line: 3, column: 15, endLine: 3, endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'consola',
      code: `
import { consola } from 'consola';
consola.success(user.fullName);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.fullName, source: 'user.fullName', sourceLine: 3, sink: 'consola.success', via: '' },
          line: 3, column: 17, endLine: 3, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'tslog Logger instance',
      code: `
import { Logger } from 'tslog';
const t = new Logger();
t.silly(user.passportNumber);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.passport, source: 'user.passportNumber', sourceLine: 4, sink: 't.silly', via: '' },
          line: 4, column: 9, endLine: 4, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'debug instance called directly',
      code: `
import createDebug from 'debug';
const dbg = createDebug('app:auth');
dbg('login %s', user.email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'dbg', via: '' },
          line: 4, column: 17, endLine: 4, endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'npmlog',
      code: `
import npmlog from 'npmlog';
npmlog.info('auth', user.email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'npmlog.info', via: '' },
          line: 3, column: 21, endLine: 3, endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'NestJS Logger injected through the constructor',
      code: `
import { Injectable, Logger } from '@nestjs/common';
@Injectable()
export class UsersService {
  constructor(private readonly logger: Logger) {}
  create(dto: { email: string }) {
    this.logger.log(dto.email);
  }
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'dto.email', sourceLine: 7, sink: 'this.logger.log', via: '' },
          line: 7, column: 21, endLine: 7, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'NestJS new Logger(X.name) field',
      code: `
import { Logger } from '@nestjs/common';
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  login(user: { phone: string }) {
    this.logger.warn(user.phone);
  }
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 6, sink: 'this.logger.warn', via: '' },
          line: 6, column: 22, endLine: 6, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: "regression (probe): pino-http's req.log on a request typed with express's Request, and a logger typed with an uncatalogued package's type",
      code: `
import type { Request } from 'express';
import type { Logger } from '@acme/logging';
export function signup(req: Request, logger: Logger) {
  req.log.info({ email: req.body.email });
  logger.info(req.body.phone);
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'req.body.email', sourceLine: 5, sink: 'req.log.info', via: '' }, line: 5, column: 25, endLine: 5, endColumn: 39, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: 'req.body.phone', sourceLine: 6, sink: 'logger.info', via: '' }, line: 6, column: 15, endLine: 6, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'fastify request.log',
      code: `
fastify.post('/signup', async (request, reply) => {
  request.log.info(request.body.email);
});
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'request.body.email', sourceLine: 3, sink: 'request.log.info', via: '' },
          line: 3, column: 20, endLine: 3, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'process.stdout.write',
      code: 'process.stdout.write(user.email);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'process.stdout.write', via: '' },
          line: 1, column: 22, endLine: 1, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'process.stderr.write with a template literal',
      code: 'process.stderr.write(`${user.email}\\n`);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'process.stderr.write', via: '' },
          line: 1, column: 25, endLine: 1, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'this.logger by name',
      code: 'this.logger.warn(user.email);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'this.logger.warn', via: '' },
          line: 1, column: 18, endLine: 1, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'log.error by name',
      code: 'log.error(user.email);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'log.error', via: '' },
          line: 1, column: 11, endLine: 1, endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an alias of a logger',
      code: `
const log2 = logger;
log2.info(user.email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'log2.info', via: '' },
          line: 3, column: 11, endLine: 3, endColumn: 21,
          suggestions: [],
        },
      ],
    },
    // Categories and subjects
    {
      name: 'user.name is said of a person',
      code: 'console.error(user.name);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.fullName, source: 'user.name', sourceLine: 1, sink: 'console.error', via: '' },
          line: 1, column: 15, endLine: 1, endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: 'customer.address is said of a person',
      code: 'logger.info(customer.address);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.address, source: 'customer.address', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a password from the request body',
      code: 'console.log(req.body.password);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.password, source: 'req.body.password', sourceLine: 1, sink: 'console.log', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a diagnosis is a special category',
      code: 'console.log(patient.diagnosis);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.diagnosis, source: 'patient.diagnosis', sourceLine: 1, sink: 'console.log', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'two names in one call are two findings',
      code: 'console.log(user.firstName, user.lastName);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.firstName, source: 'user.firstName', sourceLine: 1, sink: 'console.log', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'piiReachesLog',
          data: { category: cat.lastName, source: 'user.lastName', sourceLine: 1, sink: 'console.log', via: '' },
          line: 1, column: 29, endLine: 1, endColumn: 42,
          suggestions: [],
        },
      ],
    },
    // Flows
    {
      name: 'alias chain',
      code: `
const email = user.email;
const copy = email;
console.log(copy);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'console.log', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'destructuring',
      code: `
const { email } = user;
console.log(email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'email', sourceLine: 3, sink: 'console.log', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nested destructuring',
      code: `
const { profile: { phone } } = req.body;
console.log(phone);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'phone', sourceLine: 3, sink: 'console.log', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'renamed destructuring',
      code: `
const { email: x } = user;
logger.info(x);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'x', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 14,
          suggestions: [],
        },
      ],
    },
    {
      name: 'object literal in a variable',
      code: `
const payload = { id: user.id, email: user.email };
logger.info(payload);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'logger.info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'object spread',
      code: `
const base = { email: user.email };
logger.info({ ...base, ok: true });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'logger.info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'array literal in a variable',
      code: `
const list = [user.id, user.email];
logger.info(list);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'logger.info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'template literal',
      code: 'logger.info(`signup ${user.email}`);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 23, endLine: 1, endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: 'string concatenation',
      code: "logger.info('signup ' + user.email);",
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 25, endLine: 1, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a template literal kept in a variable, two categories',
      code: `
const msg = \`\${user.firstName} \${user.email}\`;
console.log(msg);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.firstName}, ${cat.email}`, source: 'user.firstName', sourceLine: 2, sink: 'console.log', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: 'JSON.stringify of an object',
      code: 'logger.info(JSON.stringify({ email: user.email }));',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 37, endLine: 1, endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      name: 'String()',
      code: 'logger.info(String(user.phone));',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 20, endLine: 1, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'toLowerCase()',
      code: 'logger.info(user.email.toLowerCase());',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'trim()',
      code: 'logger.info(user.email.trim());',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'await of a getter named after the data',
      code: `
async function f() {
  const email = await getUserEmail();
  logger.info(email);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'getUserEmail()', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a field of an awaited record',
      code: `
async function f(id) {
  const user = await db.find(id);
  logger.info(user.email);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'logger.info', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'promise .then callback',
      code: 'fetchUser(id).then((u) => logger.info(u.email));',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'u.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 39, endLine: 1, endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      name: 'destructured .then callback parameter',
      code: 'getUser().then(({ email }) => logger.info(email));',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 43, endLine: 1, endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'map() over users',
      code: `
const emails = users.map((u) => u.email);
logger.info(emails);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'u.email', sourceLine: 2, sink: 'logger.info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'for…of over users',
      code: `
for (const u of users) {
  logger.info(u.email);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'u.email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 3, column: 15, endLine: 3, endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nullish coalescing',
      code: 'logger.info(user.email ?? "none");',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'logical or',
      code: 'logger.info(user.email || "none");',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'conditional expression',
      code: 'logger.info(ok ? user.email : "none");',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 18, endLine: 1, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a later plain assignment replaces the redacted value',
      code: `
let email = redact(user.email);
email = user.email;
logger.info(email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'redaction in one branch only',
      code: `
let email = user.email;
if (shouldHide) {
  email = redact(email);
}
logger.info(email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 2, sink: 'logger.info', via: '' },
          line: 6, column: 13, endLine: 6, endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a caught Error whose message holds an email',
      code: `
try {
  throw new Error(\`no account for \${user.email}\`);
} catch (err) {
  logger.error(err);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'logger.error', via: '' },
          line: 5, column: 16, endLine: 5, endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // Function summaries
    {
      name: 'a wrapper in the file: reported at the caller with via',
      code: `
function audit(event, details) {
  logger.info({ event, ...details });
}
audit('login', { email: user.email });
audit('logout', { id: user.id });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, sink: 'logger.info', via: ' via `audit()`' },
          line: 5, column: 25, endLine: 5, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an arrow-function wrapper',
      code: `
const audit = (event, details) => logger.info(event, details);
audit('signup', { phone: form.phone });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'form.phone', sourceLine: 3, sink: 'logger.info', via: ' via `audit()`' },
          line: 3, column: 26, endLine: 3, endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a helper that returns an email: reported where the result is logged',
      code: `
function getEmail(u) {
  return u.email;
}
logger.info(getEmail(user));
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'u.email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 5, column: 13, endLine: 5, endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'query results: the fields a query selects (Prisma select, nested relations, TypeORM select lists)',
      code: `
async function report(repo) {
  const members = await prisma.user.findMany({ select: { id: true, email: true } });
  console.table(members);
  const orders = await prisma.order.findMany({ select: { id: true, customer: { select: { phone: true } } } });
  logger.info('orders', orders);
  const people = await repo.find({ select: ['id', 'dateOfBirth'] });
  logger.info('people', people);
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'email', sourceLine: 3, sink: 'console.table', via: '' }, line: 4, column: 17, endLine: 4, endColumn: 24, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: 'phone', sourceLine: 5, sink: 'logger.info', via: '' }, line: 6, column: 25, endLine: 6, endColumn: 31, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.dateOfBirth, source: "repo.find({ select: ['…', '…'] })", sourceLine: 7, sink: 'logger.info', via: '' }, line: 8, column: 25, endLine: 8, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: "a repository's owner is a person",
      code: "console.log('deploying', repository.owner.email);",
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'repository.owner.email', sourceLine: 1, sink: 'console.log', via: '' }, line: 1, column: 26, endLine: 1, endColumn: 48, suggestions: [] },
      ],
    },
    {
      name: "a person's client class keeps its own fields a person's (clientName in class Client of a law firm)",
      code: `
export class Client {
  constructor(private readonly fullName: string) {}
  describe() { console.log('client', { clientName: this.fullName }); }
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.fullName, source: 'this.fullName', sourceLine: 4, sink: 'console.log', via: '' }, line: 4, column: 52, endLine: 4, endColumn: 65, suggestions: [] },
      ],
    },
    {
      name: "a person's child, or a child of a bare list, is still a person",
      code: `
user.children.forEach((child) => console.log(child.name));
for (const child of children) console.log(child.name);
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.fullName, source: 'child.name', sourceLine: 2, sink: 'console.log', via: '' }, line: 2, column: 46, endLine: 2, endColumn: 56, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.fullName, source: 'child.name', sourceLine: 3, sink: 'console.log', via: '' }, line: 3, column: 43, endLine: 3, endColumn: 53, suggestions: [] },
      ],
    },
    {
      name: "a worker's or an agent's own contact data is still personal",
      code: "console.log(worker.email, agent.phoneNumber);",
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'worker.email', sourceLine: 1, sink: 'console.log', via: '' }, line: 1, column: 13, endLine: 1, endColumn: 25, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: 'agent.phoneNumber', sourceLine: 1, sink: 'console.log', via: '' }, line: 1, column: 27, endLine: 1, endColumn: 44, suggestions: [] },
      ],
    },
    {
      name: 'a WhatsApp number, named as such or said of a person',
      code: "console.log(whatsappNumber, customer.whatsapp);",
      errors: [
        { messageId: 'piiReachesLog', data: { category: 'Messaging app handle (contact.messaging-handle)', source: 'whatsappNumber', sourceLine: 1, sink: 'console.log', via: '' }, line: 1, column: 13, endLine: 1, endColumn: 27, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: 'Messaging app handle (contact.messaging-handle)', source: 'customer.whatsapp', sourceLine: 1, sink: 'console.log', via: '' }, line: 1, column: 29, endLine: 1, endColumn: 46, suggestions: [] },
      ],
    },
    {
      name: 'a field read through a constant key (const key = \'email\'; user[key])',
      code: `
const key = 'email';
const idKey = 'id';
console.log(user[key], user[idKey]);
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'user[key]', sourceLine: 4, sink: 'console.log', via: '' }, line: 4, column: 13, endLine: 4, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: "an organisation's members selected with their own fields are people",
      code: `
async function organizations() {
  const orgs = await prisma.organization.findMany({ select: { id: true, members: { select: { email: true } } } });
  logger.info('orgs', orgs);
  const users = await this.#prismaClient.user.findMany({ select: { avatar: true } });
  logger.info('users', users);
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'email', sourceLine: 3, sink: 'logger.info', via: '' }, line: 4, column: 23, endLine: 4, endColumn: 27, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.photo, source: 'avatar', sourceLine: 5, sink: 'logger.info', via: '' }, line: 6, column: 24, endLine: 6, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'query builders: the columns a select names (Drizzle, Mongoose, Knex and Kysely)',
      code: `
async function report() {
  const rows = await db.select({ id: users.id, contact: users.email }).from(users).where(eq(users.id, 1)).limit(10);
  logger.info('rows', rows);
  const people = await User.find({ active: true }).select('fullName -password').lean();
  logger.info('people', people);
  const found = await knex('users').select('id', 'users.phone').where({ active: true });
  console.log(found);
  const born = await kysely.selectFrom('patient').select(['id', 'dateOfBirth']).execute();
  console.log(born);
  const reachable = await Customer.find().select({ phoneNumber: 1, createdAt: 1 });
  console.log(reachable);
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'users.email', sourceLine: 3, sink: 'logger.info', via: '' }, line: 4, column: 23, endLine: 4, endColumn: 27, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.fullName, source: "User.find({ active: true }).select('…')", sourceLine: 5, sink: 'logger.info', via: '' }, line: 6, column: 25, endLine: 6, endColumn: 31, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: "knex('…').select('…', '…')", sourceLine: 7, sink: 'console.log', via: '' }, line: 8, column: 15, endLine: 8, endColumn: 20, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.dateOfBirth, source: "kysely.selectFrom('…').select(['…', '…'])", sourceLine: 9, sink: 'console.log', via: '' }, line: 10, column: 15, endLine: 10, endColumn: 19, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: 'phoneNumber', sourceLine: 11, sink: 'console.log', via: '' }, line: 12, column: 15, endLine: 12, endColumn: 24, suggestions: [] },
      ],
    },
    {
      name: 'a helper whose return stands in a switch, a try, a catch, a loop or a labelled statement',
      code: `
function bySwitch(u, k) { switch (k) { case 1: return u.email; default: return null; } }
function byTry(u) { try { return u.phone; } catch { return null; } }
function byCatch(u) { try { risky(); } catch { return u.ssn; } finally { done(); } }
function byLoop(list) { for (const u of list) { if (u.active) { return u.dateOfBirth; } } return null; }
function byLabel(u) { outer: while (true) { do { return u.diagnosis; } while (false); } }
logger.info(bySwitch(user, 1));
logger.info(byTry(user));
logger.info(byCatch(user));
logger.info(byLoop(users));
logger.info(byLabel(user));
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'u.email', sourceLine: 2, sink: 'logger.info', via: '' }, line: 7, column: 13, endLine: 7, endColumn: 30, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: 'u.phone', sourceLine: 3, sink: 'logger.info', via: '' }, line: 8, column: 13, endLine: 8, endColumn: 24, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.ssn, source: 'u.ssn', sourceLine: 4, sink: 'logger.info', via: '' }, line: 9, column: 13, endLine: 9, endColumn: 26, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.dateOfBirth, source: 'u.dateOfBirth', sourceLine: 5, sink: 'logger.info', via: '' }, line: 10, column: 13, endLine: 10, endColumn: 26, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.diagnosis, source: 'u.diagnosis', sourceLine: 6, sink: 'logger.info', via: '' }, line: 11, column: 13, endLine: 11, endColumn: 26, suggestions: [] },
      ],
    },
    {
      name: 'a helper result kept in a variable',
      code: `
function getEmail(u) {
  return u.email;
}
const e = getEmail(user);
logger.info(\`to \${e}\`);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'u.email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 6, column: 13, endLine: 6, endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a parameter named email: reported inside the function, not at callers',
      code: `
function notify(email) {
  logger.info(\`notify \${email}\`);
}
notify(user.email);
notify('x@y.z');
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 3, column: 25, endLine: 3, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    // Strict
    {
      name: 'req.ip in strict mode',
      code: 'logger.info(req.ip);',
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.ip, source: 'req.ip', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'user.city in strict mode',
      code: 'logger.info(user.city);',
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.city, source: 'user.city', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'user agent header in strict mode',
      code: "logger.info(req.headers['user-agent']);",
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.userAgent, source: "req.headers['…']", sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    // Suggestions
    {
      name: 'suggestion when redact is imported',
      code: `
import { redact } from './redact.js';
logger.info(user.email);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 23,
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { source: 'user.email', redactor: 'redact' },
              output: `
import { redact } from './redact.js';
logger.info(redact(user.email));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'suggestion on a shorthand property keeps the key',
      code: `
import { redact } from './redact.js';
const { email } = user;
logger.info({ email });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'email', sourceLine: 4, sink: 'logger.info', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 20,
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { source: 'email', redactor: 'redact' },
              output: `
import { redact } from './redact.js';
const { email } = user;
logger.info({ email: redact(email) });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'suggestion inside a template literal when redact is declared',
      code: `
function redact(value) {
  return '***';
}
logger.info(\`x \${user.phone}\`);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'user.phone', sourceLine: 5, sink: 'logger.info', via: '' },
          line: 5, column: 18, endLine: 5, endColumn: 28,
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { source: 'user.phone', redactor: 'redact' },
              output: `
function redact(value) {
  return '***';
}
logger.info(\`x \${redact(user.phone)}\`);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'no suggestion when the source is on another line',
      code: `
import { redact } from './redact.js';
const e = user.email;
logger.info(e);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'logger.info', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 14,
          suggestions: [],
        },
      ],
    },
    // Settings
    {
      name: 'settings.loggers: a configured logger function',
      code: 'audit(user.email);',
      settings: { privacy: { loggers: ['audit'] } },
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'audit', via: '' },
          line: 1, column: 7, endLine: 1, endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'settings.loggers: a configured logger object',
      code: 'tracer.info(user.email);',
      settings: { privacy: { loggers: ['tracer'] } },
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'tracer.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'nickname is personal data without notPersonalData',
      code: 'logger.info(user.nickname);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.nickname, source: 'user.nickname', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'msisdn is a mobile number by default',
      code: 'logger.info(contact.msisdn);',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.mobile, source: 'contact.msisdn', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'settings.personalData maps msisdn to contact.phone',
      code: 'logger.info(contact.msisdn);',
      settings: { privacy: { personalData: { msisdn: 'contact.phone' } } },
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.phone, source: 'contact.msisdn', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'settings.personalData adds a new name',
      code: 'logger.info(user.badgeCode);',
      settings: { privacy: { personalData: { badgeCode: 'gov.national-id' } } },
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.nationalId, source: 'user.badgeCode', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'settings.redactFunction is offered as the suggestion',
      code: 'logger.info(user.email);',
      settings: { privacy: { redactFunction: 'scrubPii' } },
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'logger.info', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { source: 'user.email', redactor: 'scrubPii' },
              output: 'logger.info(scrubPii(user.email));',
            },
          ],
        },
      ],
    },
    {
      name: 'invalid settings: loggers must be a list',
      code: 'logger.info(user.email);',
      settings: { privacy: { loggers: 'audit' } },
      errors: [
        {
          messageId: 'invalidSettings',
          data: { problem: 'settings.privacy.loggers must be an array of strings, got a string' },
          line: 1, column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: 'invalid settings: a list item that is not a string',
      code: 'logger.info(user.email);',
      settings: { privacy: { notPersonalData: [1] } },
      errors: [
        {
          messageId: 'invalidSettings',
          data: { problem: 'settings.privacy.notPersonalData[0] must be a non-empty string, got number 1' },
          line: 1, column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: 'invalid settings: unknown category id',
      code: 'logger.info(user.email);',
      settings: { privacy: { personalData: { msisdn: 'contact.mobilephone' } } },
      errors: [
        {
          messageId: 'invalidSettings',
          data: { problem: 'settings.privacy.personalData.msisdn names an unknown category "contact.mobilephone"' },
          line: 1, column: 1,
          suggestions: [],
        },
      ],
    },
    // File kinds
    {
      name: '.js file',
      code: 'console.log(user.email);',
      filename: 'file.js',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 1, sink: 'console.log', via: '' },
          line: 1, column: 13, endLine: 1, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: '.mjs file',
      code: `
import pino from 'pino';
pino().info(user.email);
`,
      filename: 'file.mjs',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'pino().info', via: '' },
          line: 3, column: 13, endLine: 3, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: '.cjs file with require',
      code: `
const pino = require('pino');
const l = pino();
l.error(user.email);
`,
      filename: 'file.cjs',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 4, sink: 'l.error', via: '' },
          line: 4, column: 9, endLine: 4, endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: '.tsx component with an event handler',
      code: `
export function Profile({ user }: { user: { email: string } }) {
  return <button onClick={() => console.log(user.email)}>x</button>;
}
`,
      filename: 'react.tsx',
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 3, sink: 'console.log', via: '' },
          line: 3, column: 45, endLine: 3, endColumn: 55,
          suggestions: [],
        },
      ],
    },
  ],

});

typedTester().run('no-pii-in-logs (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'typed: a member of an enum imported from ./lib/enums.js is a constant, and so is one of an object used as an enum',
      code: `
import { ChannelType, ContactChannel } from './lib/enums.js';
logger.info('preferred channel', { channel: ContactChannel.Email, fallback: ContactChannel.Phone, kind: ChannelType.Email });
`,
    },
    {
      name: 'typed: a non-personal field of a type that also holds an email',
      code: `
import type { ApiResponse } from './lib/types.js';
declare const resp: ApiResponse;
console.log(resp.error);
`,
    },
    {
      name: 'typed: what a package repository returns about its records (count, getId, exists) is not personal',
      code: `
import type { Repository } from 'typeorm';
import type { User } from './lib/types.js';
export async function stats(users: Repository<User>, user: User) {
  console.log('total', await users.count());
  console.log('id', users.getId(user));
  console.log('exists', await users.exists({ where: { id: user.id } }));
}
`,
    },
    {
      name: 'typed: a generic declared in the program whose method returns no record (Store<User>.keys)',
      code: `
import type { User } from './lib/types.js';
interface Store<T> {
  get(key: string): Promise<T | undefined>;
  keys(): Promise<string[]>;
}
declare const cache: Store<User>;
export async function show() {
  console.log(await cache.keys());
}
`,
    },
    {
      name: 'regression (real code): a field typed boolean is a flag, whatever it is called (a channel preference `email: boolean`)',
      code: `
interface PreferenceChannels { email?: boolean; sms?: boolean; push?: boolean }
interface CreateWorkflowCommand { name: string; preferenceSettings?: PreferenceChannels; critical: boolean }
export function create(command: CreateWorkflowCommand) {
  console.info({ command }, 'creating workflow');
}
`,
    },
    {
      name: 'regression (real code): a field named after personal data whose type is made of functions and flags is configuration (better-auth options)',
      code: `
interface AuthOptions {
  appName?: string;
  emailAndPassword?: { enabled: boolean; password?: { hash?: (password: string) => Promise<string>; verify?: (data: { hash: string; password: string }) => Promise<boolean> } };
  ipAddress?: { ipAddressHeaders?: string[]; disableIpTracking?: boolean };
  email?: EmailSettings;
}
interface EmailSettings { enabled: boolean; from: string; send(to: string): Promise<void> }
export function writeConfig(options: AuthOptions) {
  console.log(options);
}
`,
    },
    {
      name: "typed: a nested object read off a configuration or a form's errors carries none of their declared fields",
      code: `
interface AppConfig { smtp: { user: string; password: string } }
export function show(config: AppConfig, errors: { contact: { email: string } }) {
  console.log(config.smtp, errors.contact);
}
`,
    },
    {
      name: "typed: a configuration logged whole carries its own credentials, not a person's (config: AppConfig with smtp.password)",
      code: `
interface AppConfig { port: number; smtp: { host: string; user: string; password: string }; adminEmail: string }
export function boot(config: AppConfig, env: AppConfig) {
  console.log('config', config);
  console.log('env', env, this.config);
}
`,
    },
    {
      name: 'typed: a count from the same repository is not personal',
      code: `
import { UserRepository } from './lib/user-repository.js';
export class UserService {
  constructor(private readonly repository = new UserRepository()) {}
  async active() {
    const n = await this.repository.countActive();
    console.log('active', { n });
  }
}
`,
    },
    {
      name: 'typed: a product is not a person',
      code: `
import type { Product } from './lib/types.js';
declare const product: Product;
console.log(product);
`,
    },
    {
      name: 'typed: cross-file wrapper called with an id only',
      code: `
import { audit } from './lib/logger.js';
import type { User } from './lib/types.js';
declare const user: User;
audit('logout', { id: user.id });
`,
    },
    {
      name: 'typed: a field marked @notPii',
      code: `
import type { Patient } from './lib/types.js';
declare const patient: Patient;
console.log(patient.alias);
`,
    },
  ],
  invalid: [
    {
      name: 'regression (probe): a nested object read off a typed value carries the personal fields its declared type gives it',
      code: `
import type { User } from './lib/types.js';
interface Envelope { data: { email: string; plan: string }; meta: { page: number }; owner: User }
export function show(response: Envelope, session: { profile: { phone: string } }) {
  console.log(response.data);
  console.log(response.meta);
  console.log(session.profile);
  console.log(response?.owner);
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: cat.email, source: 'response.data', sourceLine: 5, sink: 'console.log', via: '' }, line: 5, column: 15, endLine: 5, endColumn: 28, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: cat.phone, source: 'session.profile', sourceLine: 7, sink: 'console.log', via: '' }, line: 7, column: 15, endLine: 7, endColumn: 30, suggestions: [] },
        { messageId: 'piiReachesLog', data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'response?.owner', sourceLine: 8, sink: 'console.log', via: '' }, line: 8, column: 15, endLine: 8, endColumn: 30, suggestions: [] },
      ],
    },
    {
      name: 'typed: an object-typed field named after personal data that holds data stays personal (an email with a flag, a structured address)',
      code: `
interface Account {
  email: { address: string; verified: boolean };
  address: { street: string; city: string };
}
export function show(account: Account) {
  console.log(account);
}
`,
      errors: [
        { messageId: 'piiReachesLog', data: { category: `${cat.email}, ${cat.address}`, source: 'account', sourceLine: 7, sink: 'console.log', via: '' }, line: 7, column: 15, endLine: 7, endColumn: 22, suggestions: [] },
      ],
    },

    {
      name: 'typed: a flag beside an email address does not hide the address',
      code: `
interface Subscriber { email?: string | null; emailVerified: boolean; phone: boolean }
export function show(subscriber: Subscriber) {
  console.log(subscriber);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'subscriber', sourceLine: 4, sink: 'console.log', via: '' },
          line: 4, column: 15, endLine: 4, endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: the declared return type of a function read through a namespace import (import * as, await import)',
      code: `
import * as users from './lib/users-api.js';
export async function show(id: string) {
  const api = await import('./lib/users-api.js');
  console.log(await users.fetchUser(id));
  console.log(await api.fetchUser(id));
  console.log(await api.countUsers());
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'users.fetchUser(id)', sourceLine: 5, sink: 'console.log', via: '' },
          line: 5, column: 21, endLine: 5, endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'api.fetchUser(id)', sourceLine: 6, sink: 'console.log', via: '' },
          line: 6, column: 21, endLine: 6, endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      // No word of the file names personal data and it has no static import: only the dynamic
      // import brings the User in, so the file must not be skipped as one that cannot leak.
      name: 'typed: a record from a module imported dynamically (await import) in a file that names no personal data',
      code: `
declare function lookUp(id: string): Promise<never>;
export async function show(id: string) {
  const { badgeText } = await import('./lib/logs-helpers.js');
  console.log(badgeText(await lookUp(id)));
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: '15 of lib/logs-helpers.ts', sink: 'console.log', via: '' },
          line: 5, column: 15, endLine: 5, endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: the declared return type of a function without a body (declare function, a .d.ts)',
      code: `
import { countUsers, fetchUser } from './lib/users-api.js';
import type { User } from './lib/types.js';
declare function loadLocal(): Promise<User>;
export async function show(id: string) {
  console.log(await fetchUser(id));
  console.log(await loadLocal());
  console.log(await countUsers());
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'fetchUser(id)', sourceLine: 6, sink: 'console.log', via: '' },
          line: 6, column: 21, endLine: 6, endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'loadLocal()', sourceLine: 7, sink: 'console.log', via: '' },
          line: 7, column: 21, endLine: 7, endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a value read from a Map constructed with its type arguments (new Map<string, User>())',
      code: `
import type { User } from './lib/types.js';
export class UserCache {
  private cache = new Map<string, User>();
  private hits = new Map<string, number>();
  show(id: string) {
    console.log(this.cache.get(id), this.hits.get(id), this.cache.size);
  }
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'this.cache.get(id)', sourceLine: 7, sink: 'console.log', via: '' },
          line: 7, column: 17, endLine: 7, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a record a package repository returns (TypeORM Repository<User>.findOneBy)',
      code: `
import type { Repository } from 'typeorm';
import type { User } from './lib/types.js';
export class UsersService {
  constructor(private readonly users: Repository<User>) {}
  async one(id: string) {
    const user = await this.users.findOneBy({ id });
    console.log('found', user);
  }
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'this.users.findOneBy({ id })', sourceLine: 7, sink: 'console.log', via: '' },
          line: 8, column: 26, endLine: 8, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a Mongoose query chain passes the found document through (findById().lean().exec())',
      code: `
import type { Model } from 'mongoose';
import type { User } from './lib/types.js';
export async function load(userModel: Model<User>, id: string) {
  const doc = await userModel.findById(id).lean().exec();
  console.log('loaded', doc);
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'userModel.findById(id)', sourceLine: 5, sink: 'console.log', via: '' },
          line: 6, column: 25, endLine: 6, endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a generic declared in the program returns its type argument (Store<User>.get)',
      code: `
import type { User } from './lib/types.js';
interface Store<T> {
  get(key: string): Promise<T | undefined>;
  keys(): Promise<string[]>;
}
declare const cache: Store<User>;
export async function show(key: string) {
  console.log(await cache.get(key));
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'cache.get(key)', sourceLine: 9, sink: 'console.log', via: '' },
          line: 9, column: 21, endLine: 9, endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'regression (bench): a repository as a constructor parameter property default returns a declared User',
      code: `
import { UserRepository } from './lib/user-repository.js';
export class UserService {
  constructor(private readonly repository = new UserRepository()) {}
  async get(id: string) {
    const entity = await this.repository.findById(id);
    console.log('loaded', { entity });
  }
}
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'this.repository.findById(id)', sourceLine: 6, sink: 'console.log', via: '' },
          line: 7, column: 27, endLine: 7, endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a whole User carries the personal fields its type declares',
      code: `
import type { User } from './lib/types.js';
declare const user: User;
console.log(user);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: `${cat.email}, ${cat.fullName}, ${cat.address}`, source: 'user', sourceLine: 4, sink: 'console.log', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: cross-file wrapper reported at the caller, with the wrapped sink and via',
      code: `
import { audit } from './lib/logger.js';
declare const email: string;
audit('login', { email });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'email', sourceLine: 4, sink: 'base.info', via: ' via `audit()`' },
          line: 4, column: 18, endLine: 4, endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a whole response holding an email',
      code: `
import type { ApiResponse } from './lib/types.js';
declare const resp: ApiResponse;
console.log(resp);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'resp', sourceLine: 4, sink: 'console.log', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: cross-file helper that returns personal data, reported at the logging call',
      code: `
import { contactLine } from './lib/logs-helpers.js';
import type { User } from './lib/types.js';
declare const user: User;
console.log(contactLine(user));
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          // The source is in lib/logs-helpers.ts, line 5.
          data: { category: `${cat.fullName}, ${cat.email}`, source: 'user.fullName', sourceLine: '5 of lib/logs-helpers.ts', sink: 'console.log', via: '' },
          line: 5, column: 13, endLine: 5, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: an exported pino instance imported under another name',
      code: `
import { logger as sink } from './lib/logger.js';
import type { User } from './lib/types.js';
declare const user: User;
sink.info({ email: user.email });
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.email, source: 'user.email', sourceLine: 5, sink: 'sink.info', via: '' },
          line: 5, column: 20, endLine: 5, endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'typed: a whole Patient carries the diagnosis, not the @notPii alias',
      code: `
import type { Patient } from './lib/types.js';
declare const patient: Patient;
console.log(patient);
`,
      errors: [
        {
          messageId: 'piiReachesLog',
          data: { category: cat.diagnosis, source: 'patient', sourceLine: 4, sink: 'console.log', via: '' },
          line: 4, column: 13, endLine: 4, endColumn: 20,
          suggestions: [],
        },
      ],
    },
  ],
});
