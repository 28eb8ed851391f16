import type { EntityType } from '@/lexicon/schema';

/** Colours that read on light and dark pages alike: translucent fills, with a type-coloured underline. */
export const TYPE_COLOURS: Record<EntityType, string> = {
  country: '37, 99, 235',
  place: '22, 163, 74',
  person: '217, 119, 6',
  organization: '124, 58, 237',
  military: '220, 38, 38',
  event: '8, 145, 178',
  media: '107, 114, 128',
};

/** The default colour of each type as #rrggbb, for colour inputs. */
export const defaultHex = (type: EntityType): string =>
  '#' +
  TYPE_COLOURS[type]
    .split(',')
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('');

/** #rrggbb → "r, g, b", or null for anything else (a colour from storage is never trusted as CSS). */
export function rgbOf(hex: string | undefined): string | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m
    ? m
        .slice(1)
        .map((h) => parseInt(h, 16))
        .join(', ')
    : null;
}

/** A type's colour as "r, g, b": the reader's choice, else the default. The one source of the per-type colours. */
export const typeRgb = (type: EntityType, colours: Partial<Record<EntityType, string>> = {}): string => rgbOf(colours[type]) ?? TYPE_COLOURS[type];
