import type { CSSProperties } from 'react';
import type { OutletColour } from '@/lib/view/colour';

/** CSS custom properties the `.oc` class reads: the outlet's colour for the light and the dark theme. */
export function colourStyle(colour: OutletColour): CSSProperties {
  return { '--c-l': colour.light, '--c-d': colour.dark } as CSSProperties;
}

export function OutletChip({ name, colour }: { name: string; colour: OutletColour }) {
  return (
    <span className="chip oc" style={colourStyle(colour)}>
      {name}
    </span>
  );
}
