// A span of time in hours and minutes, as people say it: 1時間30分 / 1 hour 30 minutes.
import { describeValue } from '../values.js';
import { CsPolicyError } from '../errors.js';
import type { Bilingual } from './bilingual.js';
import { countEn } from './count.js';

/**
 * A number of minutes in hours and minutes, whole minutes only (a part-minute is dropped; a
 * negative span is said as its size: the sentence says whether it is over or left).
 *
 * @example
 * ```ts
 * durationText(90); // { ja: '1時間30分', en: '1 hour 30 minutes' }
 * durationText(120); // { ja: '2時間', en: '2 hours' }
 * durationText(45.5); // { ja: '45分', en: '45 minutes' }
 * ```
 * @throws CsPolicyError `INVALID_NUMBER` unless `minutes` is a finite number.
 */
export function durationText(minutes: number): Bilingual {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes))
    throw new CsPolicyError('INVALID_NUMBER', `minutes must be a finite number, not ${describeValue(minutes)}`);
  const whole = Math.floor(Math.abs(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return { ja: `${rest}分`, en: countEn(rest, 'minute') };
  if (rest === 0) return { ja: `${hours}時間`, en: countEn(hours, 'hour') };
  return { ja: `${hours}時間${rest}分`, en: `${countEn(hours, 'hour')} ${countEn(rest, 'minute')}` };
}
