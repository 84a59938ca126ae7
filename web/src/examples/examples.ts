// The gallery's examples, read at build time (Vite's import.meta.glob with ?raw): every
// tutorial seed (tests/seeds/*.py) and the page's own examples, one per concept
// (tests/conformance/playground/*.py, checked against CPython with the conformance corpus;
// tests/demos/*.py, whose figures are the virtual clock's, checked by tests/cli);
// titled and grouped by catalog.ts.
import { CATALOG, GROUPS, type Group } from './catalog';

export interface Example {
  id: string; // the seed's file name without .py
  title: string;
  group: Group;
  about: string;
  code: string;
}

const files = {
  ...import.meta.glob('../../../tests/seeds/*.py', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('../../../tests/conformance/playground/*.py', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('../../../tests/demos/*.py', { query: '?raw', import: 'default', eager: true }),
} as Record<string, string>;

// "s002_07_as_completed" → "As completed" for a seed the catalog does not know yet.
function titleFromName(id: string): string {
  const words = id.replace(/^s\d+_\d+_/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const CATALOG_ORDER = Object.keys(CATALOG);
const order = (id: string) => {
  const i = CATALOG_ORDER.indexOf(id);
  return i < 0 ? Infinity : i;
};

export const EXAMPLES: Example[] = Object.entries(files)
  .map(([path, code]) => {
    const id = path.replace(/^.*\//, '').replace(/\.py$/, '');
    const entry = CATALOG[id];
    return {
      id,
      code,
      title: entry?.title ?? titleFromName(id),
      group: entry?.group ?? 'More examples',
      about: entry?.about ?? '',
    };
  })
  // By group, then in the catalog's order (simple first), then unknown seeds by name.
  .sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || order(a.id) - order(b.id) || a.id.localeCompare(b.id));

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
