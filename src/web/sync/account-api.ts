import { type ApiResult, callApi, type Fetcher } from "./api-client.ts";

/** The signed-in account as the server describes it. */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
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
  };
}

export type AccountApi = ReturnType<typeof accountApi>;
