import { type ClientResponse, hc } from "hono/client";
import type { ResponseFormat } from "hono/types";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { Api, ErrorCode } from "../../server/api-types.ts";

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

/** The HTTP calls the app makes; tests pass a fake. */
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>;

const browserFetch: Fetcher = (path, init) => fetch(path, { credentials: "same-origin", ...init });

/**
 * The API under /api, typed by the server's own routes (Hono's client over `createApi`'s type):
 * a field renamed, added or dropped on the server fails the web's type check where it is used.
 */
export function apiClient(fetcher: Fetcher = browserFetch) {
  return hc<Api>("/api", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      fetcher(
        typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
        init,
      ),
  });
}

/** The typed API; see {@link apiClient}. */
export type ApiClient = ReturnType<typeof apiClient>;

/** What a successful answer of `R` carries: its JSON, or nothing (204). */
export type OkData<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? S extends SuccessStatusCode
      ? F extends "json"
        ? T
        : undefined
      : never
    : never;

/**
 * Sends one typed call and reads its answer, never throwing: a fetch that fails is the
 * `offline` result, a `{error:{code,message}}` body the server's problem, so every screen and
 * the sync engine keep one error path.
 */
export async function callApi<R extends ClientResponse<unknown, number, ResponseFormat>>(
  send: () => Promise<R>,
): Promise<ApiResult<OkData<R>>> {
  let res: R;
  try {
    res = await send();
  } catch {
    return { ok: false, status: 0, code: "offline", message: "Nura's server can't be reached." };
  }
  if (res.status === 204) return { ok: true, data: undefined as OkData<R> };
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (res.ok) return { ok: true, data: json as OkData<R> };
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
