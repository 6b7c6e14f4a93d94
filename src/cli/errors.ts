/** An error the CLI reports on stderr, with what to do about it, and exits with (2 by default). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
