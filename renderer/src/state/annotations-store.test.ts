/**
 * Highlights fetched beside the article (prefetch) and taken when it is shown (load): one
 * round trip, the marks drawn with the article when they are already here, and never an
 * answer that may have gone stale.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Highlight } from '../../../shared/contract/index';
import { ClientError, createClient, type Client } from '../api/client';
import { createTestBridge } from '../test/test-bridge';
import { createAnnotationsStore, type AnnotationsState } from './annotations-store';
import { itemAt } from './library-store';
import { createStores } from './stores';

function quote(id: string, articleId: string, start: number): Highlight {
  return {
    id, articleId, start, end: start + 4, exact: 'نص', prefix: '', suffix: '', speakerId: null, themeIds: [], note: null,
    createdBy: 'x', createdAt: '', updatedBy: 'x', updatedAt: '', anchor: 'ok', candidate: null,
  };
}

/** A client whose highlights.forArticle answers only when the test says so. */
function heldClient() {
  const asked: { articleId: string; answer(list: Highlight[]): void; refuse(error: Error): void }[] = [];
  const client = {
    'highlights.forArticle': ({ articleId }: { articleId: string }) =>
      new Promise<Highlight[]>((resolve, reject) => asked.push({ articleId, answer: resolve, refuse: reject })),
  } as unknown as Client;
  return { client, asked };
}

/** Every state the store goes through, from now on. */
function record(store: ReturnType<typeof createAnnotationsStore>): AnnotationsState[] {
  const states: AnnotationsState[] = [];
  store.subscribe((s) => states.push(s));
  return states;
}

describe('annotations prefetch', () => {
  it('an answer already here: the article is shown with its quotes at once, in one change, without asking again', async () => {
    const { client, asked } = heldClient();
    const store = createAnnotationsStore(client);
    store.getState().prefetch('b');
    asked[0].answer([quote('h2', 'b', 9), quote('h1', 'b', 2)]);
    await Promise.resolve();
    const states = record(store);
    void store.getState().load('b');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ articleId: 'b', loading: false, selectedId: null });
    expect(states[0].highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(asked).toHaveLength(1);
  });

  it('an answer still on its way: load waits for that request instead of sending another', async () => {
    const { client, asked } = heldClient();
    const store = createAnnotationsStore(client);
    store.getState().prefetch('b');
    const loading = store.getState().load('b');
    expect(store.getState()).toMatchObject({ articleId: 'b', loading: true, highlights: [] });
    asked[0].answer([quote('h1', 'b', 2)]);
    await loading;
    expect(store.getState()).toMatchObject({ articleId: 'b', loading: false });
    expect(store.getState().highlights.map((h) => h.id)).toEqual(['h1']);
    expect(asked).toHaveLength(1);
  });

  it('a refused prefetch is reported by the load that takes it, and only then', async () => {
    const { client, asked } = heldClient();
    const store = createAnnotationsStore(client);
    store.getState().prefetch('b');
    asked[0].refuse(new ClientError('highlights.forArticle', 'not_found', 'That article is no longer in the project.'));
    await Promise.resolve();
    expect(store.getState().error).toBeNull();
    await store.getState().load('b');
    expect(store.getState()).toMatchObject({ articleId: 'b', loading: false, error: { message: 'That article is no longer in the project.' } });
  });

  it('another article, or a reload since the prefetch: the answer is not used', async () => {
    const { client, asked } = heldClient();
    const store = createAnnotationsStore(client);
    store.getState().prefetch('b');
    store.getState().prefetch('c'); // the reader moved on: only the last one is kept
    asked[0].answer([quote('old', 'b', 2)]);
    asked[1].answer([quote('h1', 'c', 2)]);
    await Promise.resolve();
    const toB = store.getState().load('b');
    expect(asked).toHaveLength(3);
    asked[2].answer([quote('new', 'b', 2)]);
    await toB;
    expect(store.getState().highlights.map((h) => h.id)).toEqual(['new']);

    store.getState().prefetch('c');
    asked[3].answer([quote('before-undo', 'c', 2)]);
    await Promise.resolve();
    // An undo (or a suggestion accepted) reads the shown article again: anything fetched
    // before may miss that change, so it is dropped.
    const reloading = store.getState().reload();
    asked[4].answer([quote('new', 'b', 2)]);
    await reloading;
    const toC = store.getState().load('c');
    expect(asked).toHaveLength(6);
    asked[5].answer([quote('after-undo', 'c', 2)]);
    await toC;
    expect(store.getState().highlights.map((h) => h.id)).toEqual(['after-undo']);
  });
});

describe('opening an article from the library', () => {
  it('asks for its quotes beside the article, once', async () => {
    const path = '/p/prefetch.sqlite';
    // Written for this test.
    const test = createTestBridge({
      projects: { [path]: [{ title: 'سوق السمك', text: 'سوق السمك\n\nقال البائع إن الأسعار ثابتة منذ شهر.' }, { title: 'الجسر', text: 'الجسر\n\nافتتح الجسر الجديد صباح اليوم.' }] },
      openProject: path,
    });
    const stores = createStores(createClient(test.bridge));
    await stores.project.getState().load();
    await vi.waitFor(() => expect(stores.library.getState().total).toBe(2));
    const id = itemAt(stores.library.getState(), 1)!.id;
    const from = test.calls.length;
    await stores.library.getState().select(1);
    await vi.waitFor(() => expect(stores.annotations.getState()).toMatchObject({ articleId: id, loading: false }));
    const calls = test.calls.slice(from).map((c) => c.method).filter((m) => m === 'articles.get' || m === 'highlights.forArticle');
    // Sent before the article has answered, not after it.
    expect(calls).toEqual(['highlights.forArticle', 'articles.get']);
  });
});
