/**
 * The contract: the one list of what the renderer may ask of the application. Method names,
 * request and response schemas live here; Electron IPC, web mode and the tests all validate
 * with these same schemas. Add a domain as its own file with a `xxxMethods` map and spread it
 * into `contract` below.
 */
import type { z } from 'zod';
import { projectMethods } from './project';
import { articleMethods } from './articles';
import { importMethods } from './imports';
import { searchMethods } from './search';
import { annotationMethods } from './annotations';
import { exportMethods } from './exports';
import { suggestMethods } from './suggest';
import type { Envelope } from './errors';

export const contract = {
  ...projectMethods,
  ...articleMethods,
  ...importMethods,
  ...searchMethods,
  ...annotationMethods,
  ...exportMethods,
  ...suggestMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Request<M extends Method> = z.input<Contract[M]['request']>;
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>;
export type Response<M extends Method> = z.output<Contract[M]['response']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the application implements: one async function per method, on parsed requests. */
export type Handlers = { [M in Method]: (request: ParsedRequest<M>) => Promise<Response<M>> };

/** What a transport exposes to the renderer (window.daftar in Electron, fetch in web mode). */
export type Bridge = { [M in Method]: (request: Request<M>) => Promise<Envelope<Response<M>>> };

export * from './errors';
export * from './project';
export * from './articles';
export * from './imports';
export * from './search';
export * from './annotations';
export * from './exports';
export * from './suggest';
