// `npm start`: build the demo (pane + simulated Outlook and tenant) and serve it on port 3000.
import { spawnSync, spawn } from 'node:child_process';

const build = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'demo'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
spawn(process.execPath, ['scripts/serve.mjs', 'dist-demo', process.env.PORT ?? '3000'], { stdio: 'inherit' });
