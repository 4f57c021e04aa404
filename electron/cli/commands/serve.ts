import fs from 'node:fs';
import path from 'node:path';
import { defaultConfigDir } from '../../core/project/recent';
import { integerOption, JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { untilSignal } from '../io';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'web mode: the app in a browser, at a local URL with an access token',
  help: `Usage: daftar serve [project.sqlite] [--port N] [--json]

Serve Daftar on http://127.0.0.1 (this machine only) and print the URL to open; it carries
a per-run access token. Opens the project when one is given. Runs until Ctrl-C (or SIGTERM),
then closes the project so the file is left whole.
  --port N   listen on port N (default: any free port)
With --json prints {"url", "port"} on one line once serving (scripts can read that line
and keep the process running).
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, { ...JSON_OPTION, port: { type: 'string' } });
    if (given.length > 1) throw new UsageError(`unexpected arguments: ${given.slice(1).join(' ')}`, this);
    const [projectPath] = given.length ? positionals(this, given, ['project.sqlite']) : [];
    const port = integerOption(this, 'port', values.port, 0, 65535);
    const dist = bundleDir();
    // Loaded only when serving: the other commands need none of the web server.
    const { startWebServer } = await import('../../web/server');
    const server = await startWebServer({
      staticDir: path.join(dist, '../renderer'),
      importWorker: path.join(dist, 'import-worker.cjs'),
      projectWorker: path.join(dist, 'project-worker.cjs'),
      configDir: defaultConfigDir(),
      port,
      projectPath: projectPath === undefined ? undefined : path.resolve(projectPath),
    });
    // Listen for Ctrl-C/SIGTERM before telling anyone we are up: a script that stops us as
    // soon as it reads the URL must find the handler in place (else the signal kills us
    // without closing the project).
    const stopped = (io.untilStopped ?? untilSignal)();
    if (values.json) io.stdout(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
    else io.stdout(`Daftar web mode: open ${server.url}\nPress Ctrl-C to stop.\n`);
    const signal = await stopped;
    await server.close();
    if (!values.json) io.stderr(`Daftar web mode stopped (${signal}); the project was closed.\n`);
    return EXIT.ok;
  },
};

/**
 * dist/node, where the built renderer (../renderer) and import worker live. The bundle runs
 * from there; run from source (the tests) it is the repository's dist/node.
 */
function bundleDir(): string {
  if (fs.existsSync(path.join(__dirname, 'import-worker.cjs'))) return __dirname;
  return path.resolve(__dirname, '../../../dist/node');
}
