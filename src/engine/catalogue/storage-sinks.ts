import type { ArgPositions, MethodTable, StorageSink } from './types.js';

/**
 * Stores for `privacy/no-unencrypted-pii-storage`.
 *
 * `minimumSensitivity` is the lowest sensitivity the recommended config reports: client-side
 * stores (`medium`) hold what any script on the page can read, so an email there is a finding;
 * a server database (`high`) is where user records belong, so only government ids, financial
 * data, credentials and special categories stored in clear are findings.
 *
 * Method keys match the end of the property path below the root, first key wins (longer keys
 * first). A method whose positions are `[]` writes what the receiver was constructed with
 * (`new User(doc).save()`). Positions name the *values* written; keys (`setItem(key, …)`) are
 * left out unless a call takes key and value in one object.
 */

/** Arguments from `first` on (variadic tails such as `redis.lpush(key, ...values)`). */
function fromArg(first: number): ArgPositions {
  return Array.from({ length: 16 - first }, (_, i) => first + i);
}

/** The same positions for each named method. */
function same(names: readonly string[], positions: ArgPositions): MethodTable {
  return Object.fromEntries(names.map((name) => [name, positions]));
}

/** Prisma delegates: `prisma.user.create({ data })`, `upsert({ create, update })`. */
const prismaData = [{ arg: 0, props: ['data', 'create', 'update'] }] as const;

const fsModules = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra', 'graceful-fs'] as const;

/**
 * The steps of an ORM query or a query builder that keep the rows the query returns, narrowed or
 * run: `Model.findById(id).lean().exec()`, `db.select({…}).from(users).where(…).limit(10)`,
 * `repo.createQueryBuilder('u').where(…).getMany()`. What the query selects, or the record type
 * it was declared with, passes through them.
 */
export const queryChainMethods: ReadonlySet<string> = new Set([
  'exec', 'lean', 'orFail', 'populate', 'select', 'sort', 'limit', 'skip', 'offset', 'where', 'andWhere', 'orWhere',
  'whereIn', 'whereNotIn', 'from', 'orderBy', 'groupBy', 'having', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin',
  'distinct', 'getOne', 'getMany', 'getRawOne', 'getRawMany', 'execute', 'executeTakeFirst', 'executeTakeFirstOrThrow',
  'all', 'run', 'prepare', '$dynamic',
]);

// What DynamoDB writes carry, the same for the v2 DocumentClient's methods and the v3 commands.
const dynamoItem: ArgPositions = [{ arg: 0, props: ['Item'] }];
const dynamoValues: ArgPositions = [{ arg: 0, props: ['ExpressionAttributeValues'] }];
const dynamoBatch: ArgPositions = [{ arg: 0, props: ['RequestItems'] }];
const dynamoTransaction: ArgPositions = [{ arg: 0, props: ['TransactItems'] }];

export const storageSinks: readonly StorageSink[] = [
  // ─── Browser and device storage (medium) ─────────────────────────────────────────────────

  // Web Storage API: localStorage.setItem(key, value), `localStorage.token = value`, `localStorage['k'] = value`.
  {
    name: 'localStorage',
    store: 'browser-storage',
    minimumSensitivity: 'medium',
    globals: ['localStorage'],
    methods: { setItem: [1] },
    assignments: ['*'],
  },
  {
    name: 'sessionStorage',
    store: 'browser-storage',
    minimumSensitivity: 'medium',
    globals: ['sessionStorage'],
    methods: { setItem: [1] },
    assignments: ['*'],
  },
  // `document.cookie = 'name=value'`.
  {
    name: 'document.cookie',
    store: 'cookie',
    minimumSensitivity: 'medium',
    globals: ['document'],
    methods: {},
    assignments: ['cookie'],
  },
  // Cookie Store API: cookieStore.set(name, value) / set({ name, value }).
  {
    name: 'cookieStore',
    store: 'cookie',
    minimumSensitivity: 'medium',
    globals: ['cookieStore'],
    methods: { set: [1, { arg: 0, props: ['value'] }] },
  },
  // js-cookie@3.0.8 (@types/js-cookie@3.0.6: Cookies.set(name, value, attributes)).
  {
    name: 'js-cookie',
    store: 'cookie',
    minimumSensitivity: 'medium',
    modules: ['js-cookie'],
    methods: { set: [1] },
  },
  // universal-cookie@8.1.2 (Cookies.set(name, value, options)); react-cookie `const [, setCookie] = useCookies()`.
  {
    name: 'universal-cookie',
    store: 'cookie',
    minimumSensitivity: 'medium',
    modules: ['universal-cookie', 'react-cookie', 'cookies-next'],
    receiverNames: ['setCookie'],
    methods: { set: [1], setCookie: [1] },
    callable: [1],
  },
  // Express `res.cookie(name, value, options)`; fastify @fastify/cookie `reply.setCookie(name, value)`.
  {
    name: 'res.cookie',
    store: 'cookie',
    minimumSensitivity: 'medium',
    receiverNames: ['res', 'response', 'reply'],
    typeNames: ['Response', 'FastifyReply'],
    methods: { cookie: [1], setCookie: [1] },
  },
  // Koa `ctx.cookies.set(name, value)`; Hono `setCookie(c, name, value)` from 'hono/cookie'.
  {
    name: 'ctx.cookies',
    store: 'cookie',
    minimumSensitivity: 'medium',
    modules: ['hono/cookie'],
    receiverNames: ['ctx', 'context'],
    methods: { 'cookies.set': [1], setCookie: [2], setSignedCookie: [2] },
  },
  // Next.js `cookies().set(name, value)` / `set({ name, value })` in route handlers and server actions.
  {
    name: 'Next.js cookies()',
    store: 'cookie',
    minimumSensitivity: 'medium',
    modules: ['next/headers'],
    methods: { set: [1, { arg: 0, props: ['value'] }] },
  },
  // Next.js `NextResponse.next().cookies.set(name, value)` in middleware.
  {
    name: 'NextResponse cookies',
    store: 'cookie',
    minimumSensitivity: 'medium',
    modules: ['next/server'],
    methods: { 'cookies.set': [1, { arg: 0, props: ['value'] }] },
  },
  // Raw IndexedDB: tx.objectStore('users').put(value, key) / add(value, key). No bare `store`
  // receiver name: receiver names also match by last word, and `userStore.add(…)` on a Pinia,
  // Zustand or MobX store is not IndexedDB. A `store: IDBObjectStore` annotation still matches.
  {
    name: 'IndexedDB',
    store: 'indexeddb',
    minimumSensitivity: 'medium',
    globals: ['indexedDB'],
    receiverNames: ['objectStore', 'idbStore'],
    typeNames: ['IDBObjectStore', 'IDBTransaction', 'IDBDatabase'],
    methods: {
      'objectStore.put': [0],
      'objectStore.add': [0],
      put: [0],
      add: [0],
    },
  },
  // idb@8.0.4 (build/entry.d.ts: db.put(storeName, value, key), db.add(…); tx.store.put(value)).
  {
    name: 'idb',
    store: 'indexeddb',
    minimumSensitivity: 'medium',
    modules: ['idb'],
    methods: {
      'store.put': [0],
      'store.add': [0],
      'objectStore.put': [0],
      'objectStore.add': [0],
      put: [1],
      add: [1],
    },
  },
  // idb-keyval@6.3.0 (dist/index.d.ts: set(key, value), setMany(entries), update(key, updater)).
  {
    name: 'idb-keyval',
    store: 'indexeddb',
    minimumSensitivity: 'medium',
    modules: ['idb-keyval'],
    methods: { set: [1], setMany: [0], update: [1] },
  },
  // Dexie: db.users.add(obj), put, bulkAdd, bulkPut, update(key, changes); `db.table('users').put(obj)`.
  {
    name: 'Dexie',
    store: 'indexeddb',
    minimumSensitivity: 'medium',
    modules: ['dexie'],
    typeNames: ['Dexie', 'Table', 'EntityTable'],
    methods: {
      '*.add': [0],
      '*.put': [0],
      '*.bulkAdd': [0],
      '*.bulkPut': [0],
      '*.update': [1],
      add: [0],
      put: [0],
      bulkAdd: [0],
      bulkPut: [0],
      update: [1],
    },
  },
  // localforage@1.10.0 (typings/localforage.d.ts: setItem(key, value); createInstance() instances).
  {
    name: 'localforage',
    store: 'indexeddb',
    minimumSensitivity: 'medium',
    modules: ['localforage'],
    methods: { setItem: [1] },
  },
  // React Native AsyncStorage: setItem(key, value), mergeItem, multiSet([[k, v]]), multiMerge.
  {
    name: 'AsyncStorage',
    store: 'browser-storage',
    minimumSensitivity: 'medium',
    modules: ['@react-native-async-storage/async-storage'],
    methods: { setItem: [1], mergeItem: [1], multiSet: [0], multiMerge: [0] },
  },
  // react-native-mmkv: `new MMKV().set(key, value)` (unencrypted unless an encryptionKey is given).
  {
    name: 'MMKV',
    store: 'browser-storage',
    minimumSensitivity: 'medium',
    modules: ['react-native-mmkv'],
    methods: { set: [1] },
  },

  // ─── Files (medium) ────────────────────────────────────────────────────────────────────────

  // Node.js fs and fs-extra: writeFile(path, data), appendFile, outputFile, writeJson(path, object),
  // createWriteStream(path).write(chunk) / end(chunk), fs.write(fd, data).
  {
    name: 'fs',
    store: 'file',
    minimumSensitivity: 'medium',
    modules: fsModules,
    typeNames: ['WriteStream'],
    methods: {
      'promises.writeFile': [1],
      'promises.appendFile': [1],
      ...same(
        [
          'writeFile',
          'writeFileSync',
          'appendFile',
          'appendFileSync',
          'outputFile',
          'outputFileSync',
          'writeJson',
          'writeJSON',
          'writeJsonSync',
          'writeJSONSync',
          'outputJson',
          'outputJSON',
          'outputJsonSync',
          'outputJSONSync',
          'writeSync',
        ],
        [1],
      ),
      // `createWriteStream(p).write(chunk)` is rooted at fs; `fs.write(fd, data)` has the data second.
      write: [0, 1],
      end: [0],
    },
  },

  // ─── Databases (high) ──────────────────────────────────────────────────────────────────────

  // Prisma: `prisma.user.create({ data })`, `upsert({ create, update })`; PrismaService extends PrismaClient in NestJS.
  {
    name: 'Prisma',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['@prisma/client', '@prisma/client/*', '.prisma/client', '.prisma/client/*'],
    receiverNames: ['prisma', 'prismaClient', 'prismaService', 'tx'],
    typeNames: ['PrismaClient', 'PrismaService'],
    methods: same(
      ['*.create', '*.createMany', '*.createManyAndReturn', '*.update', '*.updateMany', '*.updateManyAndReturn', '*.upsert'],
      prismaData,
    ),
  },
  // Prisma raw writes: `$executeRawUnsafe('INSERT …', ...values)`.
  {
    name: 'Prisma raw SQL',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['@prisma/client', '@prisma/client/*', '.prisma/client', '.prisma/client/*'],
    receiverNames: ['prisma', 'prismaClient', 'prismaService', 'tx'],
    typeNames: ['PrismaClient', 'PrismaService'],
    methods: { $executeRawUnsafe: fromArg(1), $queryRawUnsafe: fromArg(1) },
    sqlWriteOnly: true,
  },
  // typeorm@1.1.1: Repository.save(entity) / insert / update(criteria, partial) / upsert;
  // EntityManager.save(Entity, entity) / update(Entity, criteria, partial); QueryBuilder .values() / .set().
  // `create()` only builds an entity in memory and is not a write.
  {
    name: 'TypeORM',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['typeorm'],
    receiverNames: ['repository', 'repo', 'manager', 'entityManager'],
    typeNames: ['Repository', 'EntityManager', 'DataSource', 'MongoRepository', 'TreeRepository', 'MongoEntityManager'],
    methods: {
      save: [0, 1],
      insert: [0, 1],
      update: [1, 2],
      upsert: [0, 1],
      values: [0],
      set: [0],
    },
  },
  // @mikro-orm/core@6.6.16 (EntityManager.d.ts: persist(entity), insert/insertMany/upsert(entityNameOrEntity, data),
  // nativeUpdate(entityName, where, data), create(entityName, data), which persists on flush by default,
  // assign(entity, data); EntityRepository.d.ts: the same with the data first).
  {
    name: 'MikroORM',
    store: 'database',
    minimumSensitivity: 'high',
    modules: [
      '@mikro-orm/core', '@mikro-orm/postgresql', '@mikro-orm/mysql', '@mikro-orm/mariadb', '@mikro-orm/sqlite',
      '@mikro-orm/better-sqlite', '@mikro-orm/libsql', '@mikro-orm/mssql', '@mikro-orm/mongodb',
    ],
    receiverNames: ['em', 'orm.em'],
    typeNames: ['EntityManager', 'SqlEntityManager', 'MongoEntityManager', 'EntityRepository', 'SqlEntityRepository', 'MongoEntityRepository'],
    methods: {
      persist: [0],
      persistAndFlush: [0],
      insert: [0, 1],
      insertMany: [0, 1],
      nativeInsert: [0, 1],
      upsert: [0, 1],
      upsertMany: [0, 1],
      nativeUpdate: [1, 2],
      create: [0, 1],
      assign: [1],
    },
  },
  // TypeORM raw writes: dataSource.query('INSERT …', params).
  {
    name: 'TypeORM raw SQL',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['typeorm'],
    receiverNames: ['repository', 'repo', 'manager', 'entityManager', 'queryRunner', 'dataSource'],
    typeNames: ['Repository', 'EntityManager', 'DataSource', 'QueryRunner'],
    methods: { query: [1] },
    sqlWriteOnly: true,
  },
  // mongoose@9.12.1 (types/models.d.ts): models from `mongoose.model()`; `new Model(doc).save()` writes `doc`.
  {
    name: 'Mongoose',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['mongoose'],
    typeNames: ['Model'],
    methods: {
      create: [0],
      insertMany: [0],
      insertOne: [0],
      updateOne: [1],
      updateMany: [1],
      findOneAndUpdate: [1],
      findByIdAndUpdate: [1],
      replaceOne: [1],
      findOneAndReplace: [1],
      findByIdAndReplace: [1],
      bulkWrite: [0],
      save: [],
    },
  },
  // mongodb@7.9.0 Collection: insertOne(doc), insertMany, updateOne(filter, update), replaceOne, findOneAnd*.
  {
    name: 'MongoDB',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['mongodb'],
    receiverNames: ['collection'],
    typeNames: ['Collection'],
    methods: {
      insertOne: [0],
      insertMany: [0],
      updateOne: [1],
      updateMany: [1],
      replaceOne: [1],
      findOneAndUpdate: [1],
      findOneAndReplace: [1],
      bulkWrite: [0],
    },
  },
  // sequelize@6.37.8: Model.create(values), bulkCreate, update(values, options), upsert, findOrCreate({ defaults }).
  {
    name: 'Sequelize',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['sequelize', '@sequelize/core', 'sequelize-typescript'],
    typeNames: ['ModelStatic', 'ModelCtor'],
    methods: {
      create: [0],
      bulkCreate: [0],
      update: [0],
      upsert: [0],
      findOrCreate: [{ arg: 0, props: ['defaults'] }],
    },
  },
  // Sequelize raw writes: sequelize.query('INSERT …', { replacements, bind }).
  {
    name: 'Sequelize raw SQL',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['sequelize', '@sequelize/core', 'sequelize-typescript'],
    receiverNames: ['sequelize'],
    typeNames: ['Sequelize'],
    methods: { query: [{ arg: 1, props: ['replacements', 'bind'] }] },
    sqlWriteOnly: true,
  },
  // knex@3.3.0 (types/index.d.ts): knex('users').insert(data), update(data | column, value), upsert, onConflict().merge(data).
  {
    name: 'Knex',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['knex'],
    receiverNames: ['knex', 'trx'],
    typeNames: ['Knex'],
    methods: { insert: [0], update: [0, 1], upsert: [0], merge: [0] },
  },
  // Knex raw writes: knex.raw('INSERT …', bindings).
  {
    name: 'Knex raw SQL',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['knex'],
    receiverNames: ['knex', 'trx'],
    typeNames: ['Knex'],
    methods: { raw: [1] },
    sqlWriteOnly: true,
  },
  // drizzle-orm@0.45.4: db.insert(table).values(v), db.update(table).set(v), .onConflictDoUpdate({ set }).
  {
    name: 'Drizzle',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['drizzle-orm', 'drizzle-orm/*'],
    receiverNames: ['tx'],
    typeNames: [
      'NodePgDatabase',
      'PostgresJsDatabase',
      'NeonHttpDatabase',
      'NeonDatabase',
      'VercelPgDatabase',
      'PgDatabase',
      'MySql2Database',
      'MySqlDatabase',
      'PlanetScaleDatabase',
      'BetterSQLite3Database',
      'LibSQLDatabase',
      'BaseSQLiteDatabase',
      'DrizzleD1Database',
      'PgTransaction',
      'MySqlTransaction',
      'SQLiteTransaction',
    ],
    methods: {
      'insert.values': [0],
      'update.set': [0],
      onConflictDoUpdate: [{ arg: 0, props: ['set'] }],
      onDuplicateKeyUpdate: [{ arg: 0, props: ['set'] }],
    },
  },
  // kysely@0.29.9: db.insertInto('t').values(v), replaceInto, updateTable('t').set(v).
  {
    name: 'Kysely',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['kysely'],
    typeNames: ['Kysely', 'Transaction'],
    methods: {
      'insertInto.values': [0],
      'replaceInto.values': [0],
      'updateTable.set': [0],
      doUpdateSet: [0],
    },
  },
  // Supabase (@supabase/supabase-js@2.119.1, @supabase/postgrest-js): supabase.from('t').insert/update/upsert(values).
  {
    name: 'Supabase',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['@supabase/supabase-js', '@supabase/ssr', '@supabase/postgrest-js', '@supabase/auth-helpers-nextjs'],
    receiverNames: ['supabase', 'supabaseClient'],
    typeNames: ['SupabaseClient'],
    methods: { 'from.insert': [0], 'from.update': [0], 'from.upsert': [0] },
  },
  // firebase@13.2.0 modular Firestore: setDoc(ref, data), addDoc(ref, data), updateDoc(ref, data | field, value…),
  // writeBatch(db).set(ref, data) / update(ref, data); Realtime Database set(ref, value) / push / update.
  {
    name: 'Firebase Firestore',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['firebase/firestore', 'firebase/firestore/lite', '@firebase/firestore', 'firebase/database', '@firebase/database'],
    methods: {
      setDoc: [1],
      addDoc: [1],
      updateDoc: fromArg(1),
      set: [1],
      update: fromArg(1),
      push: [1],
    },
  },
  // firebase-admin@14.5.1 / @google-cloud/firestore@9.4.1: collection().add(data), doc().set(data) / update / create,
  // batch.set(ref, data); admin.database().ref().set(value).
  {
    name: 'Firebase Admin Firestore',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['firebase-admin', 'firebase-admin/firestore', 'firebase-admin/database', '@google-cloud/firestore'],
    typeNames: ['Firestore', 'CollectionReference', 'DocumentReference', 'WriteBatch', 'BulkWriter'],
    methods: {
      add: [0],
      set: [0, 1],
      create: [0, 1],
      update: 'all',
      push: [0],
    },
  },
  // AWS DynamoDB DocumentClient (v2) and DynamoDBDocument (@aws-sdk/lib-dynamodb): put({ Item }), update(…), batchWrite.
  {
    name: 'DynamoDB DocumentClient',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['@aws-sdk/lib-dynamodb', 'aws-sdk', 'aws-sdk/clients/dynamodb'],
    methods: {
      put: dynamoItem,
      update: dynamoValues,
      batchWrite: dynamoBatch,
      transactWrite: dynamoTransaction,
    },
  },
  // @aws-sdk/client-dynamodb@3 and @aws-sdk/lib-dynamodb@3: client.send(new PutItemCommand({ Item })),
  // UpdateItemCommand, BatchWriteItemCommand, TransactWriteItemsCommand; PutCommand… for documents.
  {
    name: 'DynamoDB (AWS SDK v3)',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'],
    methods: {},
    commands: {
      PutItemCommand: dynamoItem,
      UpdateItemCommand: dynamoValues,
      BatchWriteItemCommand: dynamoBatch,
      TransactWriteItemsCommand: dynamoTransaction,
      PutCommand: dynamoItem,
      UpdateCommand: dynamoValues,
      BatchWriteCommand: dynamoBatch,
      TransactWriteCommand: dynamoTransaction,
    },
  },
  // @aws-sdk/client-s3@3: client.send(new PutObjectCommand({ Body })): an object in a bucket is a file.
  {
    name: 'Amazon S3 (AWS SDK v3)',
    store: 'file',
    minimumSensitivity: 'medium',
    modules: ['@aws-sdk/client-s3'],
    methods: {},
    commands: {
      PutObjectCommand: [{ arg: 0, props: ['Body'] }],
    },
  },
  // pg@8.23.1 (@types/pg@8.23.1: Pool/Client.query(text, values) or query({ text, values })).
  {
    name: 'pg',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['pg', 'pg-pool', '@neondatabase/serverless', '@vercel/postgres'],
    typeNames: ['Pool', 'PoolClient'],
    methods: { query: [1, { arg: 0, props: ['values'] }] },
    sqlWriteOnly: true,
  },
  // mysql2@3.24.6: connection/pool.query(sql, values), execute(sql, values); mysql has the same query().
  {
    name: 'mysql2',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['mysql2', 'mysql2/promise', 'mysql'],
    typeNames: ['Connection', 'PoolConnection'],
    methods: { query: [1, { arg: 0, props: ['values'] }], execute: [1, { arg: 0, props: ['values'] }] },
    sqlWriteOnly: true,
  },
  // sqlite3: db.run(sql, params); @libsql/client execute(sql, args).
  {
    name: 'sqlite3',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['sqlite3', 'sqlite', '@libsql/client'],
    methods: { run: fromArg(1), execute: [1, { arg: 0, props: ['args'] }] },
    sqlWriteOnly: true,
  },
  // Raw SQL on obvious receivers whose origin is unknown: `db.query('INSERT …', values)`, `pool.execute(…)`.
  {
    name: 'SQL client (by name)',
    store: 'database',
    minimumSensitivity: 'high',
    receiverNames: ['db', 'database', 'pool', 'conn', 'connection', 'pgPool', 'pgClient', 'dbClient'],
    methods: { query: [1], execute: [1] },
    sqlWriteOnly: true,
  },
  // better-sqlite3@13.2.0 (@types/better-sqlite3@9.6.0): db.prepare(sql).run(...params); node:sqlite has the
  // same shape. The SQL text is in `prepare()`, so `run()` counts as a write whatever the statement.
  {
    name: 'better-sqlite3',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['better-sqlite3', 'node:sqlite'],
    typeNames: ['Statement', 'StatementSync'],
    methods: { run: 'all' },
  },

  // ─── Caches (medium) ───────────────────────────────────────────────────────────────────────

  // Search indexes: @elastic/elasticsearch@9.4.3 (index({ index, document }), create({ index, id, document }),
  // update({ index, id, doc, upsert }), bulk({ operations }); 7.x passed `body`) and @opensearch-project/opensearch.
  {
    name: 'Elasticsearch / OpenSearch',
    store: 'database',
    minimumSensitivity: 'high',
    modules: ['@elastic/elasticsearch', '@opensearch-project/opensearch'],
    receiverNames: ['elasticsearch', 'elastic', 'esClient', 'elasticClient', 'elasticsearchClient', 'opensearch', 'opensearchClient'],
    methods: {
      index: [{ arg: 0, props: ['document', 'body'] }],
      create: [{ arg: 0, props: ['document', 'body'] }],
      update: [{ arg: 0, props: ['doc', 'upsert', 'body'] }],
      bulk: [{ arg: 0, props: ['operations', 'body'] }],
    },
  },
  // ioredis@6.0.0 (built/utils/RedisCommander.d.ts: lowercase commands) and redis@6.3.1 / @redis/client@6.3.1
  // (camelCase and UPPERCASE commands); `client.json.set(key, path, value)` for RedisJSON.
  {
    name: 'Redis',
    store: 'cache',
    minimumSensitivity: 'medium',
    modules: ['ioredis', 'redis', '@redis/client', '@upstash/redis'],
    receiverNames: ['redis', 'redisClient'],
    typeNames: ['Redis', 'RedisClientType', 'Cluster'],
    methods: {
      'json.set': [2],
      'json.merge': [2],
      set: [1],
      SET: [1],
      setnx: [1],
      setNX: [1],
      getset: [1],
      getSet: [1],
      append: [1],
      setex: [2],
      setEx: [2],
      SETEX: [2],
      psetex: [2],
      pSetEx: [2],
      hset: fromArg(1),
      hSet: fromArg(1),
      HSET: fromArg(1),
      hmset: fromArg(1),
      hMSet: fromArg(1),
      hsetnx: [2],
      hSetNX: [2],
      hSetEx: [1],
      lpush: fromArg(1),
      lPush: fromArg(1),
      rpush: fromArg(1),
      rPush: fromArg(1),
      sadd: fromArg(1),
      sAdd: fromArg(1),
      zadd: fromArg(1),
      zAdd: fromArg(1),
      mset: 'all',
      mSet: 'all',
      msetnx: 'all',
      xadd: fromArg(2),
      xAdd: fromArg(2),
    },
  },
  // keyv and cache-manager (often Redis-backed): cache.set(key, value, ttl), mset([{ key, value }]).
  {
    name: 'Keyv / cache-manager',
    store: 'cache',
    minimumSensitivity: 'medium',
    modules: ['keyv', '@keyv/redis', 'cache-manager', '@nestjs/cache-manager'],
    receiverNames: ['cacheManager'],
    // Not `Cache`: a project's own `Cache<T>` is as often an in-memory map; cache-manager's is known by its import.
    typeNames: ['Keyv'],
    methods: { set: [1], mset: [0], setMany: [0] },
  },
];
