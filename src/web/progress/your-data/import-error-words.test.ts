import { describe, expect, it } from "vitest";
import { invalid } from "../../../core/validate/input-error.ts";
import { importErrorWords } from "./import-error-words.ts";

const words = (field: string, message: string) => importErrorWords(invalid(field, message).error);

describe("a refused import in words", () => {
  it("says what happened plainly and keeps the parser's words as the detail", () => {
    expect(words("format", 'this is not a Nura export (format must be "nura-export")')).toEqual({
      text: "This file is not a Nura export.",
      detail: 'this is not a Nura export (format must be "nura-export").',
    });
    expect(words("schemaVersion", "the file was made by a newer Nura (schema 2)").text).toBe(
      "A newer version of Nura made this file. Update the app, then import it.",
    );
    expect(words("file", "the file is not valid JSON; it may be cut short or changed").text).toBe(
      "The file could not be read: it may be cut short or not be a Nura export.",
    );
    expect(words("file", "the file is too large to be a Nura export").text).toBe(
      "The file is too large to be a Nura export.",
    );
  });

  it("calls a bad record or a forbidden key a damaged file", () => {
    expect(words("records[3].body.minutes", "records[3].body.minutes must be 1 to 60").text).toBe(
      "The file is damaged or was changed after it was exported, so none of it was used.",
    );
    expect(words("schemaVersion", "schemaVersion must be a whole number; got text").text).toBe(
      "The file is damaged or was changed after it was exported, so none of it was used.",
    );
  });
});
