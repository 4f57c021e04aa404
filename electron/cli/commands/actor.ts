import os from 'node:os';

/** Who the command line works as: $DAFTAR_ACTOR, else the OS user name. */
export function cliActor(): string {
  if (process.env.DAFTAR_ACTOR?.trim()) return process.env.DAFTAR_ACTOR.trim();
  try {
    return os.userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}
