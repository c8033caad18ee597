// The board's credential: a kiosk or session token from the URL (?token=…, then stripped) or
// from localStorage; none means the login form.
import { readonly, ref, type InjectionKey, type Ref } from 'vue';

const STORAGE_KEY = 'relais.board.token';

export type AuthNotice = 'expired' | null;

export interface Auth {
  token: Readonly<Ref<string | null>>;
  /** Why the board is asking to log in again, if it is. */
  notice: Readonly<Ref<AuthNotice>>;
  setToken(token: string): void;
  /** Forgets the token on this screen (the logout button). */
  forget(): void;
  /** The API no longer knows the token: forget it and say so. */
  invalidate(): void;
}

export const AuthKey: InjectionKey<Auth> = Symbol('relais board auth');

type Browser = Pick<Window, 'location' | 'history'> & { localStorage?: Storage };

function storageOf(win: Browser): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    // Storage can be denied (private mode, policy): the token then lives for this page only.
    return null;
  }
}

export function createAuth(win: Browser = window): Auth {
  const storage = storageOf(win);
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage?.setItem(STORAGE_KEY, fromUrl);
    // Out of the address bar, the history and any screenshot of the screen.
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  const token = ref<string | null>(fromUrl || storage?.getItem(STORAGE_KEY) || null);
  const notice = ref<AuthNotice>(null);

  const forget = () => {
    storage?.removeItem(STORAGE_KEY);
    token.value = null;
  };
  return {
    token: readonly(token),
    notice: readonly(notice),
    setToken(value) {
      storage?.setItem(STORAGE_KEY, value);
      notice.value = null;
      token.value = value;
    },
    forget() {
      notice.value = null;
      forget();
    },
    invalidate() {
      notice.value = 'expired';
      forget();
    },
  };
}
