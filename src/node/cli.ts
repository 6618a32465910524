import pkg from '../../package.json' with { type: 'json' };
import { runCli } from './cli/main.js';
import { nodeIo } from './cli/node-io.js';

process.exitCode = await runCli(process.argv.slice(2), nodeIo(), { version: pkg.version });
