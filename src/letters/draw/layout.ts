// Page geometry in millimetres. The address field follows DIN 5008 form B (window 45 mm from the top,
// return address, then the endorsement zone for the sending method, then the address); the right
// window is the French/Italian/Spanish DL position (about 100 mm from the left edge).
import type { LetterLayout } from '../types';

export interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  /** Lowest y for body text (the page label sits below). */
  bottom: number;
  /** x of the address field. */
  addressX: number;
  addressWidth: number;
}

export function geometry(layout: LetterLayout): Geometry {
  const [width, height] = layout.page === 'letter' ? [215.9, 279.4] : [210, 297];
  const left = 25;
  const right = width - 20;
  return {
    width,
    height,
    left,
    right,
    bottom: height - 18,
    addressX: layout.window === 'right' ? width - 20 - 85 : left,
    addressWidth: 80,
  };
}

/** Vertical positions of the first page (mm from the top). */
export const FIRST = {
  letterheadTop: 14,
  returnAddress: 50,
  marking: 56,
  recipient: 64,
  placeDate: 98,
  subject: 107,
  body: 116,
};

/** Body start on continuation pages, below the running header. */
export const CONTINUED_BODY = 26;

export const SIZE = { body: 10, small: 8, tiny: 6.5, name: 14, subject: 10.5 };
/** Line height in mm per point of font size (1.25 × 1 pt = 0.3528 mm). */
export const LEADING = 0.441;
