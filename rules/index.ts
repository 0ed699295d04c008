import noPiiInLogs from './no-pii-in-logs.js';
import noPiiToThirdParties from './no-pii-to-third-parties.js';
import noUnencryptedPiiStorage from './no-unencrypted-pii-storage.js';

/** The only list of rules: configs, docs and tests derive from it. */
export const rules = {
  'no-pii-in-logs': noPiiInLogs,
  'no-pii-to-third-parties': noPiiToThirdParties,
  'no-unencrypted-pii-storage': noUnencryptedPiiStorage,
};
