import type { EntityType } from '@/lexicon/schema';

/** Colours that read on light and dark pages alike: translucent fills, with a type-coloured underline. */
export const TYPE_COLOURS: Record<EntityType, string> = {
  country: '37, 99, 235', place: '22, 163, 74', person: '217, 119, 6', organization: '124, 58, 237',
  military: '220, 38, 38', event: '8, 145, 178', media: '107, 114, 128',
};

/** The default colour of each type as #rrggbb, for colour inputs. */
export const defaultHex = (type: EntityType): string =>
  '#' + TYPE_COLOURS[type].split(',').map((n) => Number(n).toString(16).padStart(2, '0')).join('');
