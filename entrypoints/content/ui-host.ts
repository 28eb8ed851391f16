import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * The closed shadow root our popover and notices live in, mounted at the end of the body on first use. A random
 * element name: a hostile page cannot pre-define or style our host by guessing it.
 */
export class UiHost {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The container inside the shadow root, mounting the host if it is not in the page. */
  async container(): Promise<HTMLElement> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: `anc-ui-${Math.random().toString(36).slice(2, 8)}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      isolateEvents: true,
      // WXT resets the host with `:host { all: initial !important }`, which outranks even !important page rules.
      onMount: (container) => container,
    });
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    return this.ui.uiContainer;
  }

  /** Whether `el` is our host: the page reader skips it. */
  holds(el: Element): boolean {
    return el === this.ui?.shadowHost;
  }

  remove(): void {
    this.ui?.remove();
  }

  /** Shows a status line for a while, then takes the host away. */
  async notice(text: string, forMs: number): Promise<void> {
    const note = document.createElement('div');
    note.className = 'anc-notice';
    note.setAttribute('role', 'status');
    note.textContent = text;
    (await this.container()).append(note);
    setTimeout(() => this.remove(), forMs);
  }
}
