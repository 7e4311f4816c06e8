/**
 * One stable colour per outlet, derived from its id alone so the same outlet has the same colour on every page and in
 * every build, whatever else is in the corpus. The hue comes from a hash of the id; the lightness is then walked until
 * the colour reads as text on the page background (WCAG AA, 4.5:1) in the light and in the dark theme. What it gives
 * up: two outlets can land on similar hues; colour is never the only cue (names are always printed beside it).
 */
import { fnv1a32 } from '../text/hash';

export interface OutletColour {
  /** For text and rules on the light background. */
  light: string;
  /** For text and rules on the dark background. */
  dark: string;
}

/**
 * Backgrounds outlet-coloured text can sit on (page, surface, the shade of one-outlet passages, a selected row), per
 * theme; app/globals.css uses the same values. The first is the page background.
 */
export const LIGHT_BACKGROUNDS = ['#fbfaf7', '#ffffff', '#eef3f8', '#fff4cc'] as const;
export const DARK_BACKGROUNDS = ['#17181b', '#1f2024', '#1f2a36', '#3a3314'] as const;
const MIN_CONTRAST = 4.5;

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

function toHex([r, g, b]: [number, number, number]): string {
  return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = fromHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function outletColour(id: string): OutletColour {
  // Multiply by the golden angle so neighbouring hash values do not give neighbouring hues.
  const hue = Math.round((fnv1a32(id) * 137.508) % 360);
  const readsOn = (colour: string, backgrounds: readonly string[]) =>
    backgrounds.every((bg) => contrastRatio(colour, bg) >= MIN_CONTRAST);
  // Integer percent steps, so the walk does not accumulate floating-point error.
  let light = toHex(hslToRgb(hue, 0.62, 0.42));
  for (let l = 42; l > 0 && !readsOn(light, LIGHT_BACKGROUNDS); l--)
    light = toHex(hslToRgb(hue, 0.62, l / 100));
  let dark = toHex(hslToRgb(hue, 0.7, 0.66));
  for (let l = 66; l < 100 && !readsOn(dark, DARK_BACKGROUNDS); l++)
    dark = toHex(hslToRgb(hue, 0.7, l / 100));
  return { light, dark };
}
