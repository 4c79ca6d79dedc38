import type { SyncRecord } from "../../core/sync/record.ts";
import { type ApiResult, callApi, type Fetcher } from "./api-client.ts";

/** One page of records the device has not seen. */
export interface PullPage {
  readonly records: readonly SyncRecord[];
  readonly cursor: number;
  readonly more: boolean;
}

/** The sync endpoints, bound to one fetcher. */
export interface SyncApi {
  push(
    deviceId: string,
    records: readonly SyncRecord[],
  ): Promise<ApiResult<{ accepted: number; cursor: number }>>;
  pull(after: number, limit: number): Promise<ApiResult<PullPage>>;
}

/** The real sync endpoints over HTTP. */
export function httpSyncApi(fetcher?: Fetcher): SyncApi {
  return {
    push: (deviceId, records) =>
      callApi("/api/sync/push", { method: "POST", body: { deviceId, records } }, fetcher),
    pull: (after, limit) => callApi(`/api/sync/pull?after=${after}&limit=${limit}`, {}, fetcher),
  };
}
