// Dates in news text: full dates in page headers ("Published : Aug 18, 2020", "30-Sep-2020",
// "2020-09-30"), partial dates in prose ("September 16", "Sept. 3") and weekday words
// ("on Tuesday"), resolved against the publication date.

const MONTH_INDEX: ReadonlyMap<string, number> = new Map([
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["may", 5],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

const FULL_DATE_PATTERNS: readonly { re: RegExp; pick: (m: RegExpExecArray) => DateParts }[] = [
  {
    re: /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g,
    pick: (m) => ({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) }),
  },
  {
    // "Jul 14, 2016", also typed without the space ("Jul 14,2016").
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,\\s*|\\s+)(\\d{4})\\b`, "gi"),
    pick: (m) => ({ y: Number(m[3]), mo: monthNumber(m[1]), d: Number(m[2]) }),
  },
  {
    re: new RegExp(`\\b${DAY}[\\s-]+${MONTH},?[\\s-]+(\\d{4})\\b`, "gi"),
    pick: (m) => ({ y: Number(m[3]), mo: monthNumber(m[2]), d: Number(m[1]) }),
  },
  {
    // 09/30/2020 (US) unless the first number cannot be a month; 30.09.2020 is day-first.
    re: /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/g,
    pick: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const dayFirst = m[2] === "." || a > 12;
      return { y: Number(m[4]), mo: dayFirst ? b : a, d: dayFirst ? a : b };
    },
  },
];

const FOUR_DIGITS = /\d{4}/;

interface DateParts {
  y: number;
  mo: number;
  d: number;
}

/** A date found in text, as ISO YYYY-MM-DD with the offset of its match. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function monthNumber(word: string | undefined): number {
  return MONTH_INDEX.get((word ?? "").slice(0, 3).toLowerCase()) ?? 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2019-02-29" is no date: the days of the month, February's by the leap year. */
function daysIn(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

function toIso({ y, mo, d }: DateParts): string | null {
  if (![y, mo, d].every(Number.isInteger)) return null;
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1900 || y > 2999) return null;
  return `${y}-${twoDigits(mo)}-${twoDigits(d)}`;
}

/** Every full date (with a year) in the text, in order of appearance. */
export function findFullDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every pattern needs a four-digit year: most lines of a page have none.
  if (!FOUR_DIGITS.test(text)) return found;
  for (const { re, pick } of FULL_DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const iso = toIso(pick(m));
      const overlaps = found.some(
        (f) => m.index < f.index + f.length && f.index < m.index + m[0].length,
      );
      if (iso !== null && !overlaps) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A page's date label glued to the start of its text (" date 2019-09-24 LONDON ...", "Write:
 * 2019-01-28", "2019.01.28 15:04", "Published 28 Jan 2019"): its ISO date and the length to strip.
 */
export function leadingDate(text: string): { iso: string; length: number } | null {
  const label =
    /^\s*(?:(?:date|write|written|published|posted|updated|created)\s*[:：]?\s*)?/i.exec(text);
  const from = label?.[0].length ?? 0;
  const first = findFullDates(text.slice(from, from + 40))[0];
  if (!first || first.index !== 0) return null;
  const rest = text.slice(from + first.length);
  const time = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?[\s,|•-]*/i.exec(rest)?.[0] ?? "";
  // A bare date opening a sentence ("2019-01-28 was ...") stays prose unless a label or a time marks it.
  if (from === 0 && !/\d:\d/.test(time)) return null;
  return { iso: first.iso, length: from + first.length + time.length };
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const PARTIAL_DATE = new RegExp(
  `\\b(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})\\b(?!,?\\s*\\d{4})`,
  "gi",
);
const FULL_OR_PARTIAL = (text: string) => findFullDates(text);
const WEEKDAY_RE =
  /\b(?:on\s+|last\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const ORDINAL_DAY_RE =
  /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|time|round|floor|place))/gi;
const RELATIVE_RE = /\b(yesterday|today|earlier today|this (?:morning|afternoon|evening))\b/gi;

/**
 * Every date stated or implied in a sentence, resolved against the publication date: full dates,
 * month-day dates (in the year that puts them on or before publication, within a month),
 * weekday words (the latest such weekday on or before publication) and "yesterday"/"today".
 */
export function findDatesInSentence(sentence: string, publishedOn: string | null): FoundDate[] {
  const found = FULL_OR_PARTIAL(sentence);
  if (publishedOn === null) return found;
  const pubYear = Number(publishedOn.slice(0, 4));
  const add = (iso: string | null, m: RegExpExecArray) => {
    const overlaps = found.some(
      (f) => m.index < f.index + f.length && f.index < m.index + m[0].length,
    );
    if (iso !== null && !overlaps) found.push({ iso, index: m.index, length: m[0].length });
  };
  PARTIAL_DATE.lastIndex = 0;
  for (let m = PARTIAL_DATE.exec(sentence); m !== null; m = PARTIAL_DATE.exec(sentence)) {
    const mo = monthNumber(m[1] ?? m[4]);
    const d = Number(m[2] ?? m[3]);
    let iso = toIso({ y: pubYear, mo, d });
    if (iso !== null && iso > addDays(publishedOn, 31)) iso = toIso({ y: pubYear - 1, mo, d });
    add(iso, m);
  }
  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(sentence); m !== null; m = WEEKDAY_RE.exec(sentence)) {
    const day = resolveWeekday(m[1] ?? "", publishedOn);
    // "last Tuesday" in a Tuesday's paper is a week back.
    add(day === publishedOn && /^last/i.test(m[0]) ? addDays(publishedOn, -7) : day, m);
  }
  ORDINAL_DAY_RE.lastIndex = 0;
  for (let m = ORDINAL_DAY_RE.exec(sentence); m !== null; m = ORDINAL_DAY_RE.exec(sentence)) {
    add(resolveOrdinalDay(Number(m[1]), publishedOn), m);
  }
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(sentence); m !== null; m = RELATIVE_RE.exec(sentence)) {
    add(addDays(publishedOn, (m[1] ?? "").toLowerCase() === "yesterday" ? -1 : 0), m);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "on the 24th": that day of the publication month, or of the month before if still to come. */
function resolveOrdinalDay(day: number, publishedOn: string): string | null {
  const [y, mo, d] = publishedOn.split("-").map(Number) as [number, number, number];
  if (day <= d) return toIso({ y, mo, d: day });
  return mo === 1 ? toIso({ y: y - 1, mo: 12, d: day }) : toIso({ y, mo: mo - 1, d: day });
}

/** The latest date on or before `publishedOn` that falls on the given weekday. */
export function resolveWeekday(weekday: string, publishedOn: string): string | null {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (target < 0) return null;
  const pubDay = new Date(`${publishedOn}T00:00:00Z`).getUTCDay();
  return addDays(publishedOn, -((pubDay - target + 7) % 7));
}
