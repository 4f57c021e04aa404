import type { Command } from '../command';
import { annotateCommand } from './annotate';
import { articlesCommand } from './articles';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { quotesCommand } from './quotes';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { suggestCommand } from './suggest';
import { tagCommand } from './tag';
import { tagsCommand } from './tags';
import { upgradeCommand } from './upgrade';

/** Every `daftar` command, in the order `daftar --help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, importCommand, articlesCommand, showCommand, searchCommand, tagCommand, tagsCommand, annotateCommand, quotesCommand, suggestCommand, exportCommand, checkCommand, mergeCommand, upgradeCommand, serveCommand];
