// Types for scripts/electron-native.mjs, so tests can import it under strict TypeScript.
export declare const HEADERS_URL: string;
export declare const NATIVE_DIR: string;
export declare const NATIVE_FILE: string;
export declare const BUILD_INFO_FILE: string;
export interface NativeBuild {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}
export declare function wantedBuild(root: string): NativeBuild;
export declare function nativeBuildIsCurrent(root: string): boolean;
export declare function gypEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
export declare function nodeGypCandidates(root: string, env?: Record<string, string | undefined>, execPath?: string): string[];
export declare function findNodeGyp(root: string, env?: Record<string, string | undefined>, execPath?: string): string | null;
export declare function headersCached(devdir: string, electronVersion: string): boolean;
export declare function main(root?: string): Promise<void>;
