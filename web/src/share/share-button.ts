// Share: put the link in the address bar and on the clipboard; warn when it is long enough that
// some apps may cut it.
import { LONG_LINK, shareUrl, type Shared } from './share-link';

export interface ShareOutcome {
  url: string;
  copied: boolean;
  tooLong: boolean;
}

export async function shareLink(shared: Shared, win: Window = window): Promise<ShareOutcome> {
  const url = shareUrl(win.location.href, shared);
  win.history.replaceState(null, '', url);
  let copied = false;
  try {
    await win.navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // no clipboard permission (an insecure origin, a denied prompt): the address bar has it
  }
  return { url, copied, tooLong: url.length > LONG_LINK };
}
