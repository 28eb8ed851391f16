import { boxesOf } from '@/entrypoints/content/spans';

/** Puts markup into the test page's body, in Arabic and right to left like the articles the extension reads. */
export function pageOf(html: string): HTMLElement {
  document.documentElement.lang = 'ar';
  document.documentElement.dir = 'rtl';
  document.body.innerHTML = `<main style="font: 24px/1.6 sans-serif; width: 600px">${html}</main>`;
  return document.body.firstElementChild as HTMLElement;
}

/** The point at the middle of a range's first box. */
export function centreOf(range: AbstractRange): { x: number; y: number } {
  const r = boxesOf(range)[0]!;
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
