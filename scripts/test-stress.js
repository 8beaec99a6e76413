// `npm run test:stress`: `npm test` three times in a row while busy loops hold every core, the way a loaded
// CI machine does; fails if any run fails. A test that waits for time instead of a signal shows up here.
// `npm run test:stress -- --runs=5` changes the count; anything after `--` is passed on to `npm test`.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
const passOn = args.filter((arg) => !arg.startsWith('--runs='));
const cores = Math.max(2, availableParallelism());

// One spinning process per core, each as busy as `yes > /dev/null`.
const loops = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopLoops = () => {
  for (const loop of loops) if (loop.exitCode === null && loop.signalCode === null) loop.kill();
};
/** The `npm test` running now: its own process group, so the test runner under npm stops with it. */
let testRun;
// However this ends (done, failed, interrupted), the loops end with it, and so does a test run still going.
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    stopLoops();
    // SIGINT, as a terminal's Ctrl-C would send the group: the test runner then closes its browsers.
    if (testRun?.exitCode === null) process.kill(-testRun.pid, 'SIGINT');
    process.exit(130);
  });

/** One `npm test`, its output shown as it comes; resolves with its exit code and its `tests:` line. */
function npmTest() {
  return new Promise((resolve) => {
    const child = (testRun = spawn('npm', ['test', '--', ...passOn], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    }));
    let last = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      last = (last + chunk).split('\n').slice(-20).join('\n');
    });
    child.on('close', (code) => {
      const summary = last.match(/tests: \d+ passed, \d+ failed/g)?.at(-1) ?? 'no test summary';
      resolve({ code: code ?? 1, summary });
    });
  });
}

console.log(`test:stress: ${runs} runs of npm test with ${cores} busy loops on ${cores} cores`);
const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n== test:stress run ${run} of ${runs} ==`);
  const started = Date.now();
  const { code, summary } = await npmTest();
  results.push({ run, code, summary, seconds: Math.round((Date.now() - started) / 1000) });
}
stopLoops();

console.log('\n== test:stress ==');
for (const { run, code, summary, seconds } of results)
  console.log(
    `run ${run}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}, ${summary}, ${seconds} s`,
  );
const failed = results.filter((result) => result.code !== 0).length;
console.log(`test:stress: ${runs - failed} of ${runs} runs passed under load`);
process.exitCode = failed ? 1 : 0;
