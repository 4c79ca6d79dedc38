import type { Locale } from "../../core/i18n/locales.ts";
import type { CompiledCatalog } from "../../i18n/compile-catalog.ts";
import type { MessageGroup } from "../../i18n/message-groups.ts";
import type { Translator } from "../../i18n/message-ids.ts";
import { translatorFrom } from "../../i18n/translator.ts";

/** Downloads one group of the page's language (a chunk the build made; precached offline). */
export type GroupLoader = (group: MessageGroup) => Promise<{ readonly messages: CompiledCatalog }>;

interface Page {
  readonly load: GroupLoader;
  /** Every message loaded so far; the page's translator reads it, so it grows in place. */
  readonly messages: Record<string, CompiledCatalog[string]>;
  readonly loading: Map<MessageGroup, Promise<void>>;
  readonly reported: Set<string>;
}

let page: Page | undefined;

/**
 * Starts the page's messages in `locale` and returns its translator, empty until groups are
 * loaded with {@link loadMessages}. A message said before its group arrived shows its id and
 * is reported once on the console: a screen that forgot to ask for a group shows in tests.
 */
export function startMessages(locale: Locale, load: GroupLoader): Translator {
  const started: Page = { load, messages: {}, loading: new Map(), reported: new Set() };
  page = started;
  return translatorFrom(locale, started.messages, (id) => {
    if (started.reported.has(id)) return;
    started.reported.add(id);
    console.error(`the message "${id}" was said before its group of the catalog was loaded`);
  });
}

/**
 * Loads the groups a screen says its words from, each once per page, with the screen's code
 * (see `lazyScreen`). A group that fails to download is tried again on the next call, so the
 * screen's retry retries it too. Outside a started page (unit tests, pre-rendering in Node,
 * whose translator has every message) there is nothing to load.
 */
export function loadMessages(groups: readonly MessageGroup[]): Promise<void> {
  const current = page;
  if (current === undefined) return Promise.resolve();
  return Promise.all(
    groups.map((group) => {
      let loading = current.loading.get(group);
      if (loading === undefined) {
        loading = current.load(group).then(
          ({ messages }) => {
            Object.assign(current.messages, messages);
          },
          (err: unknown) => {
            current.loading.delete(group);
            throw err;
          },
        );
        current.loading.set(group, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}
