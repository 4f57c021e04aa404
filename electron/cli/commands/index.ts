import type { Command } from '../command';
import { annotateCommand } from './annotate';
import { articlesCommand } from './articles';
import { checkCommand } from './check';
import { importCommand } from './import';
import { newCommand } from './new';
import { quotesCommand } from './quotes';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { tagCommand } from './tag';
import { tagsCommand } from './tags';

/** Every `daftar` command, in the order `daftar --help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, importCommand, articlesCommand, showCommand, tagCommand, tagsCommand, annotateCommand, quotesCommand, checkCommand, serveCommand];
