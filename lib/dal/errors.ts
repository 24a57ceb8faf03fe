/** Typed failures of the data-access layer. Each surface maps them once (page, action, route). */
/** A failure class with its code and, where the rule has one, its default message. */
function failure<C extends string>(code: C, defaultMessage?: string) {
  return class extends Error {
    readonly code = code;
    constructor(message = defaultMessage) {
      super(message);
    }
  };
}

export class NotSignedIn extends failure('not_signed_in', 'Sign in to continue.') {}
export class NotAllowed extends failure('not_allowed', 'You are not allowed to do that.') {}
export class NotFound extends failure('not_found', 'Not found.') {}
export class Conflict extends failure('conflict', 'Someone else changed this in the meantime.') {}
export class InvalidTransition extends failure('invalid_transition') {}
/**
 * The permission table lets this viewer act on such records, but a rule about this one says no
 * (the last admin, a review locked while in review). Unlike NotAllowed, the person using the
 * interface can meet it, so it is told as a message next to what they did, never as a 403 page.
 */
export class Refused extends failure('refused') {}

export type DalError = NotSignedIn | NotAllowed | NotFound | Conflict | InvalidTransition | Refused | FieldConflict | FieldsNotReady;

export function isDalError(e: unknown): e is DalError {
  return (
    e instanceof NotSignedIn ||
    e instanceof NotAllowed ||
    e instanceof NotFound ||
    e instanceof Conflict ||
    e instanceof InvalidTransition ||
    e instanceof Refused ||
    e instanceof FieldConflict ||
    e instanceof FieldsNotReady
  );
}

export function httpStatusOf(e: DalError): number {
  if (e instanceof NotSignedIn) return 401;
  if (e instanceof NotAllowed) return 403;
  if (e instanceof NotFound) return 404;
  if (e instanceof Conflict || e instanceof Refused) return 409;
  return 422;
}

/** Input that passed the schema but breaks a rule only the database knows (a taken email or slug). */
export class FieldConflict extends Error {
  readonly code = 'field_conflict';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A workflow event needs the review's fields to meet rules that a draft may break (a mark, a
 * viewing date not in the future…): told field by field, next to each field.
 */
export class FieldsNotReady extends Error {
  readonly code = 'fields_not_ready';
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super('Correct the fields marked below first.');
  }
}
