/** The drawing's units: a cassette is 100.4 × 63.8 mm; hubs sit 42.5 mm apart. */
export const VIEW_W = 320;
export const VIEW_H = 204;
export const HUB_Y = 94;
export const LEFT_HUB_X = 108;
export const RIGHT_HUB_X = 212;
const PX_PER_CM = (RIGHT_HUB_X - LEFT_HUB_X) / 4.25;

export const cmToPx = (cm: number) => cm * PX_PER_CM;
