/** Lit zone areas: a soft fill and an edge with at least 3:1 against the skin. */
export function ZoneGlow(props: { paths: readonly string[] }) {
  return (
    <g class="fa-glow">
      {props.paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </g>
  );
}
