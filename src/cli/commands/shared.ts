// Small helpers shared by the command specs.
import { policy20241007 } from '../../policy/policy-2024-10-07.js';

/** Pads to `width` terminal columns: CJK and full-width characters take two columns each. */
export function padColumns(text: string, width: number): string {
  let columns = 0;
  for (const ch of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return text + ' '.repeat(Math.max(0, width - columns));
}

/** The product ids of the built-in policy, for help texts (`kaito, sekai-cart`): from the policy, not retyped. */
export const BUILTIN_PRODUCT_IDS = policy20241007.products.map((p) => p.id).join(', ');
