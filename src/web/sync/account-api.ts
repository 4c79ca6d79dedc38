import { type ApiResult, callApi, type Fetcher } from "./api-client.ts";

/** The signed-in account as the server describes it. */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
}

/** One signed-in browser of the account, as `GET /api/me/sessions` lists it. */
export interface SessionInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly userAgent: string | null;
  readonly current: boolean;
}

/** The account endpoints, bound to one fetcher. */
export function accountApi(fetcher?: Fetcher) {
  return {
    me: (): Promise<ApiResult<Account>> => callApi("/api/me", {}, fetcher),
    register: (email: string, password: string): Promise<ApiResult<Account>> =>
      callApi("/api/auth/register", { method: "POST", body: { email, password } }, fetcher),
    login: (email: string, password: string): Promise<ApiResult<Account>> =>
      callApi("/api/auth/login", { method: "POST", body: { email, password } }, fetcher),
    logout: (): Promise<ApiResult<void>> =>
      callApi("/api/auth/logout", { method: "POST", body: {} }, fetcher),
    deleteAccount: (password: string): Promise<ApiResult<void>> =>
      callApi("/api/me", { method: "DELETE", body: { password } }, fetcher),
    changePassword: (current: string, next: string): Promise<ApiResult<void>> =>
      callApi("/api/me/password", { method: "POST", body: { current, next } }, fetcher),
    sessions: (): Promise<ApiResult<{ sessions: SessionInfo[] }>> =>
      callApi("/api/me/sessions", {}, fetcher),
    endOtherSessions: (): Promise<ApiResult<{ ended: number }>> =>
      callApi("/api/me/sessions", { method: "DELETE" }, fetcher),
    resetOptions: (): Promise<ApiResult<{ byMail: boolean }>> =>
      callApi("/api/auth/reset", {}, fetcher),
    requestReset: (email: string): Promise<ApiResult<void>> =>
      callApi("/api/auth/reset", { method: "POST", body: { email } }, fetcher),
    confirmReset: (token: string, password: string): Promise<ApiResult<void>> =>
      callApi("/api/auth/reset/confirm", { method: "POST", body: { token, password } }, fetcher),
  };
}

export type AccountApi = ReturnType<typeof accountApi>;
