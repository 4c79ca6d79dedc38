// Screens render in the unit tests outside a browser, so nothing starts the page's language
// (src/web/i18n/start-language.ts): they speak English, as a first visit from an English
// browser does.
import { translatorFor } from "../../src/i18n/node-translator.ts";
import { setTranslator } from "../../src/web/i18n/language.ts";

setTranslator(translatorFor("en"));
