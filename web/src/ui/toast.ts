// A short message at the bottom of the page (role=alert, so screen readers hear it).
let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(text: string, kind: 'info' | 'warn' = 'info', ms = 4000): void {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = text;
  el.className = `toast ${kind}`;
  el.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => { el.hidden = true; }, ms);
}
