import { relationsOf } from './relations';
import type { Bilingual, Entry, Relation } from './schema';

/** Everything a card shows about one entry: the entry, its relations from both ends, and the names they need. */
export interface CardView {
  entry: Entry;
  relations: Relation[];
  names: Record<string, Bilingual>;
}

export function cardView(id: string, entries: readonly Entry[]): CardView | null {
  const entry = entries.find((e) => e.id === id);
  if (!entry) return null;
  const relations = relationsOf(id, entries);
  const names: Record<string, Bilingual> = {};
  for (const r of relations) {
    const target = entries.find((e) => e.id === r.target);
    if (target) names[r.target] = target.name;
  }
  return { entry, relations, names };
}
