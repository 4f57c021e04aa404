// Types for scripts/start.mjs, so tests/unit/start.test.ts can import it under strict TypeScript.
export declare const WEB_MODE_MESSAGE: string;
export declare function electronBinary(root: string, env?: Record<string, string | undefined>): string | null;
export type LaunchDecision =
  | { mode: 'electron'; electron: string; needsNative: boolean }
  | { mode: 'web'; reason: string };
export declare function decideLaunch(root: string, env?: Record<string, string | undefined>): LaunchDecision;
export declare function childEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
