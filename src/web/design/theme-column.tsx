import { ActionsSection } from "./actions-section.tsx";
import { ChoicesSection } from "./choices-section.tsx";
import { FeedbackSection } from "./feedback-section.tsx";
import { FoundationsSection } from "./foundations-section.tsx";
import { InputsSection } from "./inputs-section.tsx";
import { SurfacesSection } from "./surfaces-section.tsx";

/** One theme's half of the page: the whole system under `data-theme`. */
export function ThemeColumn(props: { readonly theme: "light" | "dark" }) {
  const name = props.theme === "light" ? "Light" : "Dark";
  return (
    <section
      data-theme={props.theme}
      class="design-column"
      aria-labelledby={`${props.theme}-title`}
    >
      <h2 id={`${props.theme}-title`} class="design-column__title">
        {name} theme
      </h2>
      <FoundationsSection theme={props.theme} />
      <ActionsSection />
      <ChoicesSection />
      <InputsSection />
      <SurfacesSection />
      <FeedbackSection />
    </section>
  );
}
