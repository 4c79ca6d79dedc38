import { sql } from "kysely";
import { buildExport } from "../../core/portability/export-format.ts";
import type { Store } from "../store/store.ts";

/** Records read per query while an export streams. */
export const exportPageSize = 200;

/**
 * An account's stored documents in the order the device's export lists them (by id), a page at
 * a time through an index on (user_id, id): the primary key on SQLite, and on PostgreSQL one in
 * the "C" collation (migration 0005), since PostgreSQL otherwise compares text in the
 * database's locale and JavaScript compares it code unit by code unit. An export never holds
 * the whole account in memory and never sorts it.
 */
export async function* exportDocs(store: Store, userId: string): AsyncGenerator<string[]> {
  const id = store.dialect === "postgres" ? sql`id collate "C"` : sql`id`;
  let after = "";
  for (;;) {
    const page = await sql<{ id: string; doc: string }>`select id, doc from records
      where user_id = ${userId} and ${id} > ${after}
      order by ${id} limit ${exportPageSize}`.execute(store.db);
    if (page.rows.length > 0) yield page.rows.map((r) => r.doc);
    if (page.rows.length < exportPageSize) return;
    after = page.rows[page.rows.length - 1]?.id ?? after;
  }
}

/**
 * The export document of an account as a byte stream: the same text `JSON.stringify` gives for
 * `buildExport(records, exportedAt)`, since each stored document is already the record's JSON.
 * The first page is read before the stream is returned, so a database that cannot serve fails
 * the request with an error answer rather than a cut-off file; a failure later aborts the
 * stream, which the client sees as a failed download, never as a shorter valid file.
 */
export async function exportStream(
  store: Store,
  userId: string,
  exportedAt: Date,
): Promise<ReadableStream<Uint8Array>> {
  const empty = JSON.stringify(buildExport([], exportedAt));
  const head = empty.slice(0, -"]}".length);
  const pages = exportDocs(store, userId);
  const encoder = new TextEncoder();
  let next: Promise<IteratorResult<string[]>> | undefined = Promise.resolve(await pages.next());
  let wroteRecord = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const page = await (next ?? pages.next());
        next = undefined;
        if (page.done) {
          controller.enqueue(encoder.encode(wroteRecord ? "]}" : `${head}]}`));
          controller.close();
          return;
        }
        const prefix = wroteRecord ? "," : head;
        wroteRecord = true;
        controller.enqueue(encoder.encode(prefix + page.value.join(",")));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
