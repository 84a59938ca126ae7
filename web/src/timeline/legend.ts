// The legend under the timeline: a swatch painted exactly as the bars are, and words for each
// state, the output marks and the arrows.
import { LOOKS, makePalette, paintBar } from './palette';

export function renderLegend(list: HTMLElement): void {
  list.replaceChildren();
  const dpr = window.devicePixelRatio || 1;
  for (const { look, label } of LOOKS) {
    const swatch = document.createElement('canvas');
    swatch.width = 28 * dpr;
    swatch.height = 14 * dpr;
    swatch.style.width = '28px';
    swatch.style.height = '14px';
    swatch.setAttribute('aria-hidden', 'true');
    const ctx = swatch.getContext('2d');
    if (ctx) {
      ctx.scale(dpr, dpr);
      paintBar(ctx, makePalette(ctx, dpr), look, 0, 1, 28, 12);
    }
    list.append(item(swatch, label));
  }
  list.append(item(text('▮'), 'output: short mark stdout, tall mark stderr'));
  list.append(item(text('↓'), 'arrows: solid = created, dashed = woke'));
}

function item(swatch: HTMLElement, label: string): HTMLLIElement {
  const li = document.createElement('li');
  li.append(swatch, label);
  return li;
}

function text(symbol: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = symbol;
  span.setAttribute('aria-hidden', 'true');
  return span;
}
