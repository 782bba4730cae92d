/** A mistake in how the command was called, or a file it cannot read: exit code 2. */
export class UsageError extends Error {
  name = 'UsageError';
}
