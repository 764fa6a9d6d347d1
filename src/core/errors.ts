/**
 * An expected failure caused by what the user asked (unknown source, bad option).
 * Its message is shown to the user as a short ephemeral reply, so it must be safe to echo.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
