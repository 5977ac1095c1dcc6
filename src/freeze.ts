// Objects this module has frozen all the way down: frozen once, never walked again (policies, shared reasons).
const deeplyFrozen = new WeakSet<object>();

/**
 * Freezes an object and everything it holds, so a policy, a calendar option or a returned decision can never
 * change after it is made. An object frozen only at the top (by `Object.freeze`) is still walked: its fields
 * may be mutable.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || deeplyFrozen.has(value)) return value;
  // A typed array cannot be frozen (its elements stay writable); the library returns none.
  if (ArrayBuffer.isView(value)) return value;
  // Marked first, so that a cycle ends here rather than in a stack overflow.
  deeplyFrozen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    // Data fields only: a getter is not called (it may throw, or compute a new value each time).
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value);
  }
  Object.freeze(value);
  return value;
}

/**
 * True when `value` was frozen all the way down by {@link deepFreeze} (an object frozen only at the top is not).
 */
export function isDeeplyFrozen(value: unknown): boolean {
  return value === null || typeof value !== 'object' || deeplyFrozen.has(value);
}
