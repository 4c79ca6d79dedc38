import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/i18n/locales.ts";
import { compiledAppGroups } from "./catalog-plugin.ts";
import deCore from "./catalogs/de/core.json" with { type: "json" };
import enCore from "./catalogs/en/core.json" with { type: "json" };
import esCore from "./catalogs/es/core.json" with { type: "json" };
import { BASE_CORE_PREFIXES, groupOf, MESSAGE_GROUPS, WEB_AREAS } from "./message-groups.ts";
import { RAW_CATALOGS } from "./node-translator.ts";

const CORE = { en: enCore, es: esCore, de: deCore } as const;

describe("message groups", () => {
  it("puts core's player words in the base group and the rest of core in `core`", () => {
    expect(groupOf("zone.cheeks.name", "core")).toBe("base");
    expect(groupOf("cue.opening.full", "core")).toBe("base");
    expect(groupOf("reason.infection.stop", "core")).toBe("core");
    expect(groupOf("routine.kind.serum.name", "core")).toBe("core");
  });

  it("gives a screen's words its area's group and refuses an unknown area", () => {
    expect(groupOf("today.start", "web")).toBe("today");
    expect(groupOf("shell.nav.today", "web")).toBe("base");
    expect(groupOf("checkin.saved", "web")).toBeUndefined();
    expect(groupOf("nothing", "web")).toBeUndefined();
  });

  it("keeps screen areas apart from core's id prefixes, so no id could mean two groups", () => {
    const corePrefixes = new Set(Object.keys(enCore).map((id) => id.split(".")[0]));
    for (const area of WEB_AREAS) expect(corePrefixes.has(area), area).toBe(false);
    for (const prefix of BASE_CORE_PREFIXES) expect(corePrefixes.has(prefix), prefix).toBe(true);
  });

  for (const locale of LOCALES) {
    it(`splits every ${locale} app message into exactly one group`, () => {
      const groups = compiledAppGroups(locale);
      expect(Object.keys(groups).sort()).toEqual([...MESSAGE_GROUPS].sort());
      const ids = Object.values(groups).flatMap((g) => Object.keys(g));
      expect(new Set(ids).size).toBe(ids.length);
      const app = Object.keys(RAW_CATALOGS[locale]).filter(
        (id) => Object.hasOwn(CORE[locale], id) || groupOf(id, "web") !== undefined,
      );
      expect(ids.sort()).toEqual(app.sort());
      expect(Object.keys(groups.base).length).toBeGreaterThan(100);
      expect(Object.keys(groups.core).length).toBeGreaterThan(100);
    });
  }
});
