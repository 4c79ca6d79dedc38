import { useState } from "preact/hooks";
import { LOCALE_NAMES, LOCALES, type Locale } from "../../core/i18n/locales.ts";
import { LANGUAGE_SECTION, languageSetting } from "../../core/setup/language-setting.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { appPath, localePath } from "../i18n/locale-path.ts";
import type { Records } from "../local/records.ts";
import { updateSettings } from "../local/settings.ts";
import { Button } from "../ui/button.tsx";
import { SelectField } from "../ui/select-field.tsx";

/**
 * The language picker: each language named in itself, so a person who cannot read the current
 * one still finds theirs. Saving writes the synced `language` section, then loads this page in
 * the chosen language (the page's language is set once, before it renders; only that language's
 * catalog is downloaded).
 */
export function LanguageForm(props: { readonly records: Records }) {
  const [chosen, setChosen] = useState<Locale>(t.locale);
  const saving = useAction(t("settings.language.saving"), async () => {
    await updateSettings(props.records, LANGUAGE_SECTION, { ...languageSetting(chosen) });
    const here = appPath(location.pathname);
    if (chosen !== t.locale) location.assign(localePath(chosen, here) + location.hash);
  });
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        saving.run();
      }}
    >
      <SelectField
        id="language"
        label={t("settings.language.label")}
        hint={t("settings.language.hint")}
        value={chosen}
        onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" variant="secondary" busy={saving.busy.value}>
          {t("settings.language.save")}
        </Button>
      </div>
      <ProblemNotice problem={saving.problem.value} />
    </form>
  );
}
