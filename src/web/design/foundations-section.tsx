import tokensCss from "../styles/tokens.css?raw";
import { contrastRatio, readTokenThemes } from "../ui/contrast.ts";
import { contrastPairs } from "../ui/contrast-pairs.ts";
import { Row, Specimen } from "./specimen.tsx";
import "./foundations-section.css";

const themes = readTokenThemes(tokensCss);

const swatchGroups = [
  ["Surfaces", ["bg", "surface", "surface-raised", "surface-sunken"]],
  ["Text and edges", ["text", "text-muted", "border", "border-strong", "focus"]],
  ["Primary", ["primary", "primary-hover", "on-primary", "primary-soft", "on-primary-soft"]],
  ["Danger", ["danger", "danger-hover", "on-danger", "danger-soft", "on-danger-soft"]],
  ["Notices", ["success-soft", "warning-soft", "accent-soft", "inverse", "inverse-action"]],
] as const;

const typeScale = ["3xl", "2xl", "xl", "lg", "md", "sm", "xs"] as const;
const spaces = [1, 2, 3, 4, 6, 8, 12, 16] as const;
const radii = ["sm", "md", "lg", "xl", "full"] as const;

/** Colours (with the contrast table), type, space, radii and elevation of one theme. */
export function FoundationsSection(props: { readonly theme: "light" | "dark" }) {
  const values = themes[props.theme];
  const failing = contrastPairs.filter(
    (p) => contrastRatio(values[p.fg] ?? "", values[p.bg] ?? "") < p.min,
  ).length;
  return (
    <>
      <Specimen title="Colour">
        {swatchGroups.map(([group, names]) => (
          <Row key={group} label={group}>
            <ul class="swatches">
              {names.map((n) => (
                <li key={n} class="swatch">
                  <span class="swatch__chip" style={{ background: `var(--color-${n})` }} />
                  <span class="swatch__name">{n}</span>
                  <code class="swatch__value">{values[`--color-${n}`]}</code>
                </li>
              ))}
            </ul>
          </Row>
        ))}
        <details class="contrast">
          <summary class="contrast__summary">
            {contrastPairs.length} contrast pairs,{" "}
            {failing === 0 ? "all at WCAG AA or better" : `${failing} below AA`}
          </summary>
          <table class="contrast__table">
            <thead>
              <tr>
                <th scope="col">Text or edge</th>
                <th scope="col">On</th>
                <th scope="col">Ratio</th>
              </tr>
            </thead>
            <tbody>
              {contrastPairs.map((p) => (
                <tr key={`${p.fg} ${p.bg}`}>
                  <td>
                    {p.fg.slice(8)}
                    <span class="contrast__use">{p.use}</span>
                  </td>
                  <td>{p.bg.slice(8)}</td>
                  <td>
                    {contrastRatio(values[p.fg] ?? "", values[p.bg] ?? "").toFixed(1)} ≥ {p.min}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Specimen>
      <Specimen title="Type" note="Figtree, variable weight, self-hosted (Latin subset).">
        {typeScale.map((t) => (
          <p key={t} class="type-sample" style={{ fontSize: `var(--text-${t})` }}>
            <span class="type-sample__token">text-{t}</span> Calm hands, clear face
          </p>
        ))}
        <p class="type-sample">
          <span class="type-sample__token">weights</span>
          {(["regular", "medium", "semibold", "bold"] as const).map((w) => (
            <span key={w} style={{ fontWeight: `var(--weight-${w})` }}>
              {w}{" "}
            </span>
          ))}
        </p>
        <p class="type-sample">
          <span class="type-sample__token">es · de</span>¿Qué tal? ¡Mañana! Übung für Gesicht, Stirn
          und Kiefer – ß ä ö ü á é í ó ú ñ
        </p>
      </Specimen>
      <Specimen title="Space, radius, elevation">
        <Row label="space">
          <div class="spaces">
            {spaces.map((s) => (
              <span key={s} class="space" style={{ width: `var(--space-${s})` }}>
                <span class="space__label">{s}</span>
              </span>
            ))}
          </div>
        </Row>
        <Row label="radius">
          {radii.map((r) => (
            <span key={r} class="radius" style={{ borderRadius: `var(--radius-${r})` }}>
              {r}
            </span>
          ))}
        </Row>
        <Row label="shadow">
          {[1, 2, 3].map((s) => (
            <span key={s} class="elevation" style={{ boxShadow: `var(--shadow-${s})` }}>
              {s}
            </span>
          ))}
        </Row>
      </Specimen>
    </>
  );
}
