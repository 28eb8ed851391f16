import type { ComponentChildren } from 'preact';
import { LocaleProvider } from '../components/locale';

/** `ui` as the extension's pages render it for a reader who chose Arabic (components speak English otherwise). */
export const inArabic = (ui: ComponentChildren) => <LocaleProvider lang="ar">{ui}</LocaleProvider>;
