/*
 * The Smart Alerts event runtime (docs/safety-window.md), kept apart so the main config only
 * spreads these in. Its script has a fixed name: the manifest's `<Override type="javascript">`
 * points classic Outlook at it directly, and that JavaScript-only runtime "loads a JavaScript
 * file directly" with no imports, so the entry must stay one self-contained file (no dynamic
 * import() in its module graph).
 */
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = {
  entry: { launchevent: { import: './src/launchevent/launchevent.ts', filename: 'launchevent.js' } },
  pages: () => [
    new HtmlWebpackPlugin({ filename: 'launchevent.html', template: './src/launchevent/launchevent.html', chunks: ['launchevent'], scriptLoading: 'blocking', inject: 'head' }),
  ],
  /** config.json as an absolute URL: relative fetches aren't supported in the JavaScript-only runtime. */
  defines: (baseUrl) => ({ LAUNCHEVENT_CONFIG_URL: JSON.stringify(`${baseUrl}/config.json`) }),
};
