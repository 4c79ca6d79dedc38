import type { LocalPhoto } from "../../local/local-db.ts";

const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** When a photo was taken, in words of the device's language ("5 Dec 2026, 08:10"). */
export const photoDate = (p: Pick<LocalPhoto, "takenAt">) => format.format(new Date(p.takenAt));
