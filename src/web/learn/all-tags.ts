/** Every tag the guides use, sorted. */
export function allTags(guides: readonly { readonly tags: readonly string[] }[]): string[] {
  return [...new Set(guides.flatMap((g) => g.tags))].sort();
}
