import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MessageGroup } from "../../i18n/message-groups.ts";
import type { AnyMessageId } from "../../i18n/message-ids.ts";
import { loadMessages, startMessages } from "./message-loading.ts";

const say = (t: (id: AnyMessageId) => string, id: string) => t(id as AnyMessageId);

describe("loading the catalog by groups", () => {
  afterEach(() => vi.restoreAllMocks());

  it("loads each group once, adds its messages to the translator, and retries a failed group", async () => {
    const asked: MessageGroup[] = [];
    let failToday = true;
    const t = startMessages("de", async (group) => {
      asked.push(group);
      if (group === "today" && failToday) throw new Error("offline");
      return { messages: { [`${group}.hello`]: compileMessageOrThrow(`Hallo aus ${group}`) } };
    });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});

    expect(say(t, "base.hello")).toBe("base.hello");
    expect(say(t, "base.hello")).toBe("base.hello");
    expect(error).toHaveBeenCalledTimes(1);

    await loadMessages(["base"]);
    await loadMessages(["base", "core"]);
    expect(asked).toEqual(["base", "core"]);
    expect(say(t, "base.hello")).toBe("Hallo aus base");
    expect(say(t, "core.hello")).toBe("Hallo aus core");

    await expect(loadMessages(["today"])).rejects.toThrow("offline");
    failToday = false;
    await loadMessages(["today"]);
    expect(asked).toEqual(["base", "core", "today", "today"]);
    expect(say(t, "today.hello")).toBe("Hallo aus today");
    expect(t.locale).toBe("de");
  });
});
