import type { Plugin } from "vite";

/** What {@link screenChunks} gives the build: a plugin, and the group that uses what it found. */
export interface ScreenChunks {
  readonly plugin: Plugin;
  /** A `codeSplitting` group: each module of the named screens in its screens' chunk. */
  readonly group: {
    readonly name: (id: string) => string | null;
    readonly test: (id: string) => boolean;
  };
}

/**
 * A chunk per named screen and one chunk for what they share, instead of a chunk per set of
 * importers. The screens people open every day (Today, the player, the first visit's set-up)
 * each import a few dozen small modules that other screens share; the bundler's own split gives
 * each sharing set a file of its own, so a first load of Today was some forty requests, and a
 * phone on a slow network pays a round trip for every few. Here a module that a named screen
 * imports (statically, through any depth) and the app's entry does not goes in that screen's
 * chunk when only that screen imports it, and in `sharedChunk` when two or more do: each named
 * screen loads its own chunk and the shared one, and the shared one, the largest, is the same
 * file for every daily screen (cached from whichever came first). `screens` maps a chunk name to its module's path suffix.
 *
 * The entry's modules (the page's entry itself, Preact, the router, the device's storage, the
 * bundler's preload helper, …) go in one chunk too, `entryChunk`: left to the bundler, every
 * module the entry shares with a screen was a file of its own, and the entry module and the
 * preload helper were two more requests before the app could start.
 */
export function screenChunks(
  screens: Readonly<Record<string, string>>,
  entryChunk = "app",
  sharedChunk = "daily",
): ScreenChunks {
  const chunkOf = new Map<string, string>();
  const plugin: Plugin = {
    name: "nura-screen-chunks",
    apply: "build",
    buildEnd(error) {
      if (error) return;
      chunkOf.clear();
      const ids = [...this.getModuleIds()];
      const reach = (starts: readonly string[]): Set<string> => {
        const seen = new Set<string>();
        const stack = [...starts];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      const entry = reach(entries);
      for (const id of entry) chunkOf.set(id, entryChunk);
      const owners = new Map<string, string[]>();
      for (const [name, suffix] of Object.entries(screens)) {
        const start = ids.find((id) => id.endsWith(suffix));
        if (!start) this.error(`screen-chunks: no module ends with ${suffix}`);
        for (const id of reach([start])) {
          // Virtual modules (catalogs, helpers) keep the chunks their plugins give them.
          if (entry.has(id) || id.startsWith("\0")) continue;
          owners.set(id, [...(owners.get(id) ?? []), name]);
        }
      }
      for (const [id, names] of owners) {
        const [only, ...more] = names;
        chunkOf.set(id, only === undefined || more.length > 0 ? sharedChunk : only);
      }
    },
  };
  return {
    plugin,
    group: { name: (id) => chunkOf.get(id) ?? null, test: (id) => chunkOf.has(id) },
  };
}
