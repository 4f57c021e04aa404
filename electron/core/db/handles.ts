import type BetterSqlite3 from 'better-sqlite3';

/**
 * Read-only and writable handles are distinct types, so code that only reads cannot be
 * handed something it could write with by mistake, and code that writes says so.
 */
declare const readonlyBrand: unique symbol;
declare const writableBrand: unique symbol;

export type ReadonlyDb = BetterSqlite3.Database & { readonly [readonlyBrand]: true };
export type WritableDb = BetterSqlite3.Database & { readonly [writableBrand]: true; readonly [readonlyBrand]: true };

/** A writable handle may always be used where a read-only one is expected. */
export type AnyDb = ReadonlyDb | WritableDb;
