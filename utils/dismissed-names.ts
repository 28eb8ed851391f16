import { storage } from 'wxt/utils/storage';

/** Names the reader said are not names ("Not a name" in the side panel), by normalised key; the newest last. */
export const dismissedNames = storage.defineItem<string[]>('local:dismissedNames', { fallback: [] });

/** Most dismissals kept: the oldest go first. */
const MAX_DISMISSED = 2000;

export async function dismissName(key: string): Promise<void> {
  const list = (await dismissedNames.getValue()).filter((k) => k !== key);
  await dismissedNames.setValue([...list, key].slice(-MAX_DISMISSED));
}
