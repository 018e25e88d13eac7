#!/usr/bin/env node
// The `mpp-kit-server` command: runs the built CLI with this process's
// arguments and environment (see `mpp-kit-server --help`).
import { runCli } from '../dist/cli/index.js';

process.exitCode = await runCli(process.argv.slice(2), process.env);
