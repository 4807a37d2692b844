/*
 * The Smart Alerts event runtime (docs/safety-window.md), kept apart so the main config only
 * spreads these in. Two entries over the same handlers (src/launchevent/launchevent.ts):
 * - launchevent.js, a fixed name: the manifest's `<Override type="javascript">` points classic
 *   Outlook at it directly, and that JavaScript-only runtime "loads a JavaScript file directly"
 *   with no imports, so this entry stays one self-contained file (no dynamic import() in its
 *   module graph: classicEntry.ts imports MSAL statically);
 * - launchevent-page, the script of launchevent.html (web, new Outlook, Mac): a page loads chunks,
 *   so MSAL is a lazy chunk there (pageEntry.ts), fetched only when a Send needs a token.
 */
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sources } = require('webpack');

/**
 * Classic Outlook lets the JavaScript-only runtime make CORS requests (Graph) only for scripts
 * its origin lists at /.well-known/microsoft-officeaddins-allowed.json
 * (docs/develop/use-sso-in-event-based-activation.md). Emitted next to the pages; a deployment
 * under a sub-path must serve it from the origin's root.
 */
class AllowedScriptsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AllowedScriptsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AllowedScriptsPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const body = JSON.stringify({ allowed: [`${this.baseUrl}/launchevent.js`] }, null, 2);
        compilation.emitAsset('.well-known/microsoft-officeaddins-allowed.json', new sources.RawSource(`${body}\n`));
      });
    });
  }
}

module.exports = {
  entry: {
    launchevent: { import: './src/launchevent/classicEntry.ts', filename: 'launchevent.js' },
    'launchevent-page': './src/launchevent/pageEntry.ts',
  },
  pages: (baseUrl) => [
    new HtmlWebpackPlugin({
      filename: 'launchevent.html',
      template: './src/launchevent/launchevent.html',
      chunks: ['launchevent-page'],
      scriptLoading: 'blocking',
      inject: 'head',
    }),
    new AllowedScriptsPlugin(baseUrl),
  ],
  /** config.json as an absolute URL: relative fetches aren't supported in the JavaScript-only runtime. */
  defines: (baseUrl) => ({ LAUNCHEVENT_CONFIG_URL: JSON.stringify(`${baseUrl}/config.json`) }),
};
