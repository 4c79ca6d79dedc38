import type { LocalPhoto } from "../../local/local-db.ts";
import { whenText } from "../labels.ts";

/** When a photo was taken, in the app's language ("5 Dec 2026, 08:10", "5 dic 2026, 8:10"). */
export const photoDate = (p: Pick<LocalPhoto, "takenAt">): string => whenText(p.takenAt);
