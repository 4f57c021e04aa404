import { DaftarError } from '../../../shared/contract/errors';
import { TagInput, TagKind } from '../../../shared/contract/annotations';
import { checkNewTag, createTag, requireTagByName } from '../../core/annotations/tags';
import { checkThenWrite } from '../check-then-write';
import { JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';
import { cliActor } from './actor';

export const tagCommand: Command = {
  name: 'tag',
  summary: 'create a speaker or a theme',
  help: `Usage: daftar tag <project.sqlite> --kind speaker|theme --name N [--alias A]... [--parent N]
                  [--color #rrggbb] [--role R] [--organisation O] [--label-ar L] [--label-en L]
                  [--description D] [--json]

Create a speaker (a person or organisation quoted in articles) or a theme (a code in the
codebook; themes form a tree with --parent naming an existing theme). --alias may be given
several times: other spellings of a speaker's name (غوتيريش, غوتيريس, Antonio Guterres).
Names are compared after Arabic normalisation, so a name that matches an existing one or its
aliases is refused (exit 2). With --json prints the new tag.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      kind: { type: 'string' },
      name: { type: 'string' },
      alias: { type: 'string', multiple: true },
      parent: { type: 'string' },
      color: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      'label-ar': { type: 'string' },
      'label-en': { type: 'string' },
      description: { type: 'string' },
    });
    const [file] = positionals(this, given, ['project.sqlite']);
    const kind = TagKind.safeParse(values.kind);
    if (!kind.success) throw new UsageError('--kind must be speaker or theme', this);
    if (values.name === undefined) throw new UsageError('--name is required', this);
    if (values.parent !== undefined && kind.data !== 'theme') throw new UsageError('--parent is for themes only', this);
    const input = checkThenWrite(
      file,
      (db) => {
        const parentId = values.parent === undefined ? undefined : requireTagByName(db, 'theme', values.parent).id;
        const parsed = TagInput.safeParse({
          kind: kind.data,
          name: values.name,
          aliases: values.alias,
          parentId,
          color: values.color,
          role: values.role,
          organisation: values.organisation,
          labelAr: values['label-ar'],
          labelEn: values['label-en'],
          description: values.description,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new DaftarError('invalid_input', `--${String(issue.path[0] ?? 'name')}: ${issue.message}; nothing was written.`);
        }
        checkNewTag(db, parsed.data);
        return parsed.data;
      },
      (db, checked) => createTag(db, checked, cliActor()),
      'tag',
    );
    if (values.json) printJson(io, input);
    else io.stdout(`Created ${input.kind} "${input.name}" (${input.id}).\n`);
    return EXIT.ok;
  },
};
