import { describe, expect, it } from 'vitest';
import { isPersonSubjectName } from '../../src/engine/classify-name.js';
import { splitWords } from '../../src/engine/words.js';
import { resolveSettings } from '../../src/settings/resolve.js';

/** The built-in classifier, as the engine gets it with no `settings.privacy`. */
const names = resolveSettings(undefined).names;

const categoryOf = (name: string, personSubject = false) => names.classify(name, { personSubject })?.type.id;

describe('splitWords', () => {
  it.each([
    ['camelCase', 'emailAddress', ['email', 'address']],
    ['PascalCase', 'EmailAddress', ['email', 'address']],
    ['snake_case', 'date_of_birth', ['date', 'of', 'birth']],
    ['kebab-case', 'trade-union-membership', ['trade', 'union', 'membership']],
    ['SCREAMING_CASE', 'USER_EMAIL', ['user', 'email']],
    ['a single upper-case word', 'SSN', ['ssn']],
    ['an acronym before a capitalised word', 'IPAddress', ['ip', 'address']],
    ['an acronym inside a name', 'userIPAddress', ['user', 'ip', 'address']],
    ['an acronym at the end', 'parseURL', ['parse', 'url']],
    ['digits after letters', 'phone2', ['phone', '2']],
    ['digits between words', 'address2Line', ['address', '2', 'line']],
    ['a leading $ and dots', '$user.email', ['user', 'email']],
    ['spaces and mixed separators', 'Email Address_v2', ['email', 'address', 'v', '2']],
  ])('%s: %s', (_label, identifier, words) => {
    expect(splitWords(identifier)).toEqual(words);
  });

  it('returns no words for an empty or punctuation-only name', () => {
    expect(splitWords('')).toEqual([]);
    expect(splitWords('__$$--')).toEqual([]);
  });
});

describe('createNameClassifier: personal-data names', () => {
  it.each([
    ['email', 'contact.email'],
    ['emailAddress', 'contact.email'],
    ['e_mail', 'contact.email'],
    ['eMail', 'contact.email'],
    ['USER_EMAIL', 'contact.email'],
    ['userEmails', 'contact.email'],
    ['emailRaw', 'contact.email'],
    ['email2', 'contact.email'],
    ['phone', 'contact.phone'],
    ['phoneNumber', 'contact.phone'],
    ['phone_number', 'contact.phone'],
    ['homePhone', 'contact.phone'],
    ['mobileNumber', 'contact.mobile'],
    ['postalAddress', 'contact.postal-address'],
    ['zipCode', 'contact.postcode'],
    ['ssn', 'gov.ssn'],
    ['SSN', 'gov.ssn'],
    ['socialSecurityNumber', 'gov.ssn'],
    ['passportNumber', 'gov.passport-number'],
    ['nationalId', 'gov.national-id'],
    ['taxId', 'gov.tax-id'],
    ['driversLicenseNumber', 'gov.drivers-license'],
    ['dob', 'identity.date-of-birth'],
    ['dateOfBirth', 'identity.date-of-birth'],
    ['date_of_birth', 'identity.date-of-birth'],
    ['birthDate', 'identity.date-of-birth'],
    ['fullName', 'identity.full-name'],
    ['firstName', 'identity.first-name'],
    ['lastName', 'identity.last-name'],
    ['mothersMaidenName', 'identity.mothers-maiden-name'],
    ['iban', 'financial.iban'],
    ['IBAN', 'financial.iban'],
    ['creditCardNumber', 'financial.card-number'],
    ['cardNumber', 'financial.card-number'],
    ['cvv', 'financial.cvv'],
    ['bankAccountNumber', 'financial.bank-account'],
    ['ipAddress', 'online.ip-address'],
    ['IPAddress', 'online.ip-address'],
    ['ip_address', 'online.ip-address'],
    ['deviceId', 'online.device-id'],
    ['preciseLocation', 'location.precise'],
    ['password', 'credentials.password'],
    ['newPassword', 'credentials.password'],
    ['securityAnswer', 'credentials.security-answer'],
    ['diagnosis', 'special.diagnosis'],
    ['healthCondition', 'special.health'],
    ['religion', 'special.religion'],
    ['religiousBelief', 'special.religion'],
    ['ethnicity', 'special.ethnicity'],
    ['politicalOpinion', 'special.political-opinion'],
    ['sexualOrientation', 'special.sexual-orientation'],
    ['tradeUnionMembership', 'special.trade-union'],
    ['trade-union-membership', 'special.trade-union'],
    ['biometricTemplate', 'special.biometric'],
  ])('%s → %s', (name, id) => {
    expect(categoryOf(name)).toBe(id);
  });
});

describe('createNameClassifier: false friends are not personal data', () => {
  it.each([
    ['an opaque id', 'userId'],
    ['a boolean', 'emailVerified'],
    ['a has-flag', 'hasPhone'],
    ['an is-flag', 'isEmail'],
    ['a count', 'emailCount'],
    ['a count prefix', 'numEmails'],
    ['a template id', 'emailTemplateId'],
    ['configuration', 'smtpHost'],
    ['a file name', 'fileName'],
    ['a password hash', 'passwordHash'],
    ['a masked value', 'maskedEmail'],
    ['the organisation’s address', 'supportEmail'],
    ['a handler', 'onEmailChange'],
    ['a pattern', 'EMAIL_REGEX'],
    ['an API key', 'apiKey'],
    ['an access token', 'accessToken'],
    ['the names of rules a candidate matched (regression, inbox-zero)', 'candidateRuleNames'],
    ['a workspace’s name, even a user’s', 'userWorkspaceName'],
    ['an email message, not an address (regression, inbox-zero)', 'coldEmail'],
    ['a welcome message', 'welcomeEmail'],
    ['a workspace’s address (the organisation words that also make team.email an organisation’s)', 'workspaceEmail'],
    ['what sending an email returned (regression, dub)', 'sentEmail'],
  ])('%s: %s', (_label, name) => {
    expect(names.classify(name, { personSubject: false })).toBeUndefined();
  });

  it.each([['ruleName'], ['projectName'], ['roleName'], ['templateName']])('the name of a thing in code, even said of a person: user.%s', (name) => {
    expect(names.classify(name, { personSubject: true })).toBeUndefined();
  });
});

describe('createNameClassifier: a called lookup returns what it finds, not what it looks by', () => {
  it.each([['getOrCreateFolderIdByName'], ['findAccountByEmail'], ['getUserIdByPhone']])('%s()', (name) => {
    expect(names.classify(name, { personSubject: true, isCall: true })).toBeUndefined();
  });

  it('getEmailByUserId() still returns an email', () => {
    expect(names.classify('getEmailByUserId', { personSubject: false, isCall: true })?.type.id).toBe('contact.email');
  });
});

describe('createNameClassifier: words that are personal only when said of a person', () => {
  it('`name` alone is not personal data', () => {
    expect(categoryOf('name')).toBeUndefined();
  });

  it('`name` of a person subject (`user.name`) is a full name', () => {
    expect(categoryOf('name', true)).toBe('identity.full-name');
  });

  it('`customerName` carries its own person subject', () => {
    expect(categoryOf('customerName')).toBe('identity.full-name');
  });

  it.each([
    ['address', 'contact.postal-address'],
    ['mobile', 'contact.mobile'],
    ['city', 'contact.city'],
    ['gender', 'identity.gender'],
    ['age', 'identity.age'],
  ])('`%s` → %s with a person subject only', (name, id) => {
    expect(categoryOf(name)).toBeUndefined();
    expect(categoryOf(name, true)).toBe(id);
  });

  it('`contactEmail` is the site’s contact address unless said of a person', () => {
    expect(categoryOf('contactEmail')).toBeUndefined();
    expect(categoryOf('contactEmail', true)).toBe('contact.email');
  });

  it('a called getter is named by what it returns', () => {
    expect(names.classify('getEmail', { personSubject: false, isCall: true })?.type.id).toBe('contact.email');
    expect(names.classify('fetchPhoneNumber', { personSubject: false, isCall: true })?.type.id).toBe('contact.phone');
    expect(names.classify('email', { personSubject: false, isCall: true })).toBeUndefined();
    expect(names.classify('isEmail', { personSubject: false, isCall: true })).toBeUndefined();
  });
});

describe('createNameClassifier: reasons', () => {
  it.each([
    ['email', false, 'email', 'contact.email'],
    ['emailAddress', false, 'email address', 'contact.email'],
    ['dateOfBirth', false, 'date of birth', 'identity.date-of-birth'],
    ['creditCardNumber', false, 'card number', 'financial.card-number'],
    ['tradeUnionMembership', false, 'trade union membership', 'special.trade-union'],
    ['name', true, 'name', 'identity.full-name'],
  ])('%s: the reason names the matched words and the category id', (name, personSubject, matched, id) => {
    const result = names.classify(name, { personSubject });
    expect(result?.matched).toBe(matched);
    expect(result?.reason).toContain(`"${matched}"`);
    expect(result?.reason).toContain(`(${id})`);
  });

  it('a subject-only match says it was said of a person', () => {
    expect(names.classify('name', { personSubject: true })?.reason).toBe(
      'the word "name" names full name (identity.full-name) (said of a person)',
    );
  });

  it('a multi-word match uses the plural wording', () => {
    expect(names.classify('phoneNumber', { personSubject: false })?.reason).toBe(
      'the words "phone number" name phone number (contact.phone)',
    );
  });
});

describe('createNameClassifier: project settings', () => {
  const configured = resolveSettings({
    notPersonalData: ['nickname'],
    personalData: { kundenMail: 'contact.email', memberRef: 'gov.national-id' },
  }).names;

  it('`notPersonalData` removes a built-in name', () => {
    expect(categoryOf('nickname')).toBe('identity.nickname');
    expect(configured.classify('nickname', { personSubject: false })).toBeUndefined();
  });

  it('`personalData` adds names to existing categories, matched by words', () => {
    expect(configured.classify('kundenMail', { personSubject: false })?.type.id).toBe('contact.email');
    expect(configured.classify('kunden_mail', { personSubject: false })?.type.id).toBe('contact.email');
    expect(configured.classify('userMemberRef', { personSubject: false })?.type.id).toBe('gov.national-id');
    expect(categoryOf('memberRef')).toBeUndefined();
  });

  it('`personalData` naming an unknown category is a settings error', () => {
    expect(() => resolveSettings({ personalData: { x: 'nope.nope' } })).toThrow(/personalData\.x names an unknown category "nope\.nope"/);
  });
});

describe('regression: phrases that end in a value word', () => {
  // `data`, `details`, `info` are dropped only when the whole name is not a phrase of its own.
  it.each([
    ['geneticData', 'special.genetic'],
    ['healthData', 'special.health'],
    ['bankDetails', 'financial.bank-account'],
    ['emailRaw', 'contact.email'],
  ])('%s is %s', (name, id) => {
    expect(resolveSettings(undefined).names.classify(name, { personSubject: false })?.type.id).toBe(id);
  });
});

describe('regression (real code): a system\'s credentials and software named by a person word', () => {
  it.each([
    ['a database password', 'postgresPassword'],
    ['a database user', 'postgresUsername'],
    ['a database password in SCREAMING_CASE', 'DB_PASSWORD'],
    ['a cache password', 'redisPassword'],
    ['an MCP client', '$mcp_client_name'],
    ['an HTTP client', 'httpClientName'],
    ['a service account', 'serviceAccountEmail'],
    ['a queue or web worker (not a person word since the eighth session)', 'workerName'],
    ['an AI or user agent', 'agentName'],
  ])('%s: %s is not personal data', (_label, name) => {
    expect(names.classify(name, { personSubject: false })).toBeUndefined();
  });

  it.each([
    ['clientName', 'identity.full-name'],
    ['volunteerName', 'identity.full-name'],
    ['userPassword', 'credentials.password'],
  ])('%s is still %s', (name, id) => {
    expect(categoryOf(name)).toBe(id);
  });
});

describe('regression (real code): the names of DOM nodes, classes and tags, and tree kinship words', () => {
  it.each([
    ['tagName'], ['className'], ['nodeName'], ['localName'], ['attributeName'], ['fieldName'], ['columnName'], ['typeName'],
  ])('%s is not a person\'s name, even said of a person', (name) => {
    expect(names.classify(name, { personSubject: true })).toBeUndefined();
  });

  it.each([['firstElementChild'], ['lastChild'], ['nextSibling'], ['previousElementSibling'], ['firstChild']])(
    '%s is a node of a tree, not a person',
    (name) => {
      expect(isPersonSubjectName(name)).toBe(false);
    },
  );

  it.each([['child'], ['children'], ['parent'], ['childAccount'], ['parentProfile']])('%s still speaks of a person', (name) => {
    expect(isPersonSubjectName(name)).toBe(true);
  });

  it.each([['firstName'], ['displayName'], ['fullName'], ['lastName']])('%s is still a name', (name) => {
    expect(names.classify(name, { personSubject: true })).toBeDefined();
  });
});

describe('regression (real code): fname is a file name unless said of a person', () => {
  it('a bare fname is not personal data', () => {
    expect(names.classify('fname', { personSubject: false })).toBeUndefined();
  });
  it('user.fname is a first name', () => {
    expect(categoryOf('fname', true)).toBe('identity.first-name');
  });
});

describe('regression (real code): a kinship word alone does not make a generic word health data', () => {
  // GrowthBook: `Experiment.parentConditions`, the targeting conditions of a parent experiment.
  it.each([['parentConditions'], ['childConditions'], ['parentTreatment'], ['parentHealth']])('%s is not health data', (name) => {
    expect(categoryOf(name)).toBeUndefined();
  });

  it.each([['patientConditions'], ['userTreatment']])('%s, said by a person word that is no kinship word, still is', (name) => {
    expect(categoryOf(name)).toBe('special.health');
  });

  it('said of a person, a parent\'s conditions are health data', () => {
    expect(categoryOf('parentConditions', true)).toBe('special.health');
  });

  it('a kinship word still makes a name a person\'s name (`parentName`)', () => {
    expect(categoryOf('parentName')).toBe('identity.full-name');
  });
});

describe('regression (real code): a tenant of a multi-tenant system is an organisation', () => {
  // Logto (`currentTenant.name` to PostHog's group), Novu (`job.tenant.name`), Xero (`tenantName`).
  it.each([['tenant'], ['currentTenant'], ['tenants']])('%s does not make a name a person\'s', (name) => {
    expect(isPersonSubjectName(name)).toBe(false);
  });

  it('tenantName is not a person\'s name', () => {
    expect(categoryOf('tenantName')).toBeUndefined();
  });

  it.each([['tenantEmail', 'contact.email'], ['tenantPhone', 'contact.phone']])('%s is still personal data by its own words', (name, category) => {
    expect(categoryOf(name)).toBe(category);
  });

  it('a renter is a person', () => {
    expect(categoryOf('renterName')).toBe('identity.full-name');
  });
});
