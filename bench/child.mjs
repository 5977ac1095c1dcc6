// Runs in a fresh Node process, spawned by calendar.bench.mjs; prints one line of JSON.
//   node bench/child.mjs import <module url>     time of `await import(url)`
//   node bench/child.mjs first-use <module url>  first isBusinessDay call: time and memory
import { hrtime, memoryUsage } from 'node:process';

const [mode, url] = process.argv.slice(2);
const ms = (t0, t1) => Number(t1 - t0) / 1e6;

if (mode === 'import') {
  const t0 = hrtime.bigint();
  await import(url);
  const t1 = hrtime.bigint();
  console.log(JSON.stringify({ importMs: ms(t0, t1) }));
} else if (mode === 'first-use') {
  const { isBusinessDay } = await import(url);
  const date = new Date('2026-12-28T12:00:00+09:00');
  // Collect first, so that buffers freed by a collection during the call cannot make the delta negative.
  globalThis.gc?.();
  const m0 = memoryUsage();
  const t0 = hrtime.bigint();
  const first = isBusinessDay(date);
  const t1 = hrtime.bigint();
  globalThis.gc?.();
  const m1 = memoryUsage();
  const t2 = hrtime.bigint();
  isBusinessDay(date);
  const t3 = hrtime.bigint();
  if (first !== true) throw new Error('2026-12-28 (Monday) should be a business day');
  console.log(
    JSON.stringify({
      firstCallMs: ms(t0, t1),
      secondCallMs: ms(t2, t3),
      arrayBuffersDelta: m1.arrayBuffers - m0.arrayBuffers,
      heapUsedDelta: m1.heapUsed - m0.heapUsed,
    }),
  );
} else {
  throw new Error(`unknown mode ${mode}`);
}
