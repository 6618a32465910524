import pkg from '../../package.json' with { type: 'json' };

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // answered before the command line's modules are loaded (runCli answers it the same way)
  process.stdout.write(`${pkg.version}\n`);
} else {
  const [{ runCli }, { nodeIo }] = await Promise.all([import('./cli/main.js'), import('./cli/node-io.js')]);
  // runCli never throws; an output failure noticed after it returns (a full disk) may still set exit code 4
  const code = await runCli(argv, nodeIo(), { version: pkg.version });
  if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code;
}
