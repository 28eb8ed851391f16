import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, settingsFrom, validSettings } from '../utils/settings';

describe('settings read from storage', () => {
  it('are the defaults when nothing is stored, or something that is not an object', () => {
    expect(settingsFrom({})).toEqual(DEFAULT_SETTINGS);
    expect(validSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });
  it('keep every valid field the reader chose', () => {
    const chosen = {
      paused: true,
      pausedSites: ['news.example'],
      hoverDelayMs: 200,
      disabledIds: ['putin'],
      disabledTypes: ['place'],
      colours: { person: '#112233' },
      uiLanguage: 'ar',
      showCandidates: true,
    };
    expect(settingsFrom({ [SETTINGS_KEY]: chosen })).toEqual(chosen);
  });
  it('put a broken field back to its default alone, keeping the others', () => {
    const stored = {
      paused: 'yes',
      pausedSites: ['news.example'],
      hoverDelayMs: -4,
      colours: { person: 'red; background: url(x)' },
      uiLanguage: 'fr',
      disabledTypes: ['place', 'planet'],
    };
    expect(validSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['news.example'] });
  });
  it('ignore fields no version knows, and fill in fields an older version did not store', () => {
    expect(validSettings({ paused: true, theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });
});
