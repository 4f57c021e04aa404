/**
 * The theme colours offered first (the same nine the application hands out in turn when no
 * colour is chosen), light enough for a highlight under black text.
 */
export const THEME_PALETTE = ['#f4c542', '#7cc6fe', '#f497b6', '#9be89b', '#c7a4ff', '#ffb36b', '#6fe0d6', '#e6e66a', '#ff8f8f'] as const;

/** The colour a new theme starts with: the next one in the palette. */
export function nextColour(themeCount: number): string {
  return THEME_PALETTE[themeCount % THEME_PALETTE.length];
}
