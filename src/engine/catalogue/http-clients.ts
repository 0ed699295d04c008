import type { HttpCallShape, HttpClient } from './types.js';

/**
 * HTTP clients: a call whose URL is not first party (relative, the page's own origin, a host
 * the project lists as its own) sends its payload to a third party of unknown purpose.
 *
 * `url` is an argument position, or `{ arg, props }` when the URL is a property of an options
 * object (`axios({ url })`). `data` lists the positions that carry a payload: body, JSON, form,
 * query parameters and headers. The URL argument itself is also treated as data by the engine
 * (a query string carries data), so it is not repeated in `data`.
 */

/** `(url, init)`: `fetch`, `node-fetch`, `undici.fetch`. */
const fetchShape = { url: 0, data: [{ arg: 1, props: ['body', 'headers'] }] } as const satisfies HttpCallShape;

const axiosConfigProps = ['data', 'params', 'headers'] as const;
/** `axios(config)` / `axios.request(config)`; `axios(url, config)` also puts the config second. */
const axiosConfigShape = {
  url: { arg: 0, props: ['url'] },
  data: [
    { arg: 0, props: axiosConfigProps },
    { arg: 1, props: axiosConfigProps },
  ],
} as const satisfies HttpCallShape;
/** `axios.get(url, config)`: get, delete, head, options. */
const axiosNoBody = { url: 0, data: [{ arg: 1, props: axiosConfigProps }] } as const satisfies HttpCallShape;
/** `axios.post(url, data, config)`: post, put, patch, the *Form variants and query. */
const axiosWithBody = { url: 0, data: [1, { arg: 2, props: ['params', 'headers'] }] } as const satisfies HttpCallShape;

const gotProps = ['json', 'body', 'form', 'searchParams', 'headers'] as const;
/** `got(url, options)`, `got.post(url, options)`. */
const gotShape = { url: 0, data: [{ arg: 1, props: gotProps }] } as const satisfies HttpCallShape;

const kyProps = ['json', 'body', 'searchParams', 'headers'] as const;
/** `ky(url, options)`, `ky.post(url, options)`. */
const kyShape = { url: 0, data: [{ arg: 1, props: kyProps }] } as const satisfies HttpCallShape;

/** Angular `HttpClient.get(url, { params, headers })`: get, delete, head, options, jsonp. */
const angularNoBody = { url: 0, data: [{ arg: 1, props: ['params', 'headers', 'body'] }] } as const satisfies HttpCallShape;
/** Angular `HttpClient.post(url, body, { params, headers })`: post, put, patch. */
const angularWithBody = { url: 0, data: [1, { arg: 2, props: ['params', 'headers'] }] } as const satisfies HttpCallShape;

export const httpClients: readonly HttpClient[] = [
  // WHATWG fetch (global in browsers and Node ≥ 18): fetch(input, { body, headers }).
  {
    name: 'fetch',
    globals: ['fetch'],
    methods: {},
    callable: fetchShape,
  },
  // node-fetch@3.3.2 (default export fetch(url, init)); cross-fetch, isomorphic-fetch and unfetch share the shape.
  {
    name: 'node-fetch',
    modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'unfetch', '@whatwg-node/fetch'],
    methods: { fetch: fetchShape },
    callable: fetchShape,
  },
  // undici@8.13.1 (types/fetch.d.ts fetch(input, init); types/api.d.ts request/stream/pipeline(url, options)).
  {
    name: 'undici',
    modules: ['undici'],
    methods: {
      fetch: fetchShape,
      request: { url: 0, data: [{ arg: 1, props: ['body', 'headers', 'query'] }] },
      stream: { url: 0, data: [{ arg: 1, props: ['body', 'headers', 'query'] }] },
      pipeline: { url: 0, data: [{ arg: 1, props: ['body', 'headers', 'query'] }] },
    },
  },
  // axios@1.21.1 (index.d.ts: Axios methods, AxiosInstance callable; `axios.create()` instances are rooted at axios).
  {
    name: 'axios',
    modules: ['axios'],
    typeNames: ['AxiosInstance', 'AxiosStatic'],
    receiverNames: ['axiosInstance', 'axiosClient'],
    callable: axiosConfigShape,
    methods: {
      request: axiosConfigShape,
      get: axiosNoBody,
      delete: axiosNoBody,
      head: axiosNoBody,
      options: axiosNoBody,
      post: axiosWithBody,
      put: axiosWithBody,
      patch: axiosWithBody,
      postForm: axiosWithBody,
      putForm: axiosWithBody,
      patchForm: axiosWithBody,
      query: axiosWithBody,
    },
  },
  // @nestjs/axios HttpService: the axios method shapes on an injected service.
  {
    name: 'NestJS HttpService',
    modules: ['@nestjs/axios'],
    typeNames: ['HttpService'],
    receiverNames: ['httpService'],
    methods: {
      request: axiosConfigShape,
      get: axiosNoBody,
      delete: axiosNoBody,
      head: axiosNoBody,
      post: axiosWithBody,
      put: axiosWithBody,
      patch: axiosWithBody,
    },
  },
  // Angular HttpClient (@angular/common/http): get/delete(url, options), post/put/patch(url, body, options),
  // request(method, url, options).
  {
    name: 'Angular HttpClient',
    modules: ['@angular/common/http'],
    typeNames: ['HttpClient'],
    receiverNames: ['http', 'httpClient'],
    methods: {
      get: angularNoBody,
      delete: angularNoBody,
      head: angularNoBody,
      options: angularNoBody,
      jsonp: angularNoBody,
      post: angularWithBody,
      put: angularWithBody,
      patch: angularWithBody,
      request: { url: 1, data: [{ arg: 2, props: ['body', 'params', 'headers'] }] },
    },
  },
  // got@16.1.0 (dist/source/core/options.d.ts: json, body, form, searchParams, headers; `got.extend()` instances).
  {
    name: 'got',
    modules: ['got'],
    callable: gotShape,
    methods: {
      get: gotShape,
      post: gotShape,
      put: gotShape,
      patch: gotShape,
      delete: gotShape,
      head: gotShape,
      stream: gotShape,
    },
  },
  // ky@2.1.0 (distribution/types/options.d.ts: json, body, searchParams, headers; `ky.create()`/`extend()` instances).
  {
    name: 'ky',
    modules: ['ky', 'ky-universal'],
    callable: kyShape,
    methods: {
      get: kyShape,
      post: kyShape,
      put: kyShape,
      patch: kyShape,
      delete: kyShape,
      head: kyShape,
    },
  },
  // ofetch (Nuxt `$fetch`): ofetch(url, { body, query, params, headers }).
  {
    name: 'ofetch',
    modules: ['ofetch', 'ohmyfetch'],
    globals: ['$fetch'],
    callable: { url: 0, data: [{ arg: 1, props: ['body', 'query', 'params', 'headers'] }] },
    methods: {
      raw: { url: 0, data: [{ arg: 1, props: ['body', 'query', 'params', 'headers'] }] },
    },
  },
  // superagent@10.4.2 (@types/superagent@8.1.11): request.post(url[, data]).send(data).query(params).set(header, value).
  {
    name: 'superagent',
    modules: ['superagent'],
    methods: {
      send: { url: 0, data: [0], urlFromChain: true },
      query: { url: 0, data: [0], urlFromChain: true },
      field: { url: 0, data: [1], urlFromChain: true },
      set: { url: 0, data: [1], urlFromChain: true },
      get: { url: 0, data: [1] },
      post: { url: 0, data: [1] },
      put: { url: 0, data: [1] },
      patch: { url: 0, data: [1] },
      del: { url: 0, data: [1] },
      delete: { url: 0, data: [1] },
    },
  },
  // jQuery (@types/jquery@4.0.1): $.ajax(url | settings, settings), $.post/get/getJSON(url, data).
  {
    name: 'jQuery',
    modules: ['jquery'],
    globals: ['$', 'jQuery'],
    methods: {
      ajax: {
        url: { arg: 0, props: ['url'] },
        data: [
          { arg: 0, props: ['data', 'headers'] },
          { arg: 1, props: ['data', 'headers'] },
        ],
      },
      post: { url: 0, data: [1] },
      get: { url: 0, data: [1] },
      getJSON: { url: 0, data: [1] },
    },
  },
  // navigator.sendBeacon(url, data) (Beacon API).
  {
    name: 'navigator.sendBeacon',
    globals: ['navigator'],
    methods: {
      sendBeacon: { url: 0, data: [1] },
    },
  },
  // WebSocket: `new WebSocket(url).send(data)` (the URL is the constructor's).
  {
    name: 'WebSocket',
    globals: ['WebSocket'],
    modules: ['ws', 'isomorphic-ws'],
    methods: {
      send: { url: 0, data: [0], urlFromChain: true },
    },
  },
  // Node.js http/https: request(url | options, options?), and `.write(body)` / `.end(body)` on the request.
  {
    name: 'node:http',
    modules: ['http', 'https', 'node:http', 'node:https'],
    methods: {
      'request.write': { url: 0, data: [0], urlFromChain: true },
      'request.end': { url: 0, data: [0], urlFromChain: true },
      request: { url: 0, data: [{ arg: 0, props: ['path', 'headers'] }, { arg: 1, props: ['path', 'headers'] }] },
      get: { url: 0, data: [{ arg: 0, props: ['path', 'headers'] }, { arg: 1, props: ['path', 'headers'] }] },
    },
  },
];
