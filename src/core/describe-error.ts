/**
 * Fields of an error that are safe to log: name, message and Discord's status and code, never a
 * request's URL or body, which carry the interaction token.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const described: Record<string, unknown> = { name: error.name, message: error.message };
  if ('code' in error) described.code = error.code;
  if ('status' in error) described.status = error.status;
  return described;
}
