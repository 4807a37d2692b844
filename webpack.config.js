/* Build: `npm run build` → dist/ (production pane only); `--env demo` → dist-demo/ (pane + demo). */
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const launchEvent = require('./webpack.launchevent.config.js');

const DEV_ORIGIN = 'https://localhost:3000';

module.exports = (env = {}, argv = {}) => {
  const demo = Boolean(env.demo);
  const production = argv.mode !== 'development';
  const baseUrl = (process.env.ADDIN_BASE_URL || DEV_ORIGIN).replace(/\/+$/, '');

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
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // The manifest in the repo points at the dev server; a deployment points at ADDIN_BASE_URL.
      transform: (content) => content.toString().split(DEV_ORIGIN).join(baseUrl),
    },
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
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
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
      new webpack.DefinePlugin({
        DEMO_URL: JSON.stringify(demo ? 'demo.html' : null),
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
