import type { SyncRecord } from "../../core/sync/record.ts";
import { type ApiClient, type ApiResult, apiClient, callApi, type OkData } from "./api-client.ts";

type Sync = ApiClient["sync"];

/** What a push answers: how many records came, how many changed the account, its newest seq. */
export type Pushed = OkData<Awaited<ReturnType<Sync["push"]["$post"]>>>;
/** One page of records the device has not seen. */
export type PullPage = OkData<Awaited<ReturnType<Sync["pull"]["$get"]>>>;

/** The sync endpoints, bound to one fetcher. */
export interface SyncApi {
  push(deviceId: string, records: readonly SyncRecord[]): Promise<ApiResult<Pushed>>;
  pull(after: number, limit: number): Promise<ApiResult<PullPage>>;
}

/** The real sync endpoints over HTTP. */
export function httpSyncApi(api: ApiClient = apiClient()): SyncApi {
  return {
    push: (deviceId, records) =>
      callApi(() => api.sync.push.$post({ json: { deviceId, records: [...records] } })),
    pull: (after, limit) =>
      callApi(() => api.sync.pull.$get({ query: { after: String(after), limit: String(limit) } })),
  };
}
