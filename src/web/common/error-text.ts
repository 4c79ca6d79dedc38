import type { ErrorCode } from "../../server/api-types.ts";
import { t } from "../i18n/language.ts";
import type { ClientErrorCode } from "../sync/api-client.ts";

/**
 * What a person reads for an error the server answered with (or "offline" when it was not
 * reached): the app's own sentence for the code, in the page's language. The server's message
 * stays English for logs and other clients; the code is the stable part. Every code has its
 * sentence (`common.error.<code>`), or this does not compile.
 */
export function errorText(code: ErrorCode | ClientErrorCode): string {
  return t(`common.error.${code}`);
}
