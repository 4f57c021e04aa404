import type { Tag } from '../../../shared/contract/annotations';
import { listTags } from '../../core/annotations/tags';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { hasTable } from '../../core/db/schema';
import { JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';

export const tagsCommand: Command = {
  name: 'tags',
  summary: 'print the speakers and the codebook of themes (read-only)',
  help: `Usage: daftar tags <project.sqlite> [--json]

Print the speakers (with aliases, role, organisation and how many quotes each has) and the
themes as a tree (with their path, colour and count). With --json prints
{"speakers": [tag...], "themes": [tag... with "path" and "depth"]}.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, JSON_OPTION);
    const [file] = positionals(this, given, ['project.sqlite']);
    const db = openProjectReadonly(file);
    try {
      const tags = hasTable(db, 'tags') ? listTags(db) : [];
      const speakers = tags.filter((t) => t.kind === 'speaker');
      const themes = themeTreeWithPaths(tags.filter((t) => t.kind === 'theme'));
      if (values.json) {
        printJson(io, { speakers, themes });
        return EXIT.ok;
      }
      const lines = ['Speakers:'];
      if (!speakers.length) lines.push('  (none)');
      for (const s of speakers) {
        const about = [s.role, s.organisation].filter(Boolean).join(', ');
        const aliases = s.aliases.length ? ` [${s.aliases.join(' / ')}]` : '';
        lines.push(`  ${s.name}${about ? ` — ${about}` : ''}${aliases}  (${s.count})`);
      }
      lines.push('Themes:');
      if (!themes.length) lines.push('  (none)');
      for (const t of themes) lines.push(`  ${'  '.repeat(t.depth)}${t.name}${t.color ? ` ${t.color}` : ''}  (${t.count})`);
      io.stdout(`${lines.join('\n')}\n`);
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};

/** Themes depth-first, each with its path from the root ("الأمن › الإرهاب"). */
export function themeTreeWithPaths(themes: Tag[]): (Tag & { path: string; depth: number })[] {
  const ids = new Set(themes.map((t) => t.id));
  const out: (Tag & { path: string; depth: number })[] = [];
  const walk = (parent: string | null, prefix: string, depth: number) => {
    const children = themes
      .filter((t) => (t.parentId && ids.has(t.parentId) ? t.parentId : null) === parent)
      .sort((a, b) => a.position - b.position);
    for (const t of children) {
      const path = prefix ? `${prefix} › ${t.name}` : t.name;
      out.push({ ...t, path, depth });
      walk(t.id, path, depth + 1);
    }
  };
  walk(null, '', 0);
  return out;
}
