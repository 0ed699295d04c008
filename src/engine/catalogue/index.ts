export { consentCatalogue } from './consent.js';
export { httpClients } from './http-clients.js';
export { logSinks } from './log-sinks.js';
export { sanitizers } from './sanitizers.js';
export { storageSinks } from './storage-sinks.js';
export { thirdPartySdks } from './third-parties.js';
export { vendorHosts, vendorOfHost, type VendorHost } from './vendor-hosts.js';
export type * from './types.js';
