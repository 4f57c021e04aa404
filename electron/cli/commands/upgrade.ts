import path from 'node:path';
import { probeProject, SCHEMA_VERSION } from '../../core/db/open';
import { upgradeCopy, upgradeInPlace, type UpgradeResult } from '../../core/project/upgrade';
import { JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';
import { withProjectLock } from '../write-lock';

export const upgradeCommand: Command = {
  name: 'upgrade',
  summary: 'upgrade a project made by an older Daftar (a copy, or in place with --in-place)',
  help: `Usage: daftar upgrade <project.sqlite> [--out FILE | --in-place] [--json]

A project made by an older Daftar is never changed without your consent: commands that write
refuse it (exit 2) until it is upgraded. This command does it.
  (default)     write an upgraded copy beside it, "<name> (upgraded).sqlite" (or --out FILE);
                the original is only read and stays byte-for-byte as it was
  --out FILE    where to write the upgraded copy (an existing file is refused)
  --in-place    upgrade the project file itself (all steps in one transaction: if one fails,
                the file keeps its old version)
A project that is already current is left alone (exit 0). With --json prints {"path", "from",
"to"}, where path is the upgraded file.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      out: { type: 'string' },
      'in-place': { type: 'boolean' },
    });
    const [file] = positionals(this, given, ['project.sqlite']);
    if (values.out !== undefined && values['in-place']) throw new UsageError('--out and --in-place cannot go together', this);
    const { schemaVersion } = probeProject(file);
    let result: UpgradeResult;
    if (schemaVersion >= SCHEMA_VERSION) {
      result = { path: path.resolve(file), from: schemaVersion, to: schemaVersion };
      if (values.json) printJson(io, result);
      else io.stdout(`${result.path} is already at schema v${SCHEMA_VERSION}; nothing to upgrade.\n`);
      return EXIT.ok;
    }
    result = values['in-place']
      ? withProjectLock(file, 'upgrade', () => upgradeInPlace(file), { allowOutdated: true })
      : upgradeCopy(file, values.out);
    if (values.json) printJson(io, result);
    else if (values['in-place']) io.stdout(`Upgraded ${result.path} from schema v${result.from} to v${result.to}.\n`);
    else io.stdout(`Wrote ${result.path}: an upgraded copy (schema v${result.from} → v${result.to}); ${path.resolve(file)} is unchanged.\n`);
    return EXIT.ok;
  },
};
