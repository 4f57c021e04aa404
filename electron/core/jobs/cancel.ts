/**
 * Cooperative cancelling of long core work (export, merge): the work asks `shouldCancel`
 * between items and throws JobCancelled, so a transaction rolls back and temporary files are
 * removed on the way out, exactly as for any other failure.
 */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

/** What long work is given to report how far it is and to learn it should stop. */
export interface JobHooks<P> {
  onProgress?(progress: P): void;
  shouldCancel?(): boolean;
}

export function throwIfCancelled(hooks: { shouldCancel?(): boolean }): void {
  if (hooks.shouldCancel?.()) throw new JobCancelled();
}
