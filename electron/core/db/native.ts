import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * One node_modules holds one ABI. Under Node (tests, CLI, web mode) better-sqlite3 loads its
 * own build; under Electron we load the Electron-ABI build kept beside it (made by
 * `npm run electron:native`), or whatever DAFTAR_SQLITE_BINDING points at.
 */
export function nativeBindingPath(): string | undefined {
  const fromEnv = process.env.DAFTAR_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  if (!process.versions.electron) return undefined;
  const candidates = [
    path.join((process as { resourcesPath?: string }).resourcesPath ?? '', 'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    path.resolve(__dirname, '../../.electron-native/better_sqlite3.node'),
    path.resolve(process.cwd(), '.electron-native/better_sqlite3.node'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

export function openSqlite(file: string, options: Database.Options): Database.Database {
  const nativeBinding = nativeBindingPath();
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
