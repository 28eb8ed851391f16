import { browser } from 'wxt/browser';

/** The keys the reader has for the next and previous mention, as the browser reports them; null unless both are set. */
export async function mentionShortcuts(): Promise<[string, string] | null> {
  const commands = await browser.commands.getAll();
  const shortcut = (name: string) => commands.find((c) => c.name === name)?.shortcut || undefined;
  const [next, previous] = [shortcut('next-mention'), shortcut('previous-mention')];
  return next && previous ? [next, previous] : null;
}
