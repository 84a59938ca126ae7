// The program survives a reload: saved in localStorage as it is edited (debounced), restored
// when the page opens without a share link. The storage is a parameter, for tests.
const KEY = 'loopscope.code';

export function loadSaved(storage: Storage | null): string | null {
  try {
    return storage?.getItem(KEY) ?? null;
  } catch {
    return null; // storage disabled (private mode, blocked cookies)
  }
}

export function autosaver(storage: Storage | null, delayMs = 400): (code: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (code) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        storage?.setItem(KEY, code);
      } catch {
        // full or disabled: the code stays in the editor
      }
    }, delayMs);
  };
}
