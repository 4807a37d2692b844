/**
 * The script of launchevent.html, the page the browser runtime of Outlook on the web, new Outlook
 * and Outlook on Mac loads. A page can load chunks, so MSAL arrives only when a Send needs a token
 * (loadMsalNaaClient, the pane's own lazy loader): a Send with the window off, or without
 * recipients to look up, never downloads it.
 */
import { loadMsalNaaClient } from '../auth/naaClient';
import { registerSendHandlers } from './launchevent';

registerSendHandlers(loadMsalNaaClient);
