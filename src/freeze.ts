// Objects this module has frozen all the way down as a whole (policies, options, decisions): frozen once,
// never walked again. Only roots are remembered: a WeakSet entry per node cost more than the freezing
// itself on the hot path (every decision is frozen before it is returned).
const deeplyFrozen = new WeakSet<object>();

/**
 * Freezes an object and everything it holds, so a policy, a calendar option or a returned decision can never
 * change after it is made. An object frozen only at the top (by `Object.freeze`) is still walked: its fields
 * may be mutable.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || deeplyFrozen.has(value)) return value;
  freezeTree(value, new Set());
  deeplyFrozen.add(value);
  return value;
}

function freezeTree(value: object, seen: Set<object>): void {
  // A typed array cannot be frozen (its elements stay writable); the library returns none.
  if (seen.has(value) || deeplyFrozen.has(value) || ArrayBuffer.isView(value)) return;
  // Marked first, so that a cycle ends here rather than in a stack overflow.
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') freezeTree(item, seen);
  } else {
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      // Data fields only: a getter is not called (it may throw, or compute a new value each time).
      const field = descriptor && 'value' in descriptor ? descriptor.value : undefined;
      if (field !== null && typeof field === 'object') freezeTree(field, seen);
    }
  }
  Object.freeze(value);
}
