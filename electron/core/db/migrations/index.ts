import { migration0001 } from './0001-articles';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in order. Numbered from 1 with no gaps; each runs once, in the same
 * transaction as the user_version bump, so a project is always at exactly one version.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const SCHEMA_VERSION = MIGRATIONS.length;
