import { describe, expect, it } from 'vitest';
import { compile } from '@/lexicon/matcher';
import { mentionsIn } from '@/entrypoints/content/mentions';
import { mentionAt } from '@/entrypoints/content/hit-test';
import { PageModel } from '@/entrypoints/content/page-model';
import { entry, lexiconOf } from '../helpers/lexicon';
import { centreOf, pageOf } from './page';

const matcher = compile(lexiconOf([entry('tokayev', ['قاسم جومارت توكاييف'], { type: 'person' }), entry('dushanbe', ['دوشنبه'])]));

function modelOf(root: HTMLElement): PageModel {
  const model = new PageModel();
  for (const m of mentionsIn(root, matcher)) model.add({ ...m, type: 'place' });
  return model;
}

describe('the mention under the pointer', () => {
  it('is found from a point inside the name, in right-to-left text', () => {
    const root = pageOf('<p>وصل الوفد إلى دوشنبه صباح اليوم.</p>');
    const model = modelOf(root);
    const [dushanbe] = model.all();
    expect(mentionAt(document, model, ...(Object.values(centreOf(dushanbe!.range)) as [number, number]))?.id).toBe('dushanbe');
  });
  it('is found on every part of a name split across inline elements', () => {
    const root = pageOf('<p>قال الرئيس <b>قاسم</b> جومارت <a href="#">توكاييف</a> إن</p>');
    const model = modelOf(root);
    for (const el of [root.querySelector('b')!, root.querySelector('a')!]) {
      const r = el.getBoundingClientRect();
      expect(mentionAt(document, model, r.left + r.width / 2, r.top + r.height / 2)?.id).toBe('tokayev');
    }
  });
  it('is none where the page has cut the text under a name shorter, before the name is read again', () => {
    const root = pageOf('<p>وصل الوفد إلى دوشنبه</p>');
    const model = modelOf(root);
    const { x, y } = centreOf(model.all()[0]!.range);
    (root.querySelector('p')!.firstChild as Text).data = 'وصل الوفد';
    expect(mentionAt(document, model, x, y)).toBeNull();
  });
  it('is none over an ordinary word or blank space beside the line, where the caret snaps to the nearest text', () => {
    const root = pageOf('<p style="width: 300px">وصل الوفد إلى دوشنبه</p>');
    const model = modelOf(root);
    const word = document.createRange();
    const text = root.querySelector('p')!.firstChild as Text;
    word.setStart(text, 0);
    word.setEnd(text, 3); // «وصل»
    const { x, y } = centreOf(word);
    expect(mentionAt(document, model, x, y)).toBeNull();
    const line = root.querySelector('p')!.getBoundingClientRect();
    expect(mentionAt(document, model, line.left + 2, line.bottom + 40)).toBeNull();
  });
});
