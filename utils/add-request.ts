import { ENTITY_TYPES, type EntityType } from '@/lexicon/schema';

/**
 * A name on its way from a page to the settings page's editor, as the settings page's address carries it:
 * `options.html#add=<text>[&type=<type>][&from=<the sentence it came from>]` (the context menu sends the text
 * alone; the side panel's "Add to lexicon" all three).
 */
export interface AddRequest {
  text: string;
  type?: EntityType;
  from?: string;
}

export function addRequestHash({ text, type, from }: AddRequest): string {
  const params = new URLSearchParams({ add: text });
  if (type) params.set('type', type);
  if (from) params.set('from', from);
  return `#${params}`;
}

/** The request in a settings page address's hash, or null; a type that is not one is dropped. */
export function addRequestOf(hash: string): AddRequest | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = params.get('add')?.trim();
  if (!text) return null;
  const type = params.get('type') as EntityType | null;
  const from = params.get('from')?.trim();
  return { text, ...(type && ENTITY_TYPES.includes(type) ? { type } : {}), ...(from ? { from } : {}) };
}
