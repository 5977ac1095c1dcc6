import { describe, expect, it } from 'vitest';
import {
  allowedChannels,
  contactTable,
  definePolicy,
  policy20241007,
  type AllowedChannelsInput,
} from '../../src/index.js';
import { codes, expectCustomerWords, expectWellFormed, thrown } from './helpers.js';
import { LUNCH as lunch, SATURDAY_HALF_DAY as saturday } from '../fixtures/weekly-hours.js';

const FORM = 'https://www.jmas.co.jp/customerservice/';
const PHONE = '03-5776-2167';

describe('1.1.channels: web form always, phone only in emergencies (interpretation 9)', () => {
  it('urgency high inside business hours: form and phone', () => {
    // 2027-01-04 is a Monday, the first business day after the year-end closure; 10:00 is inside [09:30, 18:30).
    const d = allowedChannels({ urgency: 'high', at: '2027-01-04T10:00+09:00' });
    expect(d.outcome).toBe('web-form-and-phone');
    expect(d.value).toEqual([
      { channel: 'web-form', contact: FORM, loginRequired: false, when: 'any-time' },
      { channel: 'phone', contact: PHONE, when: 'now' },
    ]);
    expect(codes(d)).toEqual(['WEB_FORM_OPEN', 'PHONE_WITHIN_HOURS']);
    expectWellFormed(d);
  });

  it.each(['medium', 'low'] as const)('urgency %s: web form only, at any hour', (urgency) => {
    const d = allowedChannels({ urgency, at: '2027-01-04T10:00+09:00' });
    expect(d.outcome).toBe('web-form-only');
    expect(d.value.map((c) => c.channel)).toEqual(['web-form']);
    expect(codes(d)).toEqual(['WEB_FORM_OPEN', 'PHONE_EMERGENCY_ONLY']);
    expect(d.reasons[1]!.message.ja).toContain('緊急の場合');
    expectWellFormed(d);
  });

  it('the web form needs no login', () => {
    const d = allowedChannels({ urgency: 'low' });
    expect(d.value[0]).toMatchObject({ channel: 'web-form', loginRequired: false });
    expect(d.reasons[0]!.message.ja).toContain('ログインは不要');
  });

  it('honours a policy that takes the phone at any hour', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      channels: { phone: { urgencies: ['high'], withinBusinessHoursOnly: false } },
    });
    // 2027-01-01 is 元日, in the year-end closure, yet this policy answers the phone.
    const d = allowedChannels({ urgency: 'high', at: '2027-01-01T03:00+09:00' }, { policy });
    expect(d.value).toContainEqual({ channel: 'phone', contact: PHONE, when: 'any-time' });
    expect(codes(d)).toContain('PHONE_ANY_TIME');
  });

  it('reports phone-only or none under a policy whose form excludes an urgency', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      channels: { webForm: { urgencies: ['medium', 'low'] } },
    });
    expect(allowedChannels({ urgency: 'high', at: '2027-01-04T10:00+09:00' }, { policy }).outcome).toBe('phone-only');
    const closed = allowedChannels({ urgency: 'high', at: '2027-01-04T20:00+09:00' }, { policy });
    expect(closed.outcome).toBe('none');
    expect(closed.value).toEqual([]);
    expect(codes(closed)).toEqual(['WEB_FORM_NOT_FOR_URGENCY', 'PHONE_OUTSIDE_HOURS']);
  });
});

describe('1.1.hours: the phone is answered in reception hours only', () => {
  it('without `at`, lists the phone for business hours', () => {
    const d = allowedChannels({ urgency: 'high' });
    expect(d.outcome).toBe('web-form-and-phone');
    expect(d.value[1]).toEqual({ channel: 'phone', contact: PHONE, when: 'business-hours' });
    expect(codes(d)).toEqual(['WEB_FORM_OPEN', 'PHONE_DURING_BUSINESS_HOURS']);
    // 1.1.hours: 月曜日から金曜日 (祝祭日・年末年始その他の弊社の休業日を除く) の 9:30~18:30; the 2024-10-07
    // calendar has the year-end closure 12-29…01-03 (interpretation 1) and no company closure days.
    expect(d.reasons[1]!.message).toEqual({
      ja: '緊急の場合は、お電話(03-5776-2167)でも受け付けています。お電話の受付時間は、月曜日から金曜日(祝日・年末年始休業(12月29日〜1月3日)を除く)の09:30〜18:30です。',
      en: 'In an emergency you can also call 03-5776-2167: Monday to Friday, 09:30–18:30 (JST), except national holidays and the year-end/new-year closure (29 Dec – 3 Jan).',
    });
    expect(d.reasons[0]!.message).toEqual({
      ja: 'お問い合わせは、フォーム(https://www.jmas.co.jp/customerservice/)からいつでも受け付けています。ログインは不要です。',
      en: 'You can make an inquiry through the form (https://www.jmas.co.jp/customerservice/) at any time; no login is needed.',
    });
  });

  it('a policy without a year-end closure never mentions 年末年始; company closures are named when there are some', () => {
    const noYearEnd = definePolicy(policy20241007, { version: '2030-01-01', calendar: { yearEndClosure: null } });
    const d = allowedChannels({ urgency: 'high' }, { policy: noYearEnd });
    expect(d.reasons[1]!.message.ja).toContain('月曜日から金曜日(祝日を除く)の09:30〜18:30');
    expect(d.reasons[1]!.message.en).toContain('except national holidays.');
    for (const r of d.reasons) expect(`${r.message.ja} ${r.message.en}`).not.toMatch(/年末年始|year-end/);
    const withClosures = definePolicy(policy20241007, {
      version: '2030-01-01',
      calendar: { hours: { open: '10:00', close: '17:00' }, closures: [{ date: '2030-08-13', label: '夏季休業' }] },
    });
    const e = allowedChannels({ urgency: 'high' }, { policy: withClosures });
    expect(e.reasons[1]!.message.ja).toContain(
      '月曜日から金曜日(祝日・年末年始休業(12月29日〜1月3日)・その他の弊社休業日を除く)の10:00〜17:00',
    );
    expect(e.reasons[1]!.message.en).not.toContain('09:30');
  });

  it('at 18:30:00 the line is closed (half-open hours), and the next opening is given', () => {
    // 2027-01-08 is a Friday; after 18:30 the next business opening skips Sat 9, Sun 10 and Mon 11 (成人の日) → Tue 2027-01-12 09:30.
    const d = allowedChannels({ urgency: 'high', at: '2027-01-08T18:30+09:00' });
    expect(d.outcome).toBe('web-form-only');
    expect(codes(d)).toEqual(['WEB_FORM_OPEN', 'PHONE_OUTSIDE_HOURS']);
    expect(d.reasons[1]!.message).toEqual({
      ja: '2027年1月8日(金) 18:30は受付時間外のため、お電話ではお受けできません。フォームからお問い合わせいただくか、次の受付開始(2027年1月12日(火) 09:30)以降にお電話ください。',
      en: 'Fri 8 Jan 2027, 18:30 (JST) is outside reception hours, so the phone is not answered; please use the form, or call from the next opening, Tue 12 Jan 2027, 09:30 (JST).',
    });
    expectWellFormed(d);
  });

  it('answers the web form for any date; only the phone part needs the holiday data', () => {
    // The holiday data covers 1970–2050. 2051-01-06 10:00 is beyond it: the form is still open, and
    // the phone is listed for business hours with a reason saying its hours that day cannot be told.
    const d = allowedChannels({ urgency: 'high', at: '2051-01-06T10:00+09:00' });
    expect(d.outcome).toBe('web-form-and-phone');
    expect(d.value).toEqual([
      { channel: 'web-form', contact: FORM, loginRequired: false, when: 'any-time' },
      { channel: 'phone', contact: PHONE, when: 'business-hours' },
    ]);
    expect(codes(d)).toEqual(['WEB_FORM_OPEN', 'PHONE_HOURS_NOT_KNOWN']);
    expect(d.reasons[1]!.note?.en).toContain('1970-01-01 to 2050-12-31');
    // Medium urgency: no phone, so no calendar at all, for any year.
    expect(allowedChannels({ urgency: 'medium', at: '2099-06-01T10:00+09:00' }).outcome).toBe('web-form-only');
    // The last days of the data: Thursday 2050-12-29 is in the year-end closure, and the next opening
    // (January 2051) lies beyond the data.
    expect(codes(allowedChannels({ urgency: 'high', at: '2050-12-29T10:00+09:00' }))).toEqual([
      'WEB_FORM_OPEN',
      'PHONE_HOURS_NOT_KNOWN',
    ]);
    expectWellFormed(d);
  });

  it('every reason reads as a support desk would send it', () => {
    const formless = definePolicy(policy20241007, {
      version: '2030-01-01',
      channels: { webForm: { urgencies: ['medium', 'low'] } },
    });
    const anyHour = definePolicy(policy20241007, {
      version: '2030-01-01',
      channels: { phone: { urgencies: ['high'], withinBusinessHoursOnly: false } },
    });
    const all = [
      allowedChannels({ urgency: 'high', at: '2027-01-04T10:00+09:00' }),
      allowedChannels({ urgency: 'high', at: '2027-01-08T18:30+09:00' }),
      allowedChannels({ urgency: 'high', at: '2051-01-06T10:00+09:00' }),
      allowedChannels({ urgency: 'high' }),
      allowedChannels({ urgency: 'low' }),
      allowedChannels({ urgency: 'high' }, { policy: formless }),
      allowedChannels({ urgency: 'high' }, { policy: anyHour }),
    ];
    expect(new Set(all.flatMap(codes)).size).toBe(8);
    expectCustomerWords(all.flatMap((d) => d.reasons.map((r) => r.message)));
  });

  it('at 18:29:59 the line is open', () => {
    expect(allowedChannels({ urgency: 'high', at: '2027-01-08T18:29:59+09:00' }).outcome).toBe('web-form-and-phone');
  });

  it('a national holiday on a weekday is closed', () => {
    // 2027-04-29 is a Thursday, 昭和の日.
    expect(allowedChannels({ urgency: 'high', at: '2027-04-29T11:00+09:00' }).outcome).toBe('web-form-only');
  });

  it('reads instants in JST whatever their offset', () => {
    // 2027-01-04T01:00Z is 10:00 JST on Monday 4 January: inside hours.
    expect(allowedChannels({ urgency: 'high', at: new Date('2027-01-04T01:00:00Z') }).outcome).toBe(
      'web-form-and-phone',
    );
    expect(allowedChannels({ urgency: 'high', at: Date.UTC(2027, 0, 4, 1) }).outcome).toBe('web-form-and-phone');
  });
});

describe('1.1.contacts: the support-service table', () => {
  it('holds the form URL, the emergency phone and the hours', () => {
    const table = contactTable();
    expect(table.webForm).toEqual({ url: FORM, loginRequired: false, urgencies: ['high', 'medium', 'low'] });
    expect(table.emergencyPhone).toEqual({ number: PHONE, urgencies: ['high'], withinBusinessHoursOnly: true });
    expect(table.hours).toEqual({
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      open: '09:30',
      close: '18:30',
      // 1.1.hours: 月曜日から金曜日 … の 9:30~18:30, so every weekday from Monday to Friday has 09:30–18:30.
      weekly: {
        mon: [{ open: '09:30', close: '18:30' }],
        tue: [{ open: '09:30', close: '18:30' }],
        wed: [{ open: '09:30', close: '18:30' }],
        thu: [{ open: '09:30', close: '18:30' }],
        fri: [{ open: '09:30', close: '18:30' }],
        sat: [],
        sun: [],
      },
      text: { ja: '月曜日から金曜日の09:30〜18:30', en: 'Monday to Friday, 09:30–18:30 (JST)' },
      timeZone: 'Asia/Tokyo',
      closedOn: { nationalHolidays: true, yearEnd: { from: '12-29', to: '01-03' }, companyClosures: [] },
    });
    expect(table.products.map((p) => p.id)).toEqual(['kaito', 'sekai-cart']);
    expect(table.clauses).toEqual(['1.1.products', '1.1.contacts', '1.1.channels', '1.1.hours']);
    expect(table.policyVersion).toBe('2024-10-07');
  });

  it('follows the policy version, company closures included', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      contacts: { emergencyPhone: '03-0000-0000' },
      calendar: { closures: [{ from: '2030-08-13', to: '2030-08-15', label: '夏季休業' }] },
    });
    const table = contactTable({ policy });
    expect(table.emergencyPhone.number).toBe('03-0000-0000');
    expect(table.hours.closedOn.companyClosures).toEqual([{ from: '2030-08-13', to: '2030-08-15', label: '夏季休業' }]);
    expect(allowedChannels({ urgency: 'high' }, { policy }).value[1]).toMatchObject({ contact: '03-0000-0000' });
  });

  it('every decision of allowedChannels cites 1.1.contacts', () => {
    expect(allowedChannels({ urgency: 'low' }).clauses).toContain('1.1.contacts');
  });

  it('returns fresh data each time (callers cannot change the policy through it)', () => {
    const a = contactTable();
    (a.webForm.urgencies as string[]).push('x');
    expect(contactTable().webForm.urgencies).toEqual(['high', 'medium', 'low']);
  });

  it('throws INVALID_POLICY for a policy that is not one', () => {
    expect(thrown(() => contactTable({ policy: { version: '2024-10-07' } as never })).code).toBe('INVALID_POLICY');
  });
});

describe('1.1.channels: bad input', () => {
  it.each<[string, unknown]>([
    ['not an object', 'high'],
    ['an unknown urgency', { urgency: 'urgent' }],
    ['a missing urgency', {}],
    ['an unknown field', { urgency: 'high', channel: 'phone' }],
  ])('throws INVALID_INPUT for %s', (_, input) => {
    expect(thrown(() => allowedChannels(input as AllowedChannelsInput)).code).toBe('INVALID_INPUT');
  });

  it('throws INVALID_INPUT for an urgency the policy does not have', () => {
    const policy = definePolicy(policy20241007, {
      version: '2030-01-01',
      urgencyLevels: ['high', 'low'],
      channels: { webForm: { urgencies: ['high', 'low'] } },
    });
    const error = thrown(() => allowedChannels({ urgency: 'medium' }, { policy }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]!.path).toEqual(['urgency']);
  });

  it.each<[string, unknown]>([
    ['a date without a time', '2027-01-04'],
    ['text', 'now'],
    ['NaN', Number.NaN],
  ])('throws INVALID_INSTANT for %s', (_, at) => {
    expect(thrown(() => allowedChannels({ urgency: 'high', at } as AllowedChannelsInput)).code).toBe('INVALID_INSTANT');
  });
});

describe('1.1.hours under hours per weekday (issue 12): the words name each day’s hours', () => {
  // A week with a lunch break and a Saturday half day. January 2027: Fri 8, Sat 9, Sun 10, Mon 11 (成人の日,
  // the second Monday), Tue 12. The year-end closure (12-29 – 01-03) and national holidays are the policy's.
  const policy = definePolicy(policy20241007, {
    version: '2027-04-01',
    calendar: { hours: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: saturday } },
  });

  it('the phone sentence names the weekday intervals and the Saturday, not one span from 09:00 to 18:00', () => {
    const d = allowedChannels({ urgency: 'high' }, { policy });
    expect(d.reasons[1]!.message).toEqual({
      ja: '緊急の場合は、お電話(03-5776-2167)でも受け付けています。お電話の受付時間は、月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00(いずれも祝日・年末年始休業(12月29日〜1月3日)を除く)です。',
      en: 'In an emergency you can also call 03-5776-2167: Monday to Friday, 09:00–12:00 and 13:00–18:00; Saturday, 10:00–15:00 (JST), except national holidays and the year-end/new-year closure (29 Dec – 3 Jan).',
    });
    expectCustomerWords(d.reasons.map((r) => r.message));
    // 12:30 on Tue 2027-01-12 is the lunch hour: the line reopens at 13:00 the same day.
    const lunchHour = allowedChannels({ urgency: 'high', at: '2027-01-12T12:30+09:00' }, { policy });
    expect(codes(lunchHour)).toEqual(['WEB_FORM_OPEN', 'PHONE_OUTSIDE_HOURS']);
    expect(lunchHour.reasons[1]!.message.ja).toContain('次の受付開始(2027年1月12日(火) 13:00)');
  });

  it('the contact table keeps its span and gains every weekday’s intervals and the words', () => {
    const { hours } = contactTable({ policy });
    // Monday to Saturday have hours, Monday first; the span runs from the earliest opening (09:00, weekdays) to
    // the latest close (18:00, weekdays): a bound, which is why `weekly` and `text` are there.
    expect(hours.days).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
    expect([hours.open, hours.close]).toEqual(['09:00', '18:00']);
    expect(hours.weekly).toEqual({
      mon: lunch,
      tue: lunch,
      wed: lunch,
      thu: lunch,
      fri: lunch,
      sat: saturday,
      sun: [],
    });
    expect(hours.text).toEqual({
      ja: '月曜日から金曜日の09:00〜12:00・13:00〜18:00、土曜日の10:00〜15:00',
      en: 'Monday to Friday, 09:00–12:00 and 13:00–18:00; Saturday, 10:00–15:00 (JST)',
    });
    // A fresh table each time: changing one does not change the next.
    (hours.weekly.mon as unknown as unknown[]).push({ open: '00:00', close: '01:00' });
    expect(contactTable({ policy }).hours.weekly.mon).toEqual(lunch);
  });
});
