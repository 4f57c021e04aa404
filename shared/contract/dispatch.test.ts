import { describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatch';
import { DaftarError } from './errors';
import { METHODS, type Handlers } from './index';

/** Handlers where every method throws, except the ones a test gives. */
function handlers(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    METHODS.map((m) => [m, async () => { throw new Error(`${m} not expected in this test`); }]),
  ) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('createDispatcher', () => {
  it('rejects unknown methods and prototype keys', async () => {
    const dispatch = createDispatcher(handlers({}));
    for (const name of ['nope', '__proto__', 'constructor', 'toString', '', 42]) {
      const res = await dispatch(name as string, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it('validates requests with the contract schema and applies defaults', async () => {
    let seen: unknown;
    const dispatch = createDispatcher(handlers({ 'articles.list': async (r) => { seen = r; return { total: 0, items: [] }; } }));
    expect(await dispatch('articles.list', { limit: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch('articles.list', { limit: 'ten' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch('articles.list', undefined)).toEqual({ ok: true, result: { total: 0, items: [] } });
    expect(seen).toEqual({ limit: 10_000, offset: 0, sort: 'imported', filters: {} });
    const long = await dispatch('project.open', { path: 'x'.repeat(5000) });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('passes DaftarError messages through and wraps unexpected errors', async () => {
    const internal: unknown[] = [];
    const dispatch = createDispatcher(
      handlers({
        'articles.get': async () => { throw new DaftarError('not_found', 'No article with id x in this project.'); },
        'app.info': async () => { throw new TypeError('boom'); },
      }),
      { onInternalError: (_m, e) => internal.push(e) },
    );
    expect(await dispatch('articles.get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No article with id x in this project.' },
    });
    const res = await dispatch('app.info', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(internal).toHaveLength(1);
  });
});
