// Light or dark: the setting, or the system's preference when the setting follows it.
import type { Theme } from '../settings/settings';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

export function isDark(theme: Theme): boolean {
  return theme === 'dark' || (theme === 'system' && query().matches);
}

// Applies the theme and calls `changed(dark)` now and whenever the system's preference flips.
export function applyTheme(theme: () => Theme, changed: (dark: boolean) => void): () => void {
  const apply = () => {
    const dark = isDark(theme());
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    changed(dark);
  };
  query().addEventListener('change', apply);
  apply();
  return apply;
}
