import type { ConsentCatalogue } from './types.js';

/**
 * What counts as a consent check for `privacy/no-pii-to-third-parties`.
 *
 * Google Consent Mode is not listed here: a denied `gtag('consent', 'default', …)` makes the
 * calls to Google's own tags in that file consent-aware (see ConsentGuards.holdsBackUntilConsent).
 * A feature flag such as `analyticsEnabled` is not consent either.
 */
export const consentCatalogue: ConsentCatalogue = {
  // Lowercase word sequences matched against the words of an identifier, property or called name.
  words: [
    'consent',
    'consents',
    'consented',
    'opt in',
    'opted in',
    'optin',
    'tracking allowed',
    'tracking enabled',
    'tracking permitted',
    'tracking accepted',
    'can track',
    'may track',
    'allow tracking',
    'allows tracking',
    'cookies accepted',
    'accepted cookies',
    'cookie consent',
    'marketing allowed',
    'analytics allowed',
    'gdpr consent',
    'user consent',
  ],
  // Member paths of consent-management platforms read in conditions (also with `window.`).
  cmpReads: [
    // Cookiebot
    'Cookiebot.consent.statistics',
    'Cookiebot.consent.marketing',
    'Cookiebot.consent.preferences',
    'Cookiebot.consented',
    // CookieConsent (Cookiebot's alias) and orestbida/cookieconsent
    'CookieConsent.consent.statistics',
    'CookieConsent.consent.marketing',
    'CookieConsent.consent.preferences',
    'CookieConsent.consented',
    'CookieConsent.acceptedCategory',
    'CookieConsent.acceptedService',
    // OneTrust
    'OnetrustActiveGroups',
    'OptanonActiveGroups',
    // Osano
    'Osano.cm.analytics',
    'Osano.cm.marketing',
    'Osano.cm.personalization',
    'Osano.cm.getConsent',
    // Didomi
    'Didomi.getUserConsentStatusForPurpose',
    'Didomi.getUserConsentStatusForVendor',
    'Didomi.getCurrentUserStatus',
    'Didomi.getUserStatus',
    // Usercentrics
    'UC_UI.getServicesBaseInfo',
    'UC_UI.getServicesFullInfo',
    'UC_UI.areAllConsentsAccepted',
    // Klaro
    'klaro.getManager',
    // IAB TCF v2 data handed to a `__tcfapi` callback
    'tcData.purpose.consents',
    'tcData.vendor.consents',
    // iubenda
    '_iub.cs.api.isConsentGiven',
    '_iub.cs.consent',
    // SDKs' own opt-in state
    'mixpanel.has_opted_in_tracking',
    'posthog.has_opted_in_capturing',
  ],
  // Called names whose callback runs only after the user has given (or changed) consent.
  callbackApis: [
    'onConsent',
    'onConsentGiven',
    'whenConsented',
    'afterConsent',
    'withConsent',
    '__tcfapi',
    '__uspapi',
    '__gpp',
    'OneTrust.OnConsentChanged',
    'Optanon.OnConsentChanged',
    'Didomi.getObservableOnUserConsentStatusForVendor',
    'Osano.cm.addEventListener',
  ],
  // Global functions a CMP calls after the user accepts, declared or assigned by the page
  // (Cookiebot; not its `_OnDecline` or `_OnLoad`, which run whatever the user chose).
  declaredCallbacks: ['CookiebotCallback_OnAccept'],
  // DOM events that CMPs dispatch after consent is given.
  consentEvents: [
    'CookiebotOnAccept',
    'CookiebotOnConsentReady',
    'OneTrustGroupsUpdated',
    'consent.onetrust',
    'cookieyes_consent_update',
    'cc:onConsent',
    'cmplz_enable_category',
  ],
  // Opt-out signals: truthy means the user refused (Global Privacy Control, Do Not Track, SDK opt-outs).
  optOutReads: [
    'navigator.globalPrivacyControl',
    'navigator.doNotTrack',
    'doNotTrack',
    'mixpanel.has_opted_out_tracking',
    'posthog.has_opted_out_capturing',
  ],
  // Init options after which the SDK sends nothing until the app opts the user in:
  // posthog-js `opt_out_capturing_by_default`, mixpanel-browser `opt_out_tracking_by_default`,
  // @amplitude/analytics-browser `optOut`.
  optInByDefault: [
    { vendor: 'PostHog', option: 'opt_out_capturing_by_default' },
    { vendor: 'Mixpanel', option: 'opt_out_tracking_by_default' },
    { vendor: 'Amplitude', option: 'optOut' },
  ],
};
