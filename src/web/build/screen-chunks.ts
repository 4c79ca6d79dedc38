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

/** How {@link screenChunks} names its chunks. */
export interface ChunkNames {
  /** The entry's chunk. */
  readonly entry: string;
  /** What two or more named screens share, the lean screen not among them. */
  readonly shared: string;
  /**
   * The named screen whose first load is kept lean (the player, opened hands-free): what it
   * shares with other named screens goes in a chunk of its own, `<shared>-<lean>`, so it never
   * loads what only the others share.
   */
  readonly lean?: string;
}

/**
 * A chunk per named screen and few chunks for what they share, instead of a chunk per set of
 * importers. The screens people open every day (Today, the player, the first visit's set-up)
 * each import a few dozen small modules that other screens share; the bundler's own split gives
 * each sharing set a file of its own, so a first load of Today was some forty requests, and a
 * phone on a slow network pays a round trip for every few. Here a module that a named screen
 * imports (statically, through any depth) and the app's entry does not goes in that screen's
 * chunk when only that screen imports it; one that two or more import goes in the shared chunk,
 * or in the lean screen's shared chunk when the lean screen is one of them. So Today and the
 * set-up load their own chunk and both shared ones, and the player its own and its shared one.
 * `screens` maps a chunk name to its module's path suffix.
 *
 * The entry's modules (the page's entry module, Preact, the router, the device's storage, the
 * bundler's preload helper, …) go in one chunk too: left to the bundler, every module the entry
 * shares with a screen was a file of its own, and the entry module and the preload helper were
 * two more requests before the app could start. A script entry (the pre-rendered pages' one
 * small script, which adds the app after the page has painted) keeps a file of its own.
 */
export function screenChunks(
  screens: Readonly<Record<string, string>>,
  names: ChunkNames = { entry: "app", shared: "daily" },
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
      // A page's own modules join the entry's chunk (the page is only HTML around them); a script
      // entry (a pre-rendered page's one small script) keeps its own file, or loading it would
      // load the whole app.
      for (const id of entry) {
        if (!entries.includes(id) || id.endsWith(".html")) chunkOf.set(id, names.entry);
      }
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
      for (const [id, importers] of owners) {
        const [only, ...more] = importers;
        if (only !== undefined && more.length === 0) chunkOf.set(id, only);
        else if (names.lean !== undefined && importers.includes(names.lean))
          chunkOf.set(id, `${names.shared}-${names.lean}`);
        else chunkOf.set(id, names.shared);
      }
    },
  };
  return {
    plugin,
    group: { name: (id) => chunkOf.get(id) ?? null, test: (id) => chunkOf.has(id) },
  };
}
