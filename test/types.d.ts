// japanese-holidays ships no types; only getHolidaysOf is used, as the independent holiday oracle.
declare module 'japanese-holidays' {
  const JapaneseHolidays: {
    getHolidaysOf(year: number, furikae?: boolean): { month: number; date: number; name: string }[];
    isHoliday(date: Date, furikae?: boolean): string | undefined;
  };
  export default JapaneseHolidays;
}
