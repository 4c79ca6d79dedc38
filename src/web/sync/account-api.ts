import { type ApiClient, apiClient, callApi, type OkData } from "./api-client.ts";

type Answer<F extends (...args: never[]) => Promise<unknown>> = OkData<Awaited<ReturnType<F>>>;

/** The signed-in account as the server describes it. */
export type Account = Answer<ApiClient["me"]["$get"]>;

/** One signed-in browser of the account, as `GET /api/me/sessions` lists it. */
export type SessionInfo = Answer<ApiClient["me"]["sessions"]["$get"]>["sessions"][number];

/** The account endpoints, typed by the server's routes. */
export function accountApi(api: ApiClient = apiClient()) {
  return {
    me: () => callApi(() => api.me.$get()),
    register: (email: string, password: string) =>
      callApi(() => api.auth.register.$post({ json: { email, password } })),
    login: (email: string, password: string) =>
      callApi(() => api.auth.login.$post({ json: { email, password } })),
    logout: () => callApi(() => api.auth.logout.$post()),
    deleteAccount: (password: string) => callApi(() => api.me.$delete({ json: { password } })),
    changePassword: (current: string, next: string) =>
      callApi(() => api.me.password.$post({ json: { current, next } })),
    sessions: () => callApi(() => api.me.sessions.$get()),
    endOtherSessions: () => callApi(() => api.me.sessions.$delete()),
    resetOptions: () => callApi(() => api.auth.reset.$get()),
    requestReset: (email: string) => callApi(() => api.auth.reset.$post({ json: { email } })),
    confirmReset: (token: string, password: string) =>
      callApi(() => api.auth.reset.confirm.$post({ json: { token, password } })),
  };
}

export type AccountApi = ReturnType<typeof accountApi>;
