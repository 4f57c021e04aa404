import type { WritableDb } from '../handles';
import { migration0001 } from './0001-articles';
import { migration0002 } from './0002-search';
import { migration0003 } from './0003-annotations';
import { migration0004 } from './0004-import-metadata';
import { migration0005 } from './0005-suggestion-rejections';
import { migration0006 } from './0006-library-order';
import { migration0007 } from './0007-lean-search-index';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Optional data step after `sql`, in the same transaction (e.g. indexing rows that existed
   * before). The schema guard only runs `sql`, so `run` must not change the schema.
   */
  run?: (db: WritableDb) => void;
}

/**
 * Every migration, in order. Numbered from 1 with no gaps (open.test.ts checks it); each runs
 * once, in the same transaction as the user_version bump, so a project is always at exactly
 * one version.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
