/** A mistake in how the command was called: exit code 2, one message on stderr, nothing written. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command whose `--help` the message points to. */
    readonly command?: string,
  ) {
    super(message);
  }
}
