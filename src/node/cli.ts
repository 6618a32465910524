import pkg from '../../package.json' with { type: 'json' };
import { runCli } from './cli/main.js';
import { nodeIo } from './cli/node-io.js';

// runCli never throws; an output failure noticed after it returns (a full disk) may still set exit code 4
const code = await runCli(process.argv.slice(2), nodeIo(), { version: pkg.version });
if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code;
