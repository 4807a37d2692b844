/* Build: `npm run build` → dist/ (production pane only); `--env demo` → dist-demo/ (pane + demo). */
const { readFile } = require('node:fs/promises');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const { addin, normalizeBaseUrl } = require('./scripts/manifest/source.cjs');
const { manifestFiles, clientIdFrom, appPackage, APP_PACKAGE } = require('./scripts/manifest/emit.cjs');
const launchEvent = require('./webpack.launchevent.config.js');
const { icuParserFree } = require('./scripts/webpack/icuCatalogLoader.cjs');

/** The i18n catalogs: precompiled to ICU syntax trees (scripts/webpack/icuCatalogLoader.cjs). */
const I18N_CATALOGS = /[\\/]src[\\/]i18n[\\/](en|ru)\.ts$/;

/**
 * Emits manifest.xml, manifest.json and its localization files for the build's base URL, and the
 * unified manifest's app package (zip) for the admin center.
 */
class ManifestsPlugin {
  constructor(baseUrl, clientId) {
    this.files = manifestFiles(baseUrl, { clientId });
    this.files[APP_PACKAGE] = appPackage(this.files, __dirname);
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ManifestsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ManifestsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, contents] of Object.entries(this.files)) compilation.emitAsset(name, new webpack.sources.RawSource(contents));
      });
    });
  }
}

/** privacy.html (the manifests' privacyUrl), rendered from docs/privacy.md by scripts/webpack/privacyPage.mjs. */
class PrivacyPagePlugin {
  apply(compiler) {
    const doc = path.resolve(__dirname, 'docs/privacy.md');
    compiler.hooks.thisCompilation.tap('PrivacyPagePlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'PrivacyPagePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        compilation.fileDependencies.add(doc); // the dev server rebuilds when the doc changes
        const { privacyPage } = await import(pathToFileURL(path.resolve(__dirname, 'scripts/webpack/privacyPage.mjs')).href);
        compilation.emitAsset('privacy.html', new webpack.sources.RawSource(privacyPage(await readFile(doc, 'utf8'))));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const demo = Boolean(env.demo);
  const production = argv.mode !== 'development';
  // The manifests point at ADDIN_BASE_URL (default: the dev server); webApplicationInfo carries
  // ADDIN_CLIENT_ID or config.json's auth.clientId when one is set.
  const baseUrl = normalizeBaseUrl(process.env.ADDIN_BASE_URL);

  // authdialog: the Office dialog sign-in fallback (src/auth/dialogTokenSource.ts); it bundles MSAL itself.
  const entry = { taskpane: './src/taskpane/index.tsx', authdialog: './src/authdialog/authdialog.tsx' };
  if (demo) entry.demo = './src/demo/demo.tsx';
  Object.assign(entry, launchEvent.entry);

  const pages = [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
    new HtmlWebpackPlugin({ filename: 'authdialog.html', template: './src/authdialog/authdialog.html', chunks: ['authdialog'], scriptLoading: 'defer' }),
  ];
  pages.push(...launchEvent.pages(baseUrl));
  if (demo) {
    pages.push(new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['demo'], scriptLoading: 'defer' }));
  }

  const copies = [
    { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.svg'] } },
    { from: 'config.json', to: 'config.json' },
    // The static page the manifests name as SupportUrl / websiteUrl (privacyUrl: PrivacyPagePlugin).
    { from: 'src/static/support.html', to: 'support.html' },
  ];
  if (demo) copies.push({ from: require.resolve('msw/mockServiceWorker.js'), to: 'mockServiceWorker.js' });

  return {
    mode: production ? 'production' : 'development',
    entry,
    devtool: production ? false : 'eval-cheap-module-source-map',
    output: {
      path: path.resolve(__dirname, demo ? 'dist-demo' : 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    // Every catalog arrives precompiled, so intl-messageformat needs no ICU parser in any bundle.
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'], alias: icuParserFree },
    module: {
      rules: [
        { test: I18N_CATALOGS, use: { loader: require.resolve('./scripts/webpack/icuCatalogLoader.cjs') } },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, I18N_CATALOGS],
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      new ManifestsPlugin(baseUrl, clientIdFrom(__dirname)),
      new PrivacyPagePlugin(),
      new webpack.DefinePlugin({
        DEMO_URL: JSON.stringify(demo ? 'demo.html' : null),
        // "Copy diagnostics" names the add-in's version: the manifests' (scripts/manifest/source.cjs).
        ADDIN_VERSION: JSON.stringify(addin.version),
        ...launchEvent.defines(baseUrl),
        'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
      }),
    ],
    optimization: {
      minimizer: [new TerserPlugin({ minify: TerserPlugin.swcMinify, terserOptions: { compress: true, mangle: true } })],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
