/**
 * Text kept in the tab's sessionStorage per message, sealed so that nothing in it is readable
 * without the message's item id: the follow-up session names recipients (the user's ticks) and
 * carries what the user typed, which quotes the subject. A salted hash would not do: the salt
 * would have to sit in the same storage, and a known address list (the organisation's directory)
 * is quickly hashed against it. So each entry is encrypted (AES-GCM, 256 bits) under a key derived
 * from the item id (HKDF-SHA-256), which lives in Outlook and in this page's memory, never in
 * storage; the entry's name is another derivation of it (SHA-256), so it does not name the
 * message either. Whoever can read the item id can read the mailbox itself.
 *
 * The browser's Web Crypto API, so it costs the pane no code; it is asynchronous, so the session
 * store keeps the page's copy in memory and seals in the background (storedSessions.ts).
 */
export interface SealedEntries {
  /** The text sealed for this item, or null: none, or not ours to open (tampered, another item, an older shape). */
  read(itemId: string): Promise<string | null>;
  write(itemId: string, text: string): Promise<void>;
}

export const SEALED_PREFIX = 'recall-assistant.follow-up.';
/** Entry format version: a later change of scheme reads an older entry as none. */
const VERSION = 'v1';
const KEY_INFO = 'recall-assistant follow-up session key v1';
const NAME_LABEL = 'recall-assistant follow-up session name v1\u0000';

const utf8 = (text: string) => new TextEncoder().encode(text);
const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function sealedEntries(storage: Storage, crypto: Crypto): SealedEntries {
  const { subtle } = crypto;
  const nameOf = async (itemId: string) => {
    const digest = new Uint8Array(await subtle.digest('SHA-256', utf8(NAME_LABEL + itemId)));
    return SEALED_PREFIX + Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const keyOf = async (itemId: string) => {
    const material = await subtle.importKey('raw', utf8(itemId), 'HKDF', false, ['deriveKey']);
    return subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8(KEY_INFO) },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  };
  return {
    async read(itemId) {
      const name = await nameOf(itemId);
      const [version, iv, sealed] = (storage.getItem(name) ?? '').split('.');
      if (version !== VERSION || iv === undefined || sealed === undefined) return null;
      try {
        // The entry's name is bound in (additional data): an entry copied under another name does not open.
        const plain = await subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv), additionalData: utf8(name) }, await keyOf(itemId), fromBase64(sealed));
        return new TextDecoder().decode(plain);
      } catch {
        return null;
      }
    },
    async write(itemId, text) {
      const name = await nameOf(itemId);
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(name) }, await keyOf(itemId), utf8(text)));
      storage.setItem(name, `${VERSION}.${toBase64(iv)}.${toBase64(sealed)}`);
    },
  };
}
