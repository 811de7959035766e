// `npm run dev`: the API with reload (nest start --watch) and the client with hot reload (Vite,
// http://localhost:5173, proxying /graphql, /collab, /export and /health to the API).
import { spawn } from 'node:child_process';

const kinderen = ['start:dev', 'dev:client'].map((script) =>
  spawn('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' }),
);
const stop = () => {
  for (const kind of kinderen) kind.kill('SIGTERM');
};
for (const kind of kinderen) kind.on('exit', (code) => {
  stop();
  process.exitCode = code ?? 0;
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
