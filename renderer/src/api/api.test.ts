import { describe, expect, it } from 'vitest';
import { METHODS, type Envelope } from '../../../shared/contract/index';
import { createWebBridge } from './bridge';
import { ClientError, createClient } from './client';

interface Sent {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: (url: string) => globalThis.Response | Promise<globalThis.Response>) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return answer(url);
  };
  return { sent, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('web bridge', () => {
  it('exposes exactly the contract methods', () => {
    const bridge = createWebBridge({ fetch: fakeFetch(() => json({ ok: true, result: null })).fetch });
    expect(Object.keys(bridge).sort()).toEqual([...METHODS].sort());
  });

  it('POSTs the request as JSON to /api/<method> with same-origin credentials', async () => {
    const { sent, fetch } = fakeFetch(() => json({ ok: true, result: { jobId: 'j1' } }));
    const bridge = createWebBridge({ fetch });
    const answer = await bridge['import.start']({ paths: ['/data/أخبار'], encoding: 'auto' });
    expect(answer).toEqual({ ok: true, result: { jobId: 'j1' } });
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/import.start');
    expect(sent[0].init.method).toBe('POST');
    expect(sent[0].init.credentials).toBe('same-origin');
    expect((sent[0].init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(sent[0].init.body as string)).toEqual({ paths: ['/data/أخبار'], encoding: 'auto' });
  });

  it('passes error envelopes through unchanged', async () => {
    const envelope = { ok: false, error: { code: 'project_invalid', message: '/tmp/x.txt is not a SQLite database, so not a Daftar project.' } };
    const bridge = createWebBridge({ fetch: fakeFetch(() => json(envelope, 400)).fetch });
    expect(await bridge['project.open']({ path: '/tmp/x.txt' })).toEqual(envelope);
  });

  it.each([401, 403])('turns HTTP %i into an error envelope that explains the token', async (status) => {
    const bridge = createWebBridge({ fetch: fakeFetch(() => new Response('no', { status })).fetch });
    const answer = (await bridge['app.info']({})) as Envelope<unknown>;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toContain(`HTTP ${status}`);
    expect(answer.error.message).toContain('token');
  });

  it('keeps the server\'s own explanation of a 401', async () => {
    const envelope = { ok: false, error: { code: 'invalid_request', message: 'Not signed in. Open the URL printed by `daftar serve`.' } };
    const bridge = createWebBridge({ fetch: fakeFetch(() => json(envelope, 401)).fetch });
    expect(await bridge['app.info']({})).toEqual(envelope);
  });

  it('reports an unreachable server and a non-JSON answer as errors, not exceptions', async () => {
    const down = createWebBridge({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const a = await down['app.info']({});
    expect(a.ok === false && a.error.message).toMatch(/Cannot reach Daftar for app\.info \(Failed to fetch\)/);

    const garbled = createWebBridge({ fetch: fakeFetch(() => new Response('<html>', { status: 502 })).fetch });
    const b = await garbled['app.info']({});
    expect(b.ok === false && b.error.message).toMatch(/HTTP 502 and no readable JSON/);

    const odd = createWebBridge({ fetch: fakeFetch(() => json({ hello: 1 })).fetch });
    const c = await odd['app.info']({});
    expect(c.ok === false && c.error.code).toBe('internal');
  });
});

describe('client', () => {
  it('unwraps results and throws ClientError with the code and verbatim message', async () => {
    const message = '/home/a/notes.txt is not a SQLite database, so not a Daftar project.';
    const bridge = createWebBridge({
      fetch: async (url) =>
        url.endsWith('project.open')
          ? json({ ok: false, error: { code: 'project_invalid', message } })
          : json({ ok: true, result: { closed: true } }),
    });
    const client = createClient(bridge);
    expect(await client['project.close']({})).toEqual({ closed: true });
    const error = await client['project.open']({ path: '/home/a/notes.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).code).toBe('project_invalid');
    expect((error as ClientError).method).toBe('project.open');
    expect((error as ClientError).message).toBe(message);
  });

  it('has one function per contract method', () => {
    const client = createClient(createWebBridge({ fetch: async () => json({ ok: true, result: null }) }));
    expect(Object.keys(client).sort()).toEqual([...METHODS].sort());
  });

  it('turns a throwing bridge and an unknown error code into ClientErrors', async () => {
    const bridge = createWebBridge({ fetch: async () => json({ ok: false, error: { code: 'weird', message: 'odd' } }) });
    const throwing = { ...bridge, 'app.info': async () => Promise.reject(new Error('IPC channel closed')) };
    const client = createClient(throwing);
    await expect(client['app.info']({})).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('IPC channel closed') });
    await expect(client['project.close']({})).rejects.toMatchObject({ code: 'internal', message: 'odd' });
  });
});
