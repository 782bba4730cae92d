/**
 * The `paved-road` command line. Running this module runs the command with the
 * process's arguments; `paved-road validate` checks catalog files offline.
 *
 * @packageDocumentation
 */

import { main } from './main';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  code => {
    process.exitCode = code;
  },
  error => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
