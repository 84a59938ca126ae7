// The timeline's lanes as text, for screen readers (the canvas is an image to them) and for
// the page's tests: one item per lane with its name and how it ended.
import { shortTitle, type Lanes } from '../trace/lanes';

const MAX_ITEMS = 200;

// `folded`: how many lanes of asyncio.run's clean-up the timeline leaves out.
export function renderLaneSummary(list: HTMLElement, lanes: Lanes | null, folded = 0): void {
  list.replaceChildren();
  if (!lanes) return;
  for (const lane of lanes.lanes.slice(0, MAX_ITEMS)) {
    const li = document.createElement('li');
    li.dataset.lane = lane.kind;
    li.dataset.name = shortTitle(lane);
    const states = new Set(lane.intervals.map((iv) => (iv.state === 'waiting' ? `waiting on ${iv.wait}` : iv.state)));
    li.textContent = `${shortTitle(lane)}: ${[...states].join(', ') || 'no activity'}${lane.outcome ? `; ${lane.outcome}` : ''}`;
    list.append(li);
  }
  if (folded) {
    const li = document.createElement('li');
    li.textContent = `${folded} lane(s) of asyncio.run's own clean-up not shown (the "asyncio internals" option shows them)`;
    list.append(li);
  }
  if (lanes.lanes.length > MAX_ITEMS) {
    const li = document.createElement('li');
    li.textContent = `and ${lanes.lanes.length - MAX_ITEMS} more lanes`;
    list.append(li);
  }
}
