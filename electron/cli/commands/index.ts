import type { Command } from '../command';
import { articlesCommand } from './articles';
import { checkCommand } from './check';
import { importCommand } from './import';
import { newCommand } from './new';
import { serveCommand } from './serve';
import { showCommand } from './show';

/** Every `daftar` command, in the order `daftar --help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, importCommand, articlesCommand, showCommand, checkCommand, serveCommand];
