import * as S from "./face-shapes.ts";

/**
 * The drawn face, neck, collarbones and shoulders, eyes closed, hair tied back and a towel
 * across the chest. Decoration only (its SVG says what it shows); colours come from the art's
 * custom properties, so a theme changes them without touching the drawing. `ids` prefixes the
 * gradient ids, which must be unique on the page.
 */
export function FaceDrawing(props: { ids: string }) {
  const u = (name: string) => `url(#${props.ids}-${name})`;
  return (
    <g class="fa-drawing">
      <defs>
        <radialGradient id={`${props.ids}-skin`} cx="0.46" cy="0.42" r="0.62">
          <stop offset="0.55" class="fa-stop-skin" />
          <stop offset="1" class="fa-stop-shade" />
        </radialGradient>
        <linearGradient id={`${props.ids}-body`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" class="fa-stop-shade" />
          <stop offset="0.45" class="fa-stop-skin" />
        </linearGradient>
        <linearGradient id={`${props.ids}-jaw`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0.2" class="fa-stop-shade" stop-opacity="0.9" />
          <stop offset="1" class="fa-stop-shade" stop-opacity="0" />
        </linearGradient>
        <radialGradient id={`${props.ids}-blush`}>
          <stop offset="0" class="fa-stop-blush" stop-opacity="0.55" />
          <stop offset="1" class="fa-stop-blush" stop-opacity="0" />
        </radialGradient>
        <radialGradient id={`${props.ids}-glint`}>
          <stop offset="0" class="fa-stop-glint" stop-opacity="0.38" />
          <stop offset="1" class="fa-stop-glint" stop-opacity="0" />
        </radialGradient>
      </defs>
      <path d={S.HAIR_KNOT} class="fa-hair" />
      <path d={S.BODY} fill={u("body")} class="fa-skin-edge" />
      <path d={S.NECK_MUSCLES} class="fa-soft-line fa-faint" />
      <path d={S.JAW_SHADOW} fill={u("jaw")} />
      <path d={S.COLLARBONES} class="fa-bone" />
      <path d={S.STERNAL_NOTCH} class="fa-soft-line" />
      <path d={S.EARS} class="fa-ear" />
      <path d={S.EAR_INNER} class="fa-soft-line" />
      <path d={S.HEAD} fill={u("skin")} class="fa-skin-edge" />
      <ellipse cx="88" cy="146" rx="15" ry="11" fill={u("blush")} />
      <ellipse cx="152" cy="146" rx="15" ry="11" fill={u("blush")} />
      <ellipse cx="84" cy="127" rx="10" ry="6" fill={u("glint")} />
      <ellipse cx="156" cy="127" rx="10" ry="6" fill={u("glint")} />
      <ellipse cx="120" cy="72" rx="22" ry="10" fill={u("glint")} />
      <ellipse cx="120" cy="190" rx="7" ry="4" fill={u("glint")} />
      <path d={S.HAIR} class="fa-hair" />
      <path d={S.HAIR_STRANDS} class="fa-strand" />
      <path d={S.BROWS} class="fa-brow" />
      <path d={S.CREASES} class="fa-soft-line" />
      <path d={S.LIDS} class="fa-line" />
      <path d={S.LASHES} class="fa-lash" />
      <path d={S.NOSE_BRIDGE} class="fa-nose-shade" />
      <ellipse cx="120" cy="143" rx="4" ry="3" fill={u("glint")} />
      <path d={S.NOSTRILS} class="fa-line fa-nostril" />
      <path d={S.UPPER_LIP} class="fa-lip" />
      <path d={S.LOWER_LIP} class="fa-lip fa-lip-lower" />
      <path d={S.LIP_LINE} class="fa-line fa-lip-line" />
      <path d={S.TOWEL} class="fa-towel" />
      <path d={S.TOWEL_FOLDS} class="fa-towel-fold" />
    </g>
  );
}
