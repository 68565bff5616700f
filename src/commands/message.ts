// What a command says to the user, as a code and its values: the interface catalogue key and its
// parameters. The screen puts it into words in the interface language (`say` in src/i18n).
import type { MessageKey } from '../i18n/en';

export interface Msg {
  code: MessageKey;
  params?: Record<string, string | number>;
}

export function msg(code: MessageKey, params?: Record<string, string | number>): Msg {
  return params ? { code, params } : { code };
}

/** Whether a value returned in place of a record is a message (records have ids, messages codes). */
export function isMsg(value: object): value is Msg {
  return 'code' in value && !('id' in value);
}

/** A command that writes nothing and says why: the one shape of a refusal. */
export function refused(
  label: Msg,
  code: MessageKey,
  params?: Record<string, string | number>,
): { change: Record<string, never>; errors: { error: Msg }[]; label: Msg } {
  return { change: {}, errors: [{ error: msg(code, params) }], label };
}
