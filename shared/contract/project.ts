import { z } from 'zod';
import { contractMessage } from './reasons';

/** A path on the analyst's machine. Bounded so a hostile payload cannot be huge. */
export const FilePath = z.string().trim().min(1, contractMessage('request_path_needed')).max(4096);

export const ProjectInfo = z.object({
  path: FilePath,
  name: z.string(),
  schemaVersion: z.number().int(),
  articles: z.number().int(),
  readOnly: z.boolean(),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const RecentProject = z.object({
  path: FilePath,
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const AppInfo = z.object({
  version: z.string(),
  /** 'electron' offers native dialogs; 'web' asks for typed paths. */
  shell: z.enum(['electron', 'web']),
  platform: z.string(),
  project: ProjectInfo.nullable(),
  recent: z.array(RecentProject),
  /** Where new projects go when the user gives only a name (web mode). */
  defaultFolder: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const projectMethods = {
  'app.info': { request: z.object({}), response: AppInfo },
  'project.create': { request: z.object({ path: FilePath }), response: ProjectInfo },
  'project.open': { request: z.object({ path: FilePath }), response: ProjectInfo },
  'project.close': { request: z.object({}), response: z.object({ closed: z.boolean() }) },
  'project.forgetRecent': { request: z.object({ path: FilePath }), response: z.array(RecentProject) },
  /** Native pickers where the shell has them; web mode answers 'unsupported'. */
  'dialog.chooseProjectToOpen': { request: z.object({}), response: z.object({ path: FilePath.nullable() }) },
  'dialog.chooseProjectToCreate': { request: z.object({}), response: z.object({ path: FilePath.nullable() }) },
  'dialog.chooseImportPaths': {
    request: z.object({ folders: z.boolean() }),
    response: z.object({ paths: z.array(FilePath) }),
  },
} as const;
