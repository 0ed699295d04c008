import type { ArgPositions, MethodTable, ThirdPartySdk } from './types.js';

/**
 * Third-party SDKs for `privacy/no-pii-to-third-parties`, with the purpose that decides how the
 * law treats them (DESIGN.md): analytics, advertising, marketing, CRM, session replay and
 * enrichment need consent; monitoring and error tracking should receive no personal data;
 * essential processors (payments, transactional messaging, authentication, hosting, AI models) receive it
 * under contract and appear in the auditor's inventory only.
 *
 * Method keys match the end of the property path below the root (call parentheses ignored);
 * the first key that matches wins, so longer keys come before shorter keys ending the same way.
 * A named import is its module's root with the imported name as the path
 * (`import { setUserId } from '@amplitude/analytics-browser'` → path `setUserId`).
 *
 * `reference` names the package and version whose type definitions (or, where a vendor ships
 * none, the `@types` package or the public snippet API) the method names and argument
 * positions were checked against.
 */

/** Every argument of each named method carries data. */
function allArgs(names: readonly string[]): MethodTable {
  return Object.fromEntries(names.map((name) => [name, 'all' as const]));
}

/** The same positions for each named method. */
function same(names: readonly string[], positions: ArgPositions): MethodTable {
  return Object.fromEntries(names.map((name) => [name, positions]));
}

export const thirdPartySdks: readonly ThirdPartySdk[] = [
  // ─── Analytics ────────────────────────────────────────────────────────────────────────────

  // @segment/analytics-next@1.84.3 (AnalyticsBrowser: track/identify/page/group/alias/screen take
  // (name|id, properties|traits, options)); @segment/analytics-node@3.1.0 (Analytics: one message object).
  {
    vendor: 'Segment',
    purpose: 'analytics',
    modules: ['@segment/analytics-next', '@segment/analytics-node', 'analytics-node', '@segment/analytics-react-native'],
    globals: ['analytics'],
    methods: {
      track: [0, 1, 2],
      identify: [0, 1, 2],
      page: [0, 1, 2, 3],
      screen: [0, 1, 2, 3],
      group: [0, 1, 2],
      alias: [0, 1, 2],
      trackLink: [1, 2],
      trackForm: [1, 2],
      'user.traits': [0],
    },
    reference: '@segment/analytics-next@1.84.3, @segment/analytics-node@3.1.0',
  },
  // mixpanel-browser@2.83.0 (src/index.d.ts: Mixpanel, People, Group); mixpanel@0.24.0 (lib/mixpanel-node.d.ts:
  // people.* take the distinct id first).
  {
    vendor: 'Mixpanel',
    purpose: 'analytics',
    modules: ['mixpanel-browser', 'mixpanel', 'mixpanel-react-native'],
    globals: ['mixpanel'],
    methods: {
      'people.set': 'all',
      'people.set_once': 'all',
      'people.append': 'all',
      'people.union': 'all',
      'people.increment': 'all',
      'people.track_charge': 'all',
      track: [0, 1],
      track_with_groups: [0, 1, 2],
      track_batch: [0],
      import: [0, 1, 2],
      import_batch: [0],
      identify: [0],
      alias: [0, 1],
      register: [0],
      register_once: [0],
      set_group: [0, 1],
      add_group: [0, 1],
    },
    reference: 'mixpanel-browser@2.83.0, mixpanel@0.24.0',
  },
  // @amplitude/analytics-browser@2.48.1 and @amplitude/analytics-node@1.5.73 (CoreClient in
  // @amplitude/analytics-core@2.61.0); amplitude-js@8.21.10 (legacy AmplitudeClient prototype).
  // `identify()` takes an `Identify` builder; the data reaches it through `new Identify().set('email', …)`.
  {
    vendor: 'Amplitude',
    purpose: 'analytics',
    modules: [
      '@amplitude/analytics-browser',
      '@amplitude/analytics-node',
      '@amplitude/analytics-react-native',
      '@amplitude/unified',
      'amplitude-js',
    ],
    globals: ['amplitude'],
    methods: {
      track: [0, 1],
      logEvent: [0, 1],
      logEventWithGroups: [0, 1, 2],
      identify: [0],
      groupIdentify: [1, 2],
      setUserId: [0],
      setDeviceId: [0],
      setGroup: [1],
      setUserProperties: [0],
      revenue: [0],
      // Browser `init(apiKey, userId, options)`; amplitude-js `init(apiKey, userId, config)`.
      init: [1],
    },
    reference: '@amplitude/analytics-browser@2.48.1, @amplitude/analytics-node@1.5.73, amplitude-js@8.21.10',
  },
  // posthog-js@1.449.2 (dist/module.d.ts: PostHog incl. deprecated `people.set`); posthog-node@5.70.0
  // (dist/client.d.ts: one message object).
  {
    vendor: 'PostHog',
    purpose: 'analytics',
    // @posthog/react, @posthog/next (usePostHog(), createPostHog()), posthog-js-lite: the same client API.
    modules: ['posthog-js', 'posthog-js/react', 'posthog-node', 'posthog-react-native', '@posthog/react', '@posthog/next', '@posthog/next/*', 'posthog-js-lite'],
    globals: ['posthog'],
    methods: {
      'people.set': [0, 1],
      'people.set_once': [0, 1],
      capture: [0, 1],
      captureImmediate: [0],
      identify: [0, 1, 2],
      identifyImmediate: [0],
      alias: [0, 1],
      aliasImmediate: [0],
      register: [0],
      register_once: [0],
      register_for_session: [0],
      setPersonProperties: [0, 1],
      setPersonPropertiesForFlags: [0],
      group: [1, 2],
      groupIdentify: [0],
      captureException: [0, 1, 2],
      captureExceptionImmediate: [0, 1, 2],
      captureLog: [0],
    },
    reference: 'posthog-js@1.449.2, posthog-node@5.70.0',
  },
  // @types/gtag.js@0.0.20: gtag('config', id, params) / gtag('event', name, params) / gtag('set', params);
  // analytics.js `ga('set', 'userId', …)`; react-ga4@3.0.1; @next/third-parties/google `sendGAEvent`.
  // Google Ads conversions go through the same gtag calls.
  {
    vendor: 'Google Analytics (gtag.js)',
    purpose: 'analytics',
    modules: ['react-ga4', 'react-ga', '@next/third-parties/google'],
    globals: ['gtag', 'ga'],
    callable: [1, 2, 3],
    methods: {
      event: [0, 1],
      set: [0],
      send: [0],
      gtag: [1, 2],
      ga: [1, 2, 3],
      sendGAEvent: 'all',
    },
    reference: '@types/gtag.js@0.0.20, react-ga4@3.0.1',
  },
  // Google Tag Manager: `dataLayer.push({...})` (GTM snippet); react-gtm-module `TagManager.dataLayer({ dataLayer })`;
  // @next/third-parties/google `sendGTMEvent(data)`.
  {
    vendor: 'Google Tag Manager',
    purpose: 'analytics',
    modules: ['react-gtm-module', '@next/third-parties/google'],
    globals: ['dataLayer'],
    methods: {
      push: 'all',
      dataLayer: [0],
      sendGTMEvent: [0],
    },
    reference: 'GTM snippet (window.dataLayer), react-gtm-module',
  },
  // firebase@13.2.0 `firebase/analytics` (logEvent(analytics, name, params), setUserId, setUserProperties);
  // @react-native-firebase/analytics `analytics().logEvent(name, params)`.
  {
    vendor: 'Google Analytics for Firebase',
    purpose: 'analytics',
    modules: ['firebase/analytics', '@firebase/analytics', '@react-native-firebase/analytics'],
    methods: {
      logEvent: 'all',
      setUserId: 'all',
      setUserProperties: 'all',
    },
    reference: 'firebase@13.2.0 (firebase/analytics)',
  },
  // Heap snippet API (global `heap`; no npm types for the analytics SDK — `@types/heap` is an
  // unrelated data structure): track(name, props), identify(id), addUserProperties, addEventProperties.
  {
    vendor: 'Heap',
    purpose: 'analytics',
    modules: ['@heap/heap-js', 'react-native-heap'],
    globals: ['heap'],
    methods: {
      track: [0, 1],
      identify: [0],
      addUserProperties: [0],
      addEventProperties: [0],
    },
    reference: 'Heap web snippet API (global heap); no type package to check',
  },
  // @types/pendo-io-browser@2.314.0: initialize({ visitor, account }), identify(...), updateOptions, track(type, metadata).
  {
    vendor: 'Pendo',
    purpose: 'analytics',
    modules: ['@pendo/agent'],
    globals: ['pendo'],
    methods: {
      initialize: [0],
      identify: [0, 1],
      updateOptions: [0],
      track: [0, 1],
    },
    reference: '@types/pendo-io-browser@2.314.0',
  },
  // @vercel/analytics@2.0.1: track(name, properties) (client and `@vercel/analytics/server`).
  {
    vendor: 'Vercel Web Analytics',
    purpose: 'analytics',
    modules: ['@vercel/analytics', '@vercel/analytics/*'],
    methods: {
      track: [0, 1],
    },
    reference: '@vercel/analytics@2.0.1',
  },
  // Plausible: global `plausible(name, { props })`; plausible-tracker@0.3.9 (`Plausible()` → trackEvent);
  // @plausible-analytics/tracker@0.4.6 (track(name, options)).
  {
    vendor: 'Plausible',
    purpose: 'analytics',
    modules: ['plausible-tracker', '@plausible-analytics/tracker', 'next-plausible'],
    globals: ['plausible'],
    callable: [0, 1],
    methods: {
      trackEvent: [0, 1],
      trackPageview: [0, 1],
      track: [0, 1],
    },
    reference: 'plausible-tracker@0.3.9, @plausible-analytics/tracker@0.4.6',
  },
  // @snowplow/browser-tracker@4.10.1 (dist/index.module.d.ts); legacy global `snowplow('trackSelfDescribingEvent', …)`.
  {
    vendor: 'Snowplow',
    purpose: 'analytics',
    modules: ['@snowplow/browser-tracker', '@snowplow/node-tracker', '@snowplow/react-native-tracker'],
    globals: ['snowplow'],
    callable: [1, 2],
    methods: {
      trackSelfDescribingEvent: [0],
      trackStructEvent: [0],
      trackPageView: [0],
      setUserId: [0],
      addGlobalContexts: [0],
      newTracker: [{ arg: 2, props: ['contexts'] }],
    },
    reference: '@snowplow/browser-tracker@4.10.1',
  },
  // @rudderstack/analytics-js@3.34.1 (RudderAnalytics: Segment-shaped track/identify/page/group/alias).
  {
    vendor: 'RudderStack',
    purpose: 'analytics',
    modules: ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', 'rudder-sdk-js'],
    globals: ['rudderanalytics'],
    methods: {
      track: [0, 1, 2],
      identify: [0, 1, 2],
      page: [0, 1, 2, 3],
      group: [0, 1, 2],
      alias: [0, 1, 2],
      screen: [0, 1, 2],
    },
    reference: '@rudderstack/analytics-js@3.34.1',
  },
  // @june-so/analytics-node@8.0.0 (lib/client.d.ts: one message object per call).
  {
    vendor: 'June',
    purpose: 'analytics',
    modules: ['@june-so/analytics-node', '@june-so/analytics-next'],
    methods: {
      identify: [0],
      track: [0],
      page: [0],
      screen: [0],
      group: [0],
    },
    reference: '@june-so/analytics-node@8.0.0',
  },

  // Umami: global `umami.track(name, data)`, `umami.identify(data)` (tracker script v2); no type package.
  {
    vendor: 'Umami',
    purpose: 'analytics',
    globals: ['umami'],
    methods: { track: [0, 1], identify: [0, 1] },
    reference: 'Umami tracker functions (window.umami); no type package',
  },
  // Matomo: the snippet queue `_paq.push(['setUserId', id])`, `_paq.push(['trackEvent', …])`;
  // @datapunt/matomo-tracker-react@0.5.1 `pushInstruction('setUserId', id)`, `trackEvent({ … })`.
  {
    vendor: 'Matomo',
    purpose: 'analytics',
    modules: ['@datapunt/matomo-tracker-react', '@jonkoops/matomo-tracker-react', '@datapunt/matomo-tracker-js'],
    globals: ['_paq'],
    methods: { push: [0], pushInstruction: 'all', trackEvent: [0], trackPageView: [0] },
    reference: 'Matomo JavaScript tracker (_paq queue), @datapunt/matomo-tracker-react@0.5.1',
  },
  // Yandex Metrica: `ym(counterId, 'userParams', params)`, `ym(counterId, 'setUserID', id)`,
  // `ym(counterId, 'reachGoal', target, params)`; no type package for the global.
  {
    vendor: 'Yandex Metrica',
    purpose: 'analytics',
    globals: ['ym'],
    callable: [2, 3],
    methods: {},
    reference: 'Yandex Metrica tag API (global ym); no type package',
  },
  // Kissmetrics: the snippet queue `_kmq.push(['identify', email])`, `_kmq.push(['record', name, props])`.
  {
    vendor: 'Kissmetrics',
    purpose: 'analytics',
    globals: ['_kmq'],
    methods: { push: [0] },
    reference: 'Kissmetrics JavaScript library (_kmq queue); no type package',
  },
  // userpilot@1.4.3 (lib/index.d.ts: identify(userid, properties), track(event, meta), anonymous(data)).
  {
    vendor: 'Userpilot',
    purpose: 'analytics',
    modules: ['userpilot'],
    globals: ['userpilot'],
    methods: { identify: [0, 1], track: [0, 1], anonymous: [0] },
    reference: 'userpilot@1.4.3',
  },
  // Appcues: global `Appcues.identify(userId, properties)`, `Appcues.group(groupId, properties)`,
  // `Appcues.track(name, properties)`.
  {
    vendor: 'Appcues',
    purpose: 'analytics',
    globals: ['Appcues'],
    methods: { identify: [0, 1], group: [0, 1], track: [0, 1] },
    reference: 'Appcues Web SDK (window.Appcues); no type package',
  },
  // Gainsight PX: `aptrinsic('identify', user, account)`, `aptrinsic('set', 'user', attributes)`,
  // `aptrinsic('track', name, properties)`.
  {
    vendor: 'Gainsight PX',
    purpose: 'analytics',
    globals: ['aptrinsic'],
    callable: [1, 2],
    methods: {},
    reference: 'Gainsight PX JavaScript API (global aptrinsic); no type package',
  },
  // Sprig: global `Sprig('setEmail', email)`, `Sprig('setAttributes', attributes)`, `Sprig('track', name, props)`;
  // @sprig-technologies/sprig-browser `sprig.setEmail(email)`, `identifyAndSetAttributes({ userId, attributes })`.
  {
    vendor: 'Sprig',
    purpose: 'analytics',
    modules: ['@sprig-technologies/sprig-browser'],
    globals: ['Sprig'],
    callable: [1, 2],
    methods: { setEmail: [0], setUserId: [0], setAttributes: [0], identifyAndSetAttributes: [0], track: [0, 1] },
    reference: 'Sprig JavaScript API (global Sprig), @sprig-technologies/sprig-browser',
  },

  // ─── Session replay ────────────────────────────────────────────────────────────────────────

  // @hotjar/browser@1.0.9 (Hotjar.identify(userId, userInfo), Hotjar.event(name)); global `hj('identify', id, attrs)`.
  {
    vendor: 'Hotjar',
    purpose: 'session-replay',
    modules: ['@hotjar/browser', 'react-hotjar'],
    globals: ['hj'],
    callable: [1, 2],
    methods: {
      identify: [0, 1],
      event: [0],
    },
    reference: '@hotjar/browser@1.0.9',
  },
  // @fullstory/browser@2.1.1 (`FullStory` is the v2 callable: FullStory('setIdentity', { uid, properties }));
  // @fullstory/snippet@2.1.0 ApiV1 (deprecated FS.identify / setUserVars / event / log).
  {
    vendor: 'FullStory',
    purpose: 'session-replay',
    modules: ['@fullstory/browser', '@fullstory/snippet', 'react-native-fullstory', '@fullstory/react-native'],
    globals: ['FS'],
    callable: [1],
    callableExports: ['FullStory'],
    methods: {
      identify: [0, 1],
      setUserVars: [0],
      setVars: [1],
      event: [0, 1],
      log: [0, 1],
    },
    reference: '@fullstory/browser@2.1.1, @fullstory/snippet@2.1.0',
  },
  // logrocket@12.4.0 (dist/types.d.ts: identify(uid, traits), track(name, props), log/info/warn/error/debug,
  // captureMessage/captureException(…, options)).
  {
    vendor: 'LogRocket',
    purpose: 'session-replay',
    modules: ['logrocket', 'logrocket-react', '@logrocket/react-native'],
    globals: ['LogRocket'],
    methods: {
      identify: [0, 1],
      track: [0, 1],
      log: 'all',
      info: 'all',
      warn: 'all',
      error: 'all',
      debug: 'all',
      captureMessage: [0, 1],
      captureException: [0, 1],
    },
    reference: 'logrocket@12.4.0',
  },
  // Microsoft Clarity: global `clarity('identify', id, session, page, name)`, `clarity('set', key, value)`,
  // `clarity('event', name)`; @microsoft/clarity `Clarity.identify(…)`, `Clarity.setTag(key, value)`.
  {
    vendor: 'Microsoft Clarity',
    purpose: 'session-replay',
    modules: ['@microsoft/clarity'],
    globals: ['clarity'],
    callable: [1, 2, 3, 4],
    methods: {
      identify: [0, 1, 2, 3],
      setTag: [1],
      event: [0],
    },
    reference: 'Clarity client API (global clarity, @microsoft/clarity); not type-checked here',
  },

  // smartlook-client@10.0.0 (dist/esm/index.d.ts: identify(userId, props), track(eventName, props),
  // properties(props)); the snippet's global `smartlook('identify', userId, props)`.
  {
    vendor: 'Smartlook',
    purpose: 'session-replay',
    modules: ['smartlook-client', 'smartlook-react-native-wrapper'],
    globals: ['smartlook'],
    callable: [1, 2],
    methods: { identify: [0, 1], track: [0, 1], properties: [0] },
    reference: 'smartlook-client@10.0.0',
  },

  // ─── Advertising pixels ────────────────────────────────────────────────────────────────────

  // @types/facebook-pixel@0.0.31: fbq('init', id, userData), fbq('track', name, params),
  // fbq('trackSingle', id, name, params); react-facebook-pixel `ReactPixel.init(id, advancedMatching)`.
  {
    vendor: 'Meta Pixel',
    purpose: 'advertising',
    modules: ['react-facebook-pixel'],
    globals: ['fbq'],
    callable: [2, 3],
    methods: {
      init: [1],
      track: [0, 1],
      trackCustom: [0, 1],
      trackSingle: [1, 2],
    },
    reference: '@types/facebook-pixel@0.0.31',
  },
  // TikTok pixel: global `ttq.track(name, data)`, `ttq.identify({ email, phone_number })`;
  // tiktok-pixel@2.0.3 (init(pixelId, advancedMatching), track(event, data)).
  {
    vendor: 'TikTok Pixel',
    purpose: 'advertising',
    modules: ['tiktok-pixel'],
    globals: ['ttq'],
    methods: {
      // also `ttq.instance(pixelId).track(…)`
      track: [0, 1],
      identify: [0],
      init: [1],
    },
    reference: 'tiktok-pixel@2.0.3 (src/index.tsx)',
  },
  // LinkedIn Insight Tag: global `lintrk('track', { conversion_id })`.
  {
    vendor: 'LinkedIn Insight Tag',
    purpose: 'advertising',
    globals: ['lintrk'],
    callable: [1],
    methods: {},
    reference: 'LinkedIn Insight Tag snippet (window.lintrk); no type package',
  },
  // X (Twitter) pixel: global `twq('event', 'tw-xxxxx', { email_address, phone_number })`, `twq('config', id)`.
  {
    vendor: 'X (Twitter) Pixel',
    purpose: 'advertising',
    globals: ['twq'],
    callable: [1, 2],
    methods: {},
    reference: 'X conversion tracking snippet (window.twq); no type package',
  },

  // Snap Pixel: `snaptr('init', pixelId, { user_email, user_phone_number })`, `snaptr('track', event, params)`.
  {
    vendor: 'Snap Pixel',
    purpose: 'advertising',
    globals: ['snaptr'],
    callable: [2],
    methods: {},
    reference: 'Snap Pixel base code (window.snaptr); no type package',
  },
  // Pinterest Tag: `pintrk('load', tagId, { em })`, `pintrk('set', { em })`, `pintrk('track', event, data)`.
  {
    vendor: 'Pinterest Tag',
    purpose: 'advertising',
    globals: ['pintrk'],
    callable: [1, 2],
    methods: {},
    reference: 'Pinterest Tag base code (window.pintrk); no type package',
  },
  // Reddit Pixel: `rdt('init', pixelId, { email, phoneNumber, externalId })`, `rdt('track', event, data)`.
  {
    vendor: 'Reddit Pixel',
    purpose: 'advertising',
    globals: ['rdt'],
    callable: [2],
    methods: {},
    reference: 'Reddit Pixel base code (window.rdt); no type package',
  },
  // Microsoft Advertising UET: `window.uetq.push('set', { pid: { em, ph } })`, `uetq.push('event', action, params)`.
  {
    vendor: 'Microsoft Advertising (UET)',
    purpose: 'advertising',
    globals: ['uetq'],
    methods: { push: 'all' },
    reference: 'UET tag (window.uetq) enhanced conversions; no type package',
  },

  // ─── Marketing and CRM ─────────────────────────────────────────────────────────────────────

  // @braze/web-sdk@6.13.0 (index.d.ts: changeUser, logCustomEvent, logPurchase, getUser() → User setters).
  {
    vendor: 'Braze',
    purpose: 'marketing',
    modules: ['@braze/web-sdk', '@braze/react-native-sdk'],
    globals: ['braze', 'appboy'],
    methods: {
      changeUser: [0],
      logCustomEvent: [0, 1],
      logPurchase: [0, 4],
      setEmail: [0],
      setFirstName: [0],
      setLastName: [0],
      setPhoneNumber: [0],
      setDateOfBirth: 'all',
      setGender: [0],
      setHomeCity: [0],
      setCountry: [0],
      setLanguage: [0],
      setLineId: [0],
      setLastKnownLocation: 'all',
      setCustomUserAttribute: [1],
      setCustomLocationAttribute: [1, 2],
      addToCustomAttributeArray: [1],
      addAlias: [0],
    },
    reference: '@braze/web-sdk@6.13.0',
  },
  // customerio-node@5.2.0 (TrackClient: identify(id, data), track(id, data); APIClient: sendEmail/sendSMS…);
  // browser snippet `_cio.identify({ id, email })`, `_cio.track(name, data)`.
  {
    vendor: 'Customer.io',
    purpose: 'marketing',
    modules: ['customerio-node', '@customerio/cdp-analytics-node', '@customerio/cdp-analytics-browser'],
    globals: ['_cio', 'cioanalytics'],
    methods: {
      identify: [0, 1],
      track: [0, 1, 2],
      trackAnonymous: [0, 1],
      trackPageView: [0, 1],
      page: [0, 1, 2],
      addDevice: [0, 1, 3],
      submitForm: [1],
      triggerBroadcast: [1, 2],
      sendEmail: [0],
      sendSMS: [0],
      sendPush: [0],
      getCustomersByEmail: [0],
    },
    reference: 'customerio-node@5.2.0',
  },
  // klaviyo-api@23.0.0 (ProfilesApi / EventsApi instances); onsite JS `klaviyo.identify({...})`,
  // `klaviyo.track(name, props)`, legacy `_learnq.push(['identify', {...}])`.
  {
    vendor: 'Klaviyo',
    purpose: 'marketing',
    modules: ['klaviyo-api', 'node-klaviyo'],
    globals: ['klaviyo', '_learnq'],
    methods: {
      createProfile: [0],
      createOrUpdateProfile: [0],
      updateProfile: [1],
      bulkImportProfiles: [0],
      bulkSubscribeProfiles: [0],
      createEvent: [0],
      bulkCreateEvents: [0],
      identify: [0],
      track: [0, 1],
      push: [0],
    },
    reference: 'klaviyo-api@23.0.0',
  },
  // @mailchimp/mailchimp_marketing@3.0.80 (src/api/ListsApi.js: addListMember(listId, body),
  // setListMember(listId, subscriberHash, body), updateListMember(listId, hash, body)).
  {
    vendor: 'Mailchimp',
    purpose: 'marketing',
    modules: ['@mailchimp/mailchimp_marketing'],
    methods: {
      'lists.addListMember': [1],
      'lists.setListMember': [1, 2],
      'lists.updateListMember': [1, 2],
      'lists.batchListMembers': [1],
      'lists.createListMemberEvent': [1, 2],
      'lists.updateListMemberTags': [1, 2],
    },
    reference: '@mailchimp/mailchimp_marketing@3.0.80',
  },
  // @hubspot/api-client@14.0.1 (crm.contacts.basicApi.create(input), update(id, input), batchApi.*);
  // tracking code `_hsq.push(['identify', { email }])`.
  {
    vendor: 'HubSpot',
    purpose: 'crm',
    modules: ['@hubspot/api-client'],
    globals: ['_hsq'],
    assignments: ['hsConversationsSettings'],
    methods: {
      'crm.contacts.basicApi.create': [0],
      'crm.contacts.basicApi.update': [1],
      'crm.contacts.basicApi.merge': [0],
      'crm.contacts.batchApi.create': [0],
      'crm.contacts.batchApi.update': [0],
      'crm.contacts.batchApi.upsert': [0],
      'crm.contacts.searchApi.doSearch': [0],
      push: [0],
    },
    reference: '@hubspot/api-client@14.0.1',
  },
  // clearbit@1.3.5 (src/client.js: Enrichment.find, Person.find, Reveal.find(ip), Risk.calculate, Prospector.search).
  {
    vendor: 'Clearbit',
    purpose: 'enrichment',
    modules: ['clearbit'],
    methods: {
      'Enrichment.find': [0],
      'Person.find': [0],
      'Reveal.find': [0],
      'Risk.calculate': [0],
      'Prospector.search': [0],
    },
    reference: 'clearbit@1.3.5',
  },

  // react-onesignal@3.5.6 (dist/index.d.ts: login(externalId), User.addEmail(email), User.addSms(number),
  // User.addTag(key, value), User.addTags(tags), User.addAlias(label, id)); the same v5 API on the
  // global and in react-native-onesignal.
  {
    vendor: 'OneSignal',
    purpose: 'marketing',
    modules: ['react-onesignal', 'react-native-onesignal', 'onesignal-cordova-plugin'],
    globals: ['OneSignal'],
    methods: {
      login: [0],
      'User.addEmail': [0],
      'User.addSms': [0],
      'User.addTag': [1],
      'User.addTags': [0],
      'User.addAlias': [1],
      'User.addAliases': [0],
    },
    reference: 'react-onesignal@3.5.6',
  },

  // ─── Support ───────────────────────────────────────────────────────────────────────────────

  // @types/intercom-web@2.8.26: Intercom('boot', settings), Intercom('update', settings), `window.intercomSettings`,
  // Intercom('trackEvent', tag, metadata); @intercom/messenger-js-sdk@0.0.20: default `Intercom(settings)`,
  // boot/update/trackEvent exports.
  {
    vendor: 'Intercom',
    purpose: 'support',
    modules: ['@intercom/messenger-js-sdk', 'react-use-intercom'],
    globals: ['Intercom'],
    callable: [0, 1, 2],
    assignments: ['intercomSettings'],
    methods: {
      boot: [0],
      update: [0],
      trackEvent: 'all',
      showNewMessage: [0],
      startConversation: [0],
    },
    reference: '@types/intercom-web@2.8.26, @intercom/messenger-js-sdk@0.0.20',
  },

  // crisp-sdk-web@1.2.1 (dist/user.d.ts: user.setEmail/setNickname/setPhone/setAvatar; session.d.ts:
  // session.setData(data), session.pushEvent(name, data)); the snippet's `$crisp.push(['set', 'user:email', [email]])`.
  {
    vendor: 'Crisp',
    purpose: 'support',
    modules: ['crisp-sdk-web'],
    globals: ['$crisp'],
    methods: {
      'user.setEmail': [0],
      'user.setNickname': [0],
      'user.setPhone': [0],
      'user.setAvatar': [0],
      'session.setData': [0],
      'session.pushEvent': [0, 1],
      push: [0],
    },
    reference: 'crisp-sdk-web@1.2.1, $crisp push API',
  },
  // Drift: global `drift.identify(userId, attributes)`, `drift.api.setUserAttributes(attributes)`, `drift.track(name, attributes)`.
  {
    vendor: 'Drift',
    purpose: 'support',
    globals: ['drift'],
    methods: { identify: [0, 1], 'api.setUserAttributes': [0], track: [0, 1] },
    reference: 'Drift widget JavaScript API (window.drift); no type package',
  },
  // Zendesk Web Widget: `zE('webWidget', 'identify', { name, email })`, `zE('webWidget', 'prefill', { … })`,
  // `zE('messenger:set', 'conversationFields', fields)`.
  {
    vendor: 'Zendesk',
    purpose: 'support',
    globals: ['zE'],
    callable: [2],
    methods: {},
    reference: 'Zendesk Web Widget and Messaging APIs (global zE); no type package',
  },
  // Help Scout Beacon: `Beacon('identify', { name, email })`, `Beacon('prefill', { email, subject, text })`,
  // `Beacon('session-data', data)`.
  {
    vendor: 'Help Scout',
    purpose: 'support',
    globals: ['Beacon'],
    callable: [1],
    methods: {},
    reference: 'Help Scout Beacon API (global Beacon); no type package',
  },
  // Chatwoot: `window.$chatwoot.setUser(identifier, { email, name, phone_number })`, `setCustomAttributes(attributes)`.
  {
    vendor: 'Chatwoot',
    purpose: 'support',
    globals: ['$chatwoot'],
    methods: { setUser: [0, 1], setCustomAttributes: [0], setConversationCustomAttributes: [0] },
    reference: 'Chatwoot website SDK (window.$chatwoot); no type package',
  },
  // Tawk.to: `Tawk_API.setAttributes({ name, email }, callback)`, `Tawk_API.addEvent(name, metadata, callback)`, `Tawk_API.login(data, callback)`.
  {
    vendor: 'Tawk.to',
    purpose: 'support',
    globals: ['Tawk_API'],
    assignments: ['Tawk_API.visitor'],
    methods: { setAttributes: [0], addEvent: [0, 1], login: [0] },
    reference: 'Tawk.to JavaScript API (window.Tawk_API); no type package',
  },
  // Freshchat: `window.fcWidget.init({ token, externalId, email, firstName })`, `fcWidget.user.setEmail(email)`,
  // `fcWidget.user.setProperties(properties)`, `fcWidget.setExternalId(id)`.
  {
    vendor: 'Freshchat',
    purpose: 'support',
    globals: ['fcWidget'],
    assignments: ['fcSettings'],
    methods: {
      init: [0],
      setExternalId: [0],
      'user.setEmail': [0],
      'user.setFirstName': [0],
      'user.setLastName': [0],
      'user.setPhone': [0],
      'user.setProperties': [0],
      'user.create': [0],
      'user.update': [0],
    },
    reference: 'Freshchat web messenger API (window.fcWidget); no type package',
  },
  // LiveChat: `LiveChatWidget.call('set_customer_email', email)`, `call('set_customer_name', name)`,
  // `call('set_session_variables', variables)`.
  {
    vendor: 'LiveChat',
    purpose: 'support',
    globals: ['LiveChatWidget'],
    methods: { call: [1] },
    reference: 'LiveChat Chat Widget API (window.LiveChatWidget); no type package',
  },

  // ─── Error tracking and monitoring ─────────────────────────────────────────────────────────

  // @sentry/core@11.12.0 (build/types/exports.d.ts, logs/public-api.d.ts), re-exported by @sentry/browser,
  // @sentry/node, @sentry/react…; Scope has the same setters.
  {
    vendor: 'Sentry',
    purpose: 'error-tracking',
    modules: [
      '@sentry/core',
      '@sentry/browser',
      '@sentry/node',
      '@sentry/react',
      '@sentry/nextjs',
      '@sentry/nestjs',
      '@sentry/vue',
      '@sentry/angular',
      '@sentry/svelte',
      '@sentry/sveltekit',
      '@sentry/remix',
      '@sentry/astro',
      '@sentry/nuxt',
      '@sentry/solid',
      '@sentry/ember',
      '@sentry/gatsby',
      '@sentry/react-native',
      '@sentry/electron',
      '@sentry/bun',
      '@sentry/deno',
      '@sentry/cloudflare',
      '@sentry/aws-serverless',
      '@sentry/google-cloud-serverless',
      '@sentry/vercel-edge',
    ],
    globals: ['Sentry'],
    typeNames: ['Scope'],
    methods: {
      'logger.trace': [0, 1],
      'logger.debug': [0, 1],
      'logger.info': [0, 1],
      'logger.warn': [0, 1],
      'logger.error': [0, 1],
      'logger.fatal': [0, 1],
      setUser: [0],
      setContext: [0, 1],
      setExtra: [0, 1],
      setExtras: [0],
      setTag: [0, 1],
      setTags: [0],
      setAttribute: [0, 1],
      setAttributes: [0],
      captureMessage: [0, 1],
      captureException: [0, 1],
      captureEvent: [0, 1],
      captureFeedback: [0],
      addBreadcrumb: [0, 1],
      init: [{ arg: 0, props: ['initialScope'] }],
    },
    reference: '@sentry/core@11.12.0, @sentry/browser@11.12.0, @sentry/node@11.12.0',
  },
  // @bugsnag/core@9.0.0 (types/client.d.ts: notify(error, onError), leaveBreadcrumb(msg, metadata),
  // addMetadata(section, values | key, value), setUser(id, email, name), setContext); Bugsnag.start({ user, metadata }).
  {
    vendor: 'Bugsnag',
    purpose: 'error-tracking',
    modules: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/expo'],
    globals: ['Bugsnag'],
    methods: {
      notify: [0],
      leaveBreadcrumb: [0, 1],
      addMetadata: [1, 2],
      setUser: 'all',
      setContext: [0],
      start: [{ arg: 0, props: ['user', 'metadata'] }],
    },
    reference: '@bugsnag/js@9.0.0, @bugsnag/core@9.0.0',
  },
  // rollbar@3.1.0 (index.d.ts: log/debug/info/warn/warning/error/critical(...args), configure({ payload: { person } })).
  {
    vendor: 'Rollbar',
    purpose: 'error-tracking',
    modules: ['rollbar', '@rollbar/react'],
    globals: ['Rollbar'],
    methods: {
      ...allArgs(['log', 'debug', 'info', 'warn', 'warning', 'error', 'critical', 'captureEvent']),
      configure: [{ arg: 0, props: ['payload'] }],
      global: [{ arg: 0, props: ['payload'] }],
    },
    reference: 'rollbar@3.1.0',
  },
  // @datadog/browser-rum@7.16.2 (RumPublicApi in @datadog/browser-rum-core) and @datadog/browser-logs@7.16.2
  // (LogsPublicApi: logger / createLogger() → Logger.info(message, context, error)…).
  {
    vendor: 'Datadog',
    purpose: 'monitoring',
    modules: [
      '@datadog/browser-rum',
      '@datadog/browser-rum-slim',
      '@datadog/browser-rum-core',
      '@datadog/browser-rum-react',
      '@datadog/browser-logs',
    ],
    globals: ['DD_RUM', 'DD_LOGS'],
    methods: {
      setUser: [0],
      setUserProperty: [0, 1],
      setAccount: [0],
      setAccountProperty: [1],
      addAction: [0, 1],
      addError: [0, 1],
      setGlobalContext: [0],
      setGlobalContextProperty: [0, 1],
      setViewContext: [0],
      setViewContextProperty: [1],
      // Browser logs: `datadogLogs.logger.info(…)`, `datadogLogs.createLogger('x').warn(…)`.
      ...same(['log', 'ok', 'debug', 'info', 'notice', 'warn', 'error', 'critical', 'alert', 'emerg'], [0, 1, 2]),
    },
    reference: '@datadog/browser-rum@7.16.2, @datadog/browser-logs@7.16.2',
  },
  // Team-chat alert webhooks: @slack/webhook (new IncomingWebhook(url).send(message)) and
  // slack-notify (SlackNotify(url).send/alert/success/bug/note(options)). Operational alerts, like
  // monitoring: a "new sign-up" alert should carry a count or an id, not the person's email.
  {
    vendor: 'Slack (webhook)',
    purpose: 'monitoring',
    modules: ['@slack/webhook', 'slack-notify'],
    methods: {
      send: [0],
      alert: [0],
      success: [0],
      bug: [0],
      note: [0],
    },
    reference: '@slack/webhook (IncomingWebhook), slack-notify',
  },
  // newrelic@14.5.1 (api.js: addCustomAttribute(key, value), noticeError(error, attrs), recordCustomEvent(type, attrs),
  // setUserID); @newrelic/browser-agent@1.322.0 / global `newrelic` (setCustomAttribute, addPageAction, setUserId, log).
  {
    vendor: 'New Relic',
    purpose: 'monitoring',
    modules: ['newrelic', '@newrelic/browser-agent', '@newrelic/browser-agent/*'],
    globals: ['newrelic', 'NREUM'],
    methods: {
      addCustomAttribute: [1],
      addCustomAttributes: [0],
      addCustomSpanAttribute: [1],
      addCustomSpanAttributes: [0],
      setCustomAttribute: [1],
      noticeError: [0, 1],
      recordCustomEvent: [1],
      recordLogEvent: [0],
      addPageAction: [0, 1],
      setUserID: [0],
      setUserId: [0],
      log: [0, 1],
    },
    reference: 'newrelic@14.5.1, @newrelic/browser-agent@1.322.0',
  },

  // ─── Essential processors (no consent needed; listed in the inventory) ───────────────────

  // stripe@23.1.0 (esm/stripe.core.d.ts resources: customers.create(params) / update(id, params),
  // paymentIntents, setupIntents, subscriptions, checkout.sessions); @stripe/stripe-js@10.2.1 (browser).
  {
    vendor: 'Stripe',
    purpose: 'payments',
    modules: ['stripe', '@stripe/stripe-js', '@stripe/react-stripe-js'],
    methods: {
      'checkout.sessions.create': [0],
      'customers.create': [0],
      'customers.update': [1],
      'paymentIntents.create': [0],
      'paymentIntents.update': [1],
      'paymentIntents.confirm': [1],
      'setupIntents.create': [0],
      'subscriptions.create': [0],
      confirmCardPayment: [1],
      confirmPayment: [0],
      confirmSetup: [0],
      createPaymentMethod: [0, 1],
      createToken: [1],
    },
    reference: 'stripe@23.1.0, @stripe/stripe-js@10.2.1',
  },
  // twilio@6.3.1 (lib/rest/Twilio.d.ts: messages.create({ to, from, body }), calls.create, verify.v2…verifications.create).
  {
    vendor: 'Twilio',
    purpose: 'transactional-messaging',
    modules: ['twilio'],
    methods: {
      'messages.create': [0],
      'calls.create': [0],
      'verifications.create': [0],
      'verificationChecks.create': [0],
    },
    reference: 'twilio@6.3.1',
  },
  // @sendgrid/mail@8.1.6 (src/mail.d.ts: send(data | data[]), sendMultiple(data)).
  {
    vendor: 'SendGrid',
    purpose: 'transactional-messaging',
    modules: ['@sendgrid/mail'],
    methods: {
      send: [0],
      sendMultiple: [0],
    },
    reference: '@sendgrid/mail@8.1.6',
  },
  // postmark@5.1.0 (dist/client/ServerClient.d.ts: sendEmail, sendEmailBatch, sendEmailWithTemplate…).
  {
    vendor: 'Postmark',
    purpose: 'transactional-messaging',
    modules: ['postmark'],
    methods: same(['sendEmail', 'sendEmailBatch', 'sendEmailWithTemplate', 'sendEmailBatchWithTemplates'], [0]),
    reference: 'postmark@5.1.0',
  },
  // resend@6.38.0 (dist/index.d.mts: emails.send(payload), batch.send, contacts.create(payload)).
  {
    vendor: 'Resend',
    purpose: 'transactional-messaging',
    modules: ['resend'],
    methods: {
      'emails.send': [0],
      'emails.create': [0],
      'batch.send': [0],
      'contacts.create': [0],
      'contacts.update': [0],
    },
    reference: 'resend@6.38.0',
  },
  // mailgun.js@14.0.1 (Types/Classes/Messages.d.ts: messages.create(domain, data); lists.members.createMember(list, data)).
  {
    vendor: 'Mailgun',
    purpose: 'transactional-messaging',
    modules: ['mailgun.js'],
    methods: {
      'messages.create': [1],
      'members.createMember': [1],
      'members.createMembers': [1],
      'members.updateMember': [1, 2],
    },
    reference: 'mailgun.js@14.0.1',
  },
  // nodemailer@10.6.1 (dist/esm/mailer/index.d.ts: createTransport(…).sendMail(message)). The SMTP relay is
  // usually the project's own or its mail provider's; listed so the inventory shows email leaving.
  {
    vendor: 'Nodemailer (SMTP)',
    purpose: 'transactional-messaging',
    modules: ['nodemailer'],
    methods: {
      sendMail: [0],
    },
    reference: 'nodemailer@10.6.1',
  },
  // auth0@7.1.0 (ManagementClient: users.create(body), users.update(id, body); v7 ships no AuthenticationClient).
  {
    vendor: 'Auth0',
    purpose: 'authentication',
    modules: ['auth0'],
    methods: {
      'users.create': [0],
      'users.update': [1],
    },
    reference: 'auth0@7.1.0',
  },
  // AI model providers: processors that answer the user's own request under contract (a DPA);
  // no consent finding, listed as recipients in the auditor's inventory.
  // openai@6.49.0 (resources/chat/completions, responses, embeddings: create(body), parse, stream).
  {
    vendor: 'OpenAI',
    purpose: 'ai',
    modules: ['openai'],
    methods: {
      'beta.chat.completions.parse': [0],
      'chat.completions.create': [0],
      'chat.completions.parse': [0],
      'chat.completions.stream': [0],
      'responses.create': [0],
      'responses.stream': [0],
      'completions.create': [0],
      'embeddings.create': [0],
      'beta.threads.create': [0],
      'beta.threads.messages.create': [1],
    },
    reference: 'openai@6.49.0',
  },
  // @anthropic-ai/sdk@1.14.0 (resources/messages/messages.d.ts: create(params), stream, countTokens).
  {
    vendor: 'Anthropic',
    purpose: 'ai',
    modules: ['@anthropic-ai/sdk'],
    methods: {
      'beta.messages.create': [0],
      'beta.messages.stream': [0],
      'messages.create': [0],
      'messages.stream': [0],
      'messages.countTokens': [0],
      'completions.create': [0],
    },
    reference: '@anthropic-ai/sdk@1.14.0',
  },
  // @google/generative-ai@0.24.1 (GenerativeModel.generateContent(request), generateContentStream,
  // embedContent, ChatSession.sendMessage) and @google/genai@2.32.0 (models.generateContent(params),
  // chats.create(params).sendMessage(params)).
  {
    vendor: 'Google Gemini',
    purpose: 'ai',
    modules: ['@google/generative-ai', '@google/genai'],
    methods: {
      generateContent: [0],
      generateContentStream: [0],
      embedContent: [0],
      sendMessage: [0],
      sendMessageStream: [0],
      startChat: [0],
    },
    reference: '@google/generative-ai@0.24.1, @google/genai@2.32.0',
  },
  // @mistralai/mistralai@2.7.0 (sdk/chat.d.ts: chat.complete(request), chat.stream; fim, embeddings).
  {
    vendor: 'Mistral AI',
    purpose: 'ai',
    modules: ['@mistralai/mistralai'],
    methods: {
      'chat.complete': [0],
      'chat.stream': [0],
      'fim.complete': [0],
      'embeddings.create': [0],
    },
    reference: '@mistralai/mistralai@2.7.0',
  },
  // cohere-ai@8.1.0 (Client.d.ts: chat(request), chatStream, generate, embed; v2.chat).
  {
    vendor: 'Cohere',
    purpose: 'ai',
    modules: ['cohere-ai'],
    methods: {
      'v2.chat': [0],
      chat: [0],
      chatStream: [0],
      generate: [0],
      embed: [0],
    },
    reference: 'cohere-ai@8.1.0',
  },
  // groq-sdk@1.6.0 (resources/chat/completions.d.ts: chat.completions.create(body)).
  {
    vendor: 'Groq',
    purpose: 'ai',
    modules: ['groq-sdk'],
    methods: { 'chat.completions.create': [0] },
    reference: 'groq-sdk@1.6.0',
  },
  // ai@6.0.326, the Vercel AI SDK (dist/index.d.ts: generateText({ prompt, messages, system }),
  // streamText, generateObject, streamObject, embed({ value }), embedMany({ values })).
  {
    vendor: 'Vercel AI SDK',
    purpose: 'ai',
    modules: ['ai'],
    methods: {
      generateText: [0],
      streamText: [0],
      generateObject: [0],
      streamObject: [0],
      embed: [0],
      embedMany: [0],
    },
    reference: 'ai@6.0.326',
  },
];
