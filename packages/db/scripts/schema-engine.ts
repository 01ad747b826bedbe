// Loads Prisma's WASM schema engine by hand: Node 20 cannot `import` a .wasm file, and the native
// engine cannot be downloaded on our machines. Used only by the migration authoring script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * adapter-pg rejects Postgres' internal one-byte `"char"` type (OID 18), which the engine's catalog
 * queries return; reporting those columns as text lets the engine read the catalog.
 */
class CatalogSafeClient extends pg.Client {
  override query(...args: unknown[]): never {
    const patch = (res: pg.QueryResult | undefined) => {
      for (const field of res?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      return res;
    };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (err: unknown, res: pg.QueryResult) => callback(err, patch(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(patch) : result) as never;
  }
}

export interface PgTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export async function loadSchemaEngine(target: PgTarget, datamodel: [string, string]) {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bytes = readFileSync(join(pkgDir, 'schema_engine_bg.wasm'));
  // lib.dom is not in our lib list, so the WebAssembly global is typed here by hand.
  const wasm = (
    globalThis as unknown as {
      WebAssembly: {
        instantiate(b: Uint8Array, i: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
      };
    }
  ).WebAssembly;
  const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (m: string) => console.error(m),
  };
  // Discrete fields, not a connection string: adapter-pg would let a URL override the database name.
  const factory = new PrismaPg({ ...target, Client: CatalogSafeClient } as pg.PoolConfig);
  return glue.SchemaEngine.new(
    { datamodels: [datamodel] },
    (log: string) => process.env.PRISMA_DEBUG && console.error(log),
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
}
