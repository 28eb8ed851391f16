import { describe, expect, it } from 'vitest';
import { translator } from '../utils/i18n';

describe('counted messages', () => {
  it('take the Arabic plural form the number calls for: zero, one, two, few, many, other', () => {
    const t = translator('ar');
    expect(['0', '1', '2', '5', '18', '100'].map((n) => t('panel.mentions', n))).toEqual([
      'لا إشارات',
      'إشارة واحدة',
      'إشارتان',
      '5 إشارات',
      '18 إشارة',
      '100 إشارة',
    ]);
    expect(t('options.entries', '112')).toBe('112 مدخلا'); // 112 counts as 12: «many»
    expect(t('options.entries', '100')).toBe('100 مدخل');
    expect(t('options.entries', '3')).toBe('3 مدخلات');
  });
  it('take the English singular for one and the plural otherwise', () => {
    const t = translator('en');
    expect(['0', '1', '2'].map((n) => t('panel.mentions', n))).toEqual(['0 mentions', '1 mention', '2 mentions']);
    expect(t('panel.adjectives', '1')).toBe('+1 related adjective');
  });
});
