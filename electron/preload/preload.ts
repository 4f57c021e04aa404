/**
 * The sandboxed preload: exposes the contract as window.daftar, and window.daftarFiles (the
 * paths of files dropped on the page), nothing else (no ipcRenderer, no Node). It may only
 * require 'electron'; esbuild bundles shared/ into it.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Bridge } from '../../shared/contract/index';
import { makeFilePaths } from './file-paths';
import { INVOKE_CHANNEL, makeBridge } from './make-bridge';

const bridge = makeBridge((method, request) => ipcRenderer.invoke(INVOKE_CHANNEL, method, request)) satisfies Bridge;

contextBridge.exposeInMainWorld('daftar', bridge);
contextBridge.exposeInMainWorld('daftarFiles', makeFilePaths((file: File) => webUtils.getPathForFile(file)));
