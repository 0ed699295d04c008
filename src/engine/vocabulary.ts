/**
 * Word lists that decide what a name means around a personal-data word. They are the
 * "false friends" of DESIGN.md: a name that contains `email` is not always an email.
 */

/** Words that name a person: `user.name`, `customerAge`, `const { address } = patient`. */
export const personSubjects: ReadonlySet<string> = new Set([
  'user', 'users', 'customer', 'customers', 'client', 'clients', 'patient', 'patients', 'member', 'members',
  'person', 'persons', 'people', 'employee', 'employees', 'staff', 'profile', 'profiles', 'contact', 'contacts',
  'buyer', 'buyers', 'shopper', 'subscriber', 'subscribers', 'applicant', 'applicants', 'candidate', 'candidates',
  'student', 'students', 'pupil', 'child', 'children', 'kid', 'parent', 'parents', 'guardian', 'guest', 'guests',
  'visitor', 'visitors', 'recipient', 'recipients', 'sender', 'payer', 'payee', 'owner', 'holder', 'cardholder',
  'account', 'accounts', 'driver', 'passenger', 'citizen', 'voter', 'donor', 'author', 'me', 'individual',
  'consumer', 'lead', 'leads', 'prospect', 'beneficiary', 'policyholder', 'insured', 'respondent', 'participant',
  'attendee', 'traveler', 'traveller', 'resident', 'learner', 'volunteer', 'signer',
  'spouse', 'minor', 'infant', 'human', 'teacher', 'doctor', 'physician', 'nurse', 'caregiver', 'admin',
  'viewer', 'player', 'reviewer', 'requester', 'assignee', 'reporter', 'contributor', 'friend', 'partner',
  'claimant', 'debtor', 'borrower', 'lender', 'investor', 'shareholder', 'principal', 'rider',
  'renter', 'landlord', 'homeowner', 'subject', 'identity', 'billing', 'shipping', 'personal', 'kyc',
  // Not `tenant`: in software it is mostly an organisation (multi-tenancy); nor `worker` and
  // `agent`: mostly a process (a queue or web worker) and an AI or user agent. Their own contact
  // data (`tenant.email`, `worker.email`) is still found by its words.
]);

/**
 * A name starting with one of these is a flag, a count, a handler or an action, not the data:
 * `isEmail`, `hasPhone`, `numEmails`, `onEmailChange`, `validateEmail`.
 */
export const nonValuePrefixes: ReadonlySet<string> = new Set([
  'is', 'has', 'have', 'had', 'should', 'can', 'could', 'did', 'does', 'do', 'was', 'were', 'will', 'would',
  'need', 'needs', 'must', 'may', 'show', 'hide', 'allow', 'allows', 'enable', 'enables', 'disable', 'require',
  'requires', 'use', 'uses', 'include', 'includes', 'skip', 'no', 'num', 'number', 'count', 'total', 'max',
  'min', 'validate', 'validates', 'verify', 'verifies', 'send', 'toggle', 'with', 'without', 'supports', 'on',
  'handle', 'handler', 'set', 'update', 'change', 'edit', 'reset', 'confirm', 'request', 'render', 'check',
  'ensure', 'mask', 'redact', 'hash', 'encrypt', 'decrypt', 'anonymize', 'anonymise', 'obfuscate', 'parse',
  'serialize', 'from', 'by', 'per', 'missing', 'invalid', 'valid', 'unique', 'duplicate', 'masked', 'hashed',
  'encrypted', 'redacted', 'anonymized', 'anonymised', 'obfuscated', 'truncated', 'partial', 'pseudonymized',
  'pseudonymised', 'scrubbed', 'sanitized', 'sanitised',
]);

/**
 * Trailing words that keep the meaning: `emailRaw`, `newPassword`'s mirror `passwordNew`,
 * `phoneNumber2`, `emailList`.
 */
export const valueSuffixes: ReadonlySet<string> = new Set([
  'raw', 'plain', 'plaintext', 'cleartext', 'clear', 'str', 'string', 'text', 'value', 'val', 'values', 'original',
  'orig', 'new', 'old', 'current', 'cur', 'primary', 'secondary', 'list', 'arr', 'array', 'lower', 'upper',
  'lowercase', 'uppercase', 'normalized', 'normalised', 'trimmed', 'formatted', 'full', 'data', 'info',
  'details', 'entry', 'line', 'one', 'two', 'fallback', 'alt', 'backup', 'temp', 'tmp', 'copy', 'given',
  'provided', 'entered', 'submitted', 'candidate', 'input_value',
]);

/**
 * Entities that are not people: what is said of them is theirs, as a field (`team.avatarUrl`,
 * `org.email`) or in a name (`companyEmail`, `workspaceName`).
 */
export const organisationWords: ReadonlySet<string> = new Set([
  'team', 'teams', 'org', 'orgs', 'organization', 'organizations', 'organisation', 'organisations', 'company', 'companies',
  'business', 'businesses', 'workspace', 'workspaces', 'project', 'projects', 'group', 'groups', 'bot', 'bots',
  'channel', 'channels', 'server', 'guild', 'product', 'products', 'brand', 'shop',
]);

/**
 * Artifacts of software: what is read off them (`repository.fullName`, GitHub's "owner/repo",
 * `pkg.author`, `image.fullName`) names the artifact, not a person.
 */
export const softwareArtifactWords: ReadonlySet<string> = new Set([
  'repo', 'repos', 'repository', 'repositories', 'branch', 'branches', 'package', 'packages', 'pkg', 'image', 'images',
  'container', 'containers', 'bucket', 'buckets', 'queue', 'queues', 'topic', 'cluster', 'database', 'table', 'tables',
  'column', 'columns', 'schema', 'folder', 'directory', 'dir', 'route', 'routes', 'endpoint', 'webhook', 'webhooks',
  'plugin', 'plugins', 'partition', 'partitions', 'deployment', 'deployments', 'pod', 'pods', 'instance', 'instances',
]);

/**
 * Words right before a contact word that make it the organisation's or a fixture's, not a
 * person's: `supportEmail`, `noreplyAddress`, `fromEmail`, `testPhone`.
 */
export const nonPersonQualifiers: ReadonlySet<string> = new Set([
  ...organisationWords,
  'support', 'admin', 'noreply', 'reply', 'system', 'smtp', 'sales', 'info', 'default', 'example', 'test', 'sample',
  'mock', 'fake', 'dummy', 'placeholder', 'from', 'sender', 'service', 'contact' /* contactEmail of the site */, 'help', 'helpdesk',
  'billing' /* billingEmail of the merchant */, 'notification', 'notifications', 'alert', 'alerts', 'ops',
  'webmaster', 'postmaster', 'abuse', 'security', 'legal', 'privacy', 'dpo', 'office', 'store', 'site',
  'app', 'file', 'event', 'item', 'package', 'module', 'component', 'display',
  'host', 'remote', 'local', 'bind', 'listen', 'proxy', 'gateway', 'mac' /* handled by its own phrase */,
  'memory', 'wallet' /* handled by its own phrase */, 'base', 'email' /* emailAddress handled by phrase */,
  'web', 'ip' /* ipAddress handled by phrase */, 'network', 'socket', 'street' /* streetAddress by phrase */,
  // A kind of email message, not an address: `coldEmail`, `welcomeEmail`, `sentEmail` (what a send returned).
  'cold', 'welcome', 'newsletter', 'marketing', 'promotional', 'digest', 'reminder', 'sent',
]);

/**
 * Words that make what follows a system's, not a person's: the credentials of a service
 * (`postgresPassword`, `DB_USER`, `redisPassword`) and software that a person word names
 * (`mcpClientName`, `httpClient.name`, `serviceAccountEmail`, `botUser`).
 */
export const technicalQualifiers: ReadonlySet<string> = new Set([
  'db', 'database', 'postgres', 'postgresql', 'pg', 'mysql', 'mariadb', 'mssql', 'sql', 'sqlite', 'mongo', 'mongodb',
  'redis', 'memcached', 'rabbitmq', 'amqp', 'kafka', 'nats', 'mqtt', 'elastic', 'elasticsearch', 'opensearch', 'clickhouse',
  'cassandra', 'neo4j', 'minio', 'ftp', 'sftp', 'ssh', 'ldap', 'imap', 'pop3', 'smtp', 'mcp', 'http', 'https', 'api', 'rpc',
  'grpc', 'graphql', 'ws', 'websocket', 'oauth', 'oidc', 'saml', 'sdk', 'cli', 'bot', 'service', 'system', 'machine',
  'llm', 'ai', 'proxy', 'docker', 'registry', 'broker', 'queue', 'cluster', 'cron', 'daemon',
  // Database clients and ORMs (`prismaClient`); not the platforms whose users are people (`supabaseUser`).
  'prisma', 'drizzle', 'knex', 'kysely', 'typeorm', 'sequelize', 'mongoose', 'dynamo', 'dynamodb', 's3', 'trpc', 'apollo', 'axios',
]);

/**
 * Leading verbs of a getter whose result is named by the rest: `getEmail()`, `fetchPhoneNumber()`.
 */
export const getterVerbs: ReadonlySet<string> = new Set([
  'get', 'fetch', 'load', 'read', 'find', 'retrieve', 'lookup', 'resolve', 'extract', 'format', 'normalize',
  'normalise', 'current', 'select', 'pick', 'obtain', 'decrypt', 'reveal', 'unmask',
]);

/**
 * Words right before `name` that make it the name of a thing in code, whoever it belongs to:
 * `tagName`, `className`, `nodeName`, `user.fieldName`. (Not `display`, `first`, `full`…)
 */
export const thingNameQualifiers: ReadonlySet<string> = new Set([
  'tag', 'class', 'node', 'local', 'element', 'attribute', 'attr', 'field', 'column', 'table', 'type', 'key', 'method',
  'function', 'fn', 'variable', 'var', 'param', 'parameter', 'property', 'prop', 'file', 'event', 'component', 'module',
  'package', 'domain', 'bucket', 'queue', 'topic', 'channel', 'route', 'folder', 'dir', 'directory', 'font', 'theme',
  'enum', 'schema', 'model', 'entity', 'index', 'constraint', 'header', 'cookie', 'metric', 'label', 'slot', 'state',
  'rule', 'project', 'workspace', 'role', 'group', 'plan', 'feature', 'flag', 'job', 'task', 'step', 'action', 'template',
  'workflow', 'pipeline', 'bot', 'room', 'board', 'page', 'category', 'tool', 'prompt', 'webhook', 'endpoint', 'campaign',
  'segment', 'calendar', 'repo', 'repository', 'branch', 'database', 'db', 'collection', 'region', 'cluster', 'image',
  'asset', 'document', 'doc', 'section', 'stage', 'command', 'option', 'setting', 'plugin', 'integration', 'tab', 'view',
  'tier', 'permission', 'policy', 'resource', 'instance', 'container', 'pod', 'host', 'machine', 'device',
]);

/** Kinship words that trees and graphs also use for their nodes (`firstElementChild`, a `child_id` column). */
export const kinWords: ReadonlySet<string> = new Set(['child', 'children', 'parent', 'parents']);

/** Words before a kinship word that make it a node of a tree: `firstElementChild`, `lastChild`, `parentNode`'s kin. */
export const treeKinQualifiers: ReadonlySet<string> = new Set([
  'element', 'node', 'first', 'last', 'next', 'previous', 'prev', 'dom', 'tree', 'html', 'text', 'root', 'widget', 'view',
]);
