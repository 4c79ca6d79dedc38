import { render } from "preact";
import enCore from "../../i18n/catalogs/en/core.json" with { type: "json" };
import enWeb from "../../i18n/catalogs/en/web.json" with { type: "json" };
import { lazyTranslator } from "../../i18n/translator.ts";
import { setTranslator } from "../i18n/language.ts";
import { DesignPage } from "./design-page.tsx";
import "../styles/tokens.css";
import "./design.css";

// The components take their default words ("Close", the stepper's minutes) from the catalogs;
// this dev-only page is built without the catalog plugin, so it reads the English ones as written.
setTranslator(lazyTranslator("en", { ...enCore, ...enWeb }, "design"));

const root = document.getElementById("design");
if (root) render(<DesignPage />, root);
