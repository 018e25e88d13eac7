/**
 * The `mpp-kit-server` command line: {@link runCli} runs it (the package's `bin`
 * calls it with the process's arguments), {@link parseCliConfig} turns flags and
 * environment variables into a validated {@link CliConfig}.
 *
 * @example
 * import { runCli } from '@mpp-kit/server/cli';
 * process.exitCode = await runCli(process.argv.slice(2), process.env);
 *
 * @packageDocumentation
 */

export {
  CliUsageError,
  parseCliConfig,
  type ClockSetting,
  type CliCommand,
  type CliConfig,
  type CliEnv,
} from './config.js';
export { CliStartError } from './start-error.js';
export { processIo, runCli, type CliIo } from './run.js';
export { USAGE } from './usage.js';
