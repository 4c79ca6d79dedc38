/**
 * Compile-time proof that the web's API calls are typed by the server's routes: each call below
 * is wrong on purpose, and `npm run typecheck` fails if any of them compiles (an unused
 * `@ts-expect-error` is an error). Never run; nothing here is imported.
 */
import { apiClient, callApi } from "./api-client.ts";
import type { Pushed } from "./sync-api.ts";

const api = apiClient(async () => new Response(null, { status: 204 }));

/** A push must carry the device id; its answer has `changed`, a number. */
export async function pushChecks(pushed: Pushed): Promise<readonly unknown[]> {
  // @ts-expect-error deviceId is required
  await api.sync.push.$post({ json: { records: [] } });
  const changed: number = pushed.changed;
  // @ts-expect-error changed is a number, not text
  const asText: string = pushed.changed;
  return [changed, asText];
}

/** Sign-in takes an email and a password and nothing else; the account has no name. */
export async function accountChecks(): Promise<readonly unknown[]> {
  // @ts-expect-error the server refuses an unknown field, and so does the type
  await api.auth.login.$post({ json: { email: "a@b.c", password: "pw", remember: true } });
  const me = await callApi(() => api.me.$get());
  if (me.ok) {
    const email: string = me.data.email;
    // @ts-expect-error the account has no name
    const name: string = me.data.name;
    return [email, name];
  }
  return [];
}

/** The planner's input is core's PlanInput: minutes are a number, the slot one of three. */
export async function planChecks(): Promise<void> {
  const date = "2026-05-20";
  await api.plan.$post({ json: { slot: "am", minutes: 5, medium: "serum", date } });
  // @ts-expect-error minutes is a number
  await api.plan.$post({ json: { slot: "am", minutes: "5", medium: "serum", date } });
  // @ts-expect-error there is no noon slot
  await api.plan.$post({ json: { slot: "noon", minutes: 5, medium: "serum", date } });
}

/** A pull's query is the cursor and the page size, as text; there is no such route as `pulls`. */
export async function pullChecks(): Promise<void> {
  await api.sync.pull.$get({ query: { after: "0", limit: "100" } });
  // @ts-expect-error the query is text, as it travels
  await api.sync.pull.$get({ query: { after: 0 } });
  // @ts-expect-error no such route
  await api.sync.pulls.$get();
}
