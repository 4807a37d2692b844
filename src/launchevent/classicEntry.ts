/**
 * launchevent.js, the script classic Outlook on Windows loads directly in its JavaScript-only
 * runtime (manifest `<Override type="javascript">`, unified `code.script`). That runtime "loads a
 * JavaScript file directly" and has no document to add a chunk's script tag to, so MSAL comes in
 * statically and the file stays self-contained (webpack.launchevent.config.js).
 */
import { createMsalNaaClient } from '../auth/msalNaaClient';
import { registerSendHandlers } from './launchevent';

registerSendHandlers(createMsalNaaClient);
