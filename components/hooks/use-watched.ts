import { useEffect, useState } from 'preact/hooks';
import { settingsItem } from '@/utils/settings-store';
import type { Settings } from '@/utils/settings';
import { dismissedNames } from '@/utils/dismissed-names';
import { loadRecords } from '@/utils/lexicon-store';
import { watchRecords } from '@/utils/lexicon-records';
import type { UserRecord } from '@/lexicon/user-lexicon';

/**
 * A stored value kept current in a component: read once, read again whenever `watch` says it changed, and unwatched
 * when the component goes. Null until the first read. A read that a newer one overtook is dropped.
 */
export function useWatched<T>(read: () => Promise<T>, watch: (changed: () => void) => () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let latest = 0;
    const reload = () => {
      const ticket = ++latest;
      void read().then((v) => ticket === latest && setValue(() => v));
    };
    reload();
    const unwatch = watch(reload);
    return () => {
      latest = -1;
      unwatch();
    };
  }, [read, watch]);
  return value;
}

// Module-level, so that every render hands useWatched the same functions and its effect runs once.
const watchSettings = (changed: () => void) => settingsItem.watch(changed);
const readDismissed = () => dismissedNames.getValue();
const watchDismissed = (changed: () => void) => dismissedNames.watch(changed);

/** The reader's settings, checked and completed with defaults. */
export const useSettings = (): Settings | null => useWatched(settingsItem.getValue, watchSettings);

/** The reader's own lexicon records, upgraded to the current version. */
export const useReaderRecords = (): UserRecord[] | null => useWatched(loadRecords, watchRecords);

/** The names the reader said are not names. */
export const useDismissedNames = (): string[] | null => useWatched(readDismissed, watchDismissed);
