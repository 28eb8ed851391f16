import type { Entry, Relation, RelationType } from './schema';

/** Each relation type's reading from the other end: the data stores one direction, the cards show both. */
export const INVERSE: Readonly<Record<RelationType, RelationType>> = {
  'member-of': 'has-member',
  'has-member': 'member-of',
  'located-in': 'location-of',
  'location-of': 'located-in',
  'capital-of': 'has-capital',
  'has-capital': 'capital-of',
  'operated-by': 'operates',
  operates: 'operated-by',
  'guarantor-of': 'guaranteed-by',
  'guaranteed-by': 'guarantor-of',
  'hosted-by': 'hosts',
  hosts: 'hosted-by',
  leads: 'led-by',
  'led-by': 'leads',
  'part-of': 'has-part',
  'has-part': 'part-of',
  'participant-in': 'has-participant',
  'has-participant': 'participant-in',
  concerns: 'subject-of',
  'subject-of': 'concerns',
  related: 'related',
};

/**
 * All relations of one entry: its own, then those other entries state about it, turned around.
 * A relation stated at both ends appears once.
 */
export function relationsOf(id: string, entries: readonly Entry[]): Relation[] {
  const own = entries.find((e) => e.id === id)?.card.relations ?? [];
  const out: Relation[] = [...own];
  const seen = new Set(own.map((r) => `${r.type} ${r.target}`));
  for (const other of entries) {
    if (other.id === id) continue;
    for (const r of other.card.relations) {
      if (r.target !== id) continue;
      const inverse: Relation = { ...r, type: INVERSE[r.type], target: other.id };
      const key = `${inverse.type} ${inverse.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(inverse);
    }
  }
  return out;
}
