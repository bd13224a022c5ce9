import { PNG } from 'pngjs';

/** Colours of the icons: NHS blue and white. */
const BLUE = [0x00, 0x5e, 0xb8] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** Samples per pixel side, for smooth edges. */
const SUPERSAMPLE = 4;

type Shape = (x: number, y: number) => boolean;

/** A speech bubble in a unit square: a rounded box with a tail at the bottom left. */
function bubble(inset: number): Shape {
  const [left, top, right, bottom, radius] = [0.14 + inset, 0.2 + inset, 0.86 - inset, 0.68 - inset, Math.max(0.02, 0.1 - inset)];
  return (x, y) => {
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    const inBox = x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    // The tail: a triangle below the box, pointing down and left.
    const tail = y > bottom - 0.01 && y <= 0.84 - inset * 1.5 && x >= 0.26 + inset && x <= 0.26 + inset + (0.84 - inset * 1.5 - y) * 1.2;
    return inBox || tail;
  };
}

const dots: Shape = (x, y) => [0.34, 0.5, 0.66].some((cx) => (x - cx) ** 2 + (y - 0.44) ** 2 <= 0.055 ** 2);

function draw(size: number, paint: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [red, green, blue, alpha] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [r, g, b, a] = paint((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          // Premultiplied, so transparent samples do not darken the edges.
          red += r * a;
          green += g * a;
          blue += b * a;
          alpha += a;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = alpha === 0 ? 0 : Math.round(red / alpha);
      png.data[i + 1] = alpha === 0 ? 0 : Math.round(green / alpha);
      png.data[i + 2] = alpha === 0 ? 0 : Math.round(blue / alpha);
      png.data[i + 3] = Math.round((alpha / SUPERSAMPLE ** 2) * 255);
    }
  }
  return PNG.sync.write(png);
}

/** Teams' colour icon: 192x192, a white speech bubble on NHS blue. */
export function colourIcon(): Buffer {
  const outer = bubble(0);
  return draw(192, (x, y) => (outer(x, y) ? (dots(x, y) ? [...BLUE, 1] : [...WHITE, 1]) : [...BLUE, 1]));
}

/** Teams' outline icon: 32x32, white lines on transparent, as Teams requires. */
export function outlineIcon(): Buffer {
  const outer = bubble(0);
  const inner = bubble(0.07);
  return draw(32, (x, y) => (outer(x, y) && (!inner(x, y) || dots(x, y)) ? [...WHITE, 1] : [...WHITE, 0]));
}
