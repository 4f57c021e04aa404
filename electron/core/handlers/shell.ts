/**
 * What the hosting shell provides beyond core: native dialogs in Electron. Web mode has
 * none and answers 'unsupported', so the renderer asks for a typed path instead.
 */
export interface Shell {
  kind: 'electron' | 'web';
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectToCreate(): Promise<string | null>;
  chooseImportPaths(folders: boolean): Promise<string[]>;
}
