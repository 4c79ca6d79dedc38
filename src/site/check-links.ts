import { CLAIM_IDS } from "../core/evidence/claims.ts";
import { TECHNIQUE_IDS } from "../core/model/techniques.ts";
import { ZONE_IDS } from "../core/model/zones.ts";

/** What the link check knows of one guide. */
export interface LinkedGuide {
  readonly slug: string;
  readonly links: readonly string[];
  readonly related: readonly string[];
  /** Ids of the guide's headings, for `#fragment` links. */
  readonly anchors: readonly string[];
}

/** App pages a guide may link to besides guides, techniques, zones and evidence. */
const APP_PAGES = new Set(["/", "/learn", "/learn/guides", "/learn/evidence"]);

const member = (list: readonly string[], id: string) => list.includes(id);

/** Why an internal link target does not exist, or null when it does. */
function brokenReason(
  href: string,
  guides: ReadonlyMap<string, LinkedGuide>,
  self: LinkedGuide,
): string | null {
  const [path = "", fragment] = href.split("#", 2);
  if (path === "") {
    return fragment && !self.anchors.includes(fragment)
      ? `no heading #${fragment} in this guide`
      : null;
  }
  const guide = /^\/learn\/guides\/([^/]+)$/.exec(path);
  if (guide) {
    const target = guides.get(guide[1] ?? "");
    if (!target) return `no guide "${guide[1]}"`;
    if (fragment && !target.anchors.includes(fragment))
      return `no heading #${fragment} in guide "${target.slug}"`;
    return null;
  }
  const technique = /^\/learn\/techniques\/([^/]+)$/.exec(path);
  if (technique)
    return member(TECHNIQUE_IDS, technique[1] ?? "") ? null : `no technique "${technique[1]}"`;
  const zone = /^\/learn\/zones\/([^/]+)$/.exec(path);
  if (zone) return member(ZONE_IDS, zone[1] ?? "") ? null : `no zone "${zone[1]}"`;
  if (path === "/learn/evidence" && fragment && !member(CLAIM_IDS, fragment))
    return `no claim #${fragment} on the evidence page`;
  if (APP_PAGES.has(path)) return null;
  return "not a page of the app (guides link as /learn/guides/<slug>)";
}

/**
 * Checks every link between guides (and into the technique, zone and evidence pages) and every
 * `related` slug. Returns one message per broken link, naming the guide and the target.
 */
export function checkLinks(all: readonly LinkedGuide[]): string[] {
  const guides = new Map(all.map((g) => [g.slug, g]));
  const problems: string[] = [];
  for (const g of all) {
    for (const href of g.links) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const reason = brokenReason(href, guides, g);
      if (reason) problems.push(`${g.slug}.md: broken link ${href}: ${reason}`);
    }
    for (const slug of g.related) {
      if (!guides.has(slug)) problems.push(`${g.slug}.md: related guide "${slug}" does not exist`);
      if (slug === g.slug) problems.push(`${g.slug}.md: a guide cannot be related to itself`);
    }
  }
  return problems;
}
