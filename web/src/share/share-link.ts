// Share links: the code and the settings in the URL's hash, compressed with lz-string, under a
// version prefix so that links made today keep opening when the format changes:
//   #v1/<lz-string of {"code": "...", "clock": "virtual"}>
// The hash never reaches the server, so a link works on any static host.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export interface Shared {
  code: string;
  clock: 'virtual' | 'real';
}

export const CURRENT_VERSION = 'v1';
// Past this, some chat apps, mail clients and URL shorteners cut links.
export const LONG_LINK = 8000;

export type Decoded =
  | { ok: true; shared: Shared }
  | { ok: false; reason: string };

export function encodeHash(shared: Shared): string {
  const payload = JSON.stringify({ code: shared.code, clock: shared.clock });
  return `#${CURRENT_VERSION}/${compressToEncodedURIComponent(payload)}`;
}

export function shareUrl(pageUrl: string, shared: Shared): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return url.href.replace(/#$/, '') + encodeHash(shared);
}

// null: the hash is not a share link at all (empty, or an anchor of the page).
export function decodeHash(hash: string): Decoded | null {
  const match = /^#?(v\d+)\/(.*)$/s.exec(hash);
  if (!match) return null;
  const [, version, body] = match;
  if (version !== 'v1') {
    return { ok: false, reason: `this link was made by a newer version of Loopscope (format ${version})` };
  }
  const text = decompressFromEncodedURIComponent(body);
  if (!text) return { ok: false, reason: 'the link is damaged (it may have been cut short)' };
  try {
    const value = JSON.parse(text) as { code?: unknown; clock?: unknown };
    if (typeof value.code !== 'string') return { ok: false, reason: 'the link carries no code' };
    return { ok: true, shared: { code: value.code, clock: value.clock === 'real' ? 'real' : 'virtual' } };
  } catch {
    return { ok: false, reason: 'the link is damaged (it may have been cut short)' };
  }
}
