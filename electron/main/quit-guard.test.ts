import { describe, expect, it } from 'vitest';
import { createQuitGuard } from './quit-guard';

function quitEvent() {
  const event = { prevented: false, preventDefault: () => { event.prevented = true; } };
  return event;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createQuitGuard', () => {
  it('holds the first quit until the project is closed, then quits for real', async () => {
    const log: string[] = [];
    let finishClose!: () => void;
    const guard = createQuitGuard({
      close: () => new Promise<void>((resolve) => { log.push('close'); finishClose = () => { log.push('closed'); resolve(); }; }),
      quit: () => log.push('quit'),
    });
    const first = quitEvent();
    guard(first);
    expect(first.prevented).toBe(true);
    const second = quitEvent(); // Cmd+Q pressed again while closing
    guard(second);
    expect(second.prevented).toBe(true);
    await tick();
    expect(log).toEqual(['close']);
    finishClose();
    await tick();
    expect(log).toEqual(['close', 'closed', 'quit']);
    const last = quitEvent(); // the quit it asked for goes through
    guard(last);
    expect(last.prevented).toBe(false);
  });

  it('quits even when closing fails, and reports the error', async () => {
    const errors: unknown[] = [];
    let quits = 0;
    const guard = createQuitGuard({
      close: () => Promise.reject(new Error('disk gone')),
      quit: () => { quits += 1; },
      onError: (e) => errors.push(e),
    });
    guard(quitEvent());
    await tick();
    expect(quits).toBe(1);
    expect(String(errors[0])).toContain('disk gone');
  });

  it('quits after the timeout when closing hangs', async () => {
    const errors: unknown[] = [];
    let quits = 0;
    const guard = createQuitGuard({
      close: () => new Promise(() => {}),
      quit: () => { quits += 1; },
      onError: (e) => errors.push(e),
      timeoutMs: 20,
    });
    guard(quitEvent());
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(quits).toBe(1);
    expect(String(errors[0])).toMatch(/longer than 20 ms/);
  });
});
