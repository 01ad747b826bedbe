export interface BenchArgs {
  scenarios: string[];
  scale: 'small' | 'full';
  runs: number | undefined;
  noBuild: boolean;
  /** API_PROCESSES of the API under test: 1 by default, so results compare with earlier runs. */
  processes: number;
}

const USAGE = 'usage: pnpm bench <scenario|all> [--scale small|full] [--runs N] [--processes N] [--no-build]';

/** `pnpm bench exam-start --scale full`; `all` runs every scenario in order. */
export function parseArgs(argv: string[], known: string[]): BenchArgs {
  const args: BenchArgs = { scenarios: [], scale: 'small', runs: undefined, noBuild: false, processes: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--scale') {
      const value = argv[++i];
      if (value !== 'small' && value !== 'full') throw new Error(`--scale small|full\n${USAGE}`);
      args.scale = value;
    } else if (arg === '--runs') {
      args.runs = Number(argv[++i]);
      if (!Number.isInteger(args.runs) || args.runs < 1)
        throw new Error(`--runs takes a positive integer\n${USAGE}`);
    } else if (arg === '--processes') {
      args.processes = Number(argv[++i]);
      if (!Number.isInteger(args.processes) || args.processes < 1)
        throw new Error(`--processes takes a positive integer\n${USAGE}`);
    } else if (arg === '--no-build') args.noBuild = true;
    else if (arg === 'all') args.scenarios.push(...known);
    else if (known.includes(arg)) args.scenarios.push(arg);
    else throw new Error(`unknown scenario or option "${arg}" (scenarios: ${known.join(', ')})\n${USAGE}`);
  }
  if (args.scenarios.length === 0) throw new Error(USAGE);
  return args;
}
