import type { EntityType } from '@/lexicon/schema';
import { typeRgb } from '@/utils/colours';

/** The dot of a type's colour, as the page paints that type: the reader's colour where they chose one. */
export function TypeSwatch({ type, colours }: { type: EntityType; colours: Partial<Record<EntityType, string>> }) {
  return <span class="anc-dot" data-type={type} style={{ backgroundColor: `rgb(${typeRgb(type, colours)})` }} aria-hidden="true" />;
}
