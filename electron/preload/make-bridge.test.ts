import { describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/contract/index';
import { makeBridge } from './make-bridge';

describe('makeBridge', () => {
  it('exposes exactly the contract methods, each a function', () => {
    const bridge = makeBridge(async () => ({ ok: true, result: null }));
    expect(Object.keys(bridge).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof bridge[method], method).toBe('function');
  });

  it('forwards the method name and the request untouched, and returns what main answered', async () => {
    const calls: [string, unknown][] = [];
    const bridge = makeBridge(async (method, request) => {
      calls.push([method, request]);
      return { ok: true, result: { echoed: method } };
    });
    const request = { path: '/home/analyst/مشروع.sqlite' };
    await expect(bridge['project.open'](request)).resolves.toEqual({ ok: true, result: { echoed: 'project.open' } });
    await bridge['app.info']({});
    expect(calls).toEqual([['project.open', request], ['app.info', {}]]);
    expect(calls[0][1]).toBe(request);
  });

  it('cannot be extended or changed by the page', () => {
    const bridge = makeBridge(async () => null) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => { bridge['fs.readFile'] = () => null; }).toThrow();
  });
});
