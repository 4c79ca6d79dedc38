import type { ErrorCode } from "../../server/api-types.ts";

/** The one code the app makes itself, besides the server's list: the server was not reached. */
export type ClientErrorCode = "offline";

/** What an API call came back with: the data, or a problem a person can read. */
export type ApiResult<T> =
  | { readonly ok: true; readonly data: T }
  | {
      readonly ok: false;
      /** 0 when the server could not be reached at all. */
      readonly status: number;
      readonly code: ErrorCode | ClientErrorCode;
      readonly message: string;
    };

/** The HTTP calls the sync client makes; tests pass a fake. */
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>;

const browserFetch: Fetcher = (path, init) => fetch(path, { credentials: "same-origin", ...init });

/** Calls the API and unwraps `{error:{code,message}}` bodies; never throws. */
export async function callApi<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
  fetcher: Fetcher = browserFetch,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetcher(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, status: 0, code: "offline", message: "Nura's server can't be reached." };
  }
  if (res.status === 204) return { ok: true, data: undefined as T };
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (res.ok) return { ok: true, data: json as T };
  const err = (
    json as { error?: { code?: ErrorCode | ClientErrorCode; message?: string } } | undefined
  )?.error;
  return {
    ok: false,
    status: res.status,
    code: err?.code ?? "internal",
    message: err?.message ?? `The server answered ${res.status}.`,
  };
}
