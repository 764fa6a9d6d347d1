/**
 * `npm run bench`: every benchmark section, one after another, each printing its figures beside a
 * baseline measured in the same run. Run one with `npm run bench -- <name>`.
 */
import { availableParallelism, loadavg } from 'node:os';
import * as gateway from './gateway.js';
import * as http from './http.js';
import * as images from './images.js';
import * as qa from './qa.js';
import * as startup from './startup.js';
import * as suggest from './suggest.js';

// Images before gateway: the gateway bench serves the sections that render the images, and after it
// the images' "first render" would read a cached file.
const benches: Record<string, { run(): Promise<void> }> = { qa, suggest, images, gateway, http, startup };

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
// Tail latencies measure the machine as much as the code: say how busy it was, so a reader can tell
// a slow run from a slow machine.
const [oneMinuteLoad = 0] = loadavg();
const cores = availableParallelism();
console.log(
  `machine: ${cores} cores, load average ${oneMinuteLoad.toFixed(2)} over the last minute${oneMinuteLoad > cores ? ': busier than its cores, so tail figures (p99) here say more about the machine than about the code' : ''}`,
);
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  await bench.run();
}
