// A corpus of rule calls (JSON Lines) for `cs-policy policy impact` and `batch`: release GAs,
// build-material receipts, support checks, notices, spread over 2025–2028, with a few bad lines.
// Deterministic (a seeded generator), so the committed example and the bench read the same mix.
//   node bench/toolkit-corpus.mjs 1000 > docs/examples/cases.jsonl
export function* corpus(n) {
  let seed = 20241007;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const day = () => {
    const ms = Date.UTC(2025, 0, 1) + Math.floor(rand() * 4 * 365) * 86400000;
    return new Date(ms).toISOString().slice(0, 10);
  };
  const time = () =>
    `${day()}T${String(7 + Math.floor(rand() * 14)).padStart(2, '0')}:${rand() < 0.5 ? '00' : '45'}+09:00`;
  for (let i = 1; i <= n; i++) {
    const r = rand();
    const id = `case-${i}`;
    if (r < 0.25) yield { id, rule: 'releaseEndOfSupport', args: [day()] };
    else if (r < 0.45) yield { id, rule: 'clientAppDeliveryDate', args: [time()] };
    else if (r < 0.6) {
      const ga = day();
      yield { id, rule: 'releaseSupportStatus', args: [{ release: '2.3', successorGa: ga, on: day() }] };
    } else if (r < 0.7)
      yield {
        id,
        rule: 'gaNoticeObligations',
        args: [{ product: 'kaito', release: '3.0', ga: day(), previousRelease: '2.4' }],
      };
    else if (r < 0.78)
      yield { id, rule: 'obligationsFor', args: [{ kind: 'build-materials-received', receivedAt: time() }] };
    else if (r < 0.86) yield { id, rule: 'discretionaryEndNoticeDeadline', args: [day()] };
    else if (r < 0.93) yield { id, rule: 'receptionStart', args: [time()] };
    else if (r < 0.99) yield { id, rule: 'classifyVersionUp', args: ['2.3.1', rand() < 0.5 ? '3.0' : '2.4'] };
    else yield { id, rule: 'releaseEndOfSupport', args: ['2026-02-30'] }; // a bad date: an error under both
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  let out = '';
  for (const call of corpus(n)) {
    out += `${JSON.stringify(call)}\n`;
    if (out.length > 1 << 16) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
}
