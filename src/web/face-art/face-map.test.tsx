import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { FaceMap } from "./face-map.tsx";

const count = (html: string, needle: string) => html.split(needle).length - 1;
const glowPaths = (html: string) => {
  const at = html.indexOf('<g class="fa-glow">');
  return count(html.slice(at, html.indexOf("</g>", at)), "<path");
};

describe("the still face map", () => {
  it("lights zones on a side, and draws a zone's lines with their arrows", () => {
    const html = render(
      <FaceMap
        lit={["cheeks", "forehead"]}
        side="left"
        flow={{ zone: "cheeks", side: "both" }}
        label="Cheeks, left side"
      />,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Cheeks, left side"');
    // The left cheek, and the forehead's one midline area.
    expect(glowPaths(html)).toBe(2);
    // Three cheek lines on each side, each with an arrowhead.
    expect(count(html, 'class="fa-arrow"')).toBe(6);
    expect(html).not.toContain("fa-choosable");
  });

  it("draws a zone without lines by its direction", () => {
    const html = render(<FaceMap lit={["temples"]} flow={{ zone: "temples", side: "right" }} />);
    expect(count(html, 'class="fa-arrow"')).toBe(1);
    expect(glowPaths(html)).toBe(2);
  });

  it("becomes a picker: a checkbox per zone, and every zone tappable on the picture", () => {
    const html = render(
      <FaceMap
        selection={{ legend: "Where was it injected?", selected: ["brows"], onToggle: () => {} }}
      />,
    );
    expect(html).toContain("<legend>Where was it injected?</legend>");
    expect(count(html, 'type="checkbox"')).toBe(14);
    expect(count(html, "checked")).toBe(1);
    expect(html).toContain('aria-hidden="true"');
    // Twelve paired zones drawn on both sides, the forehead and the mouth once.
    expect(count(html, "data-zone=")).toBe(26);
    expect(glowPaths(html)).toBe(2);
  });
});
