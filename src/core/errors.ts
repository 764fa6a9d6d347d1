import { type LabelKey, type LabelValues, label } from '../i18n/strings.js';

/**
 * An expected failure caused by what the user asked (unknown source, bad option). It names a label,
 * so the user is told in their own language; its message is the English text, for logs.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    readonly key: LabelKey,
    readonly values: LabelValues = {},
  ) {
    super(label(undefined, key, values));
  }

  /** The short reply for the reader, safe to echo: values that came from the user are escaped by whoever threw it. */
  for(locale: string | undefined): string {
    return label(locale, this.key, this.values);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
