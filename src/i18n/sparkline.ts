import { numberFormat } from '../format/intl-cache.js';
import { fill, plural, type PluralForms } from './plural.js';
import { wordsFor, type Language } from './registry.js';

/**
 * The text alternative of a sparkline: `up 1.2% over 30 days, low 0.01121, high 0.01150`. `{change}` is the
 * change from the first day to the last, without a sign (the word says which way); `{days}` is `days` below.
 */
export interface SparklineMessages {
  trendUp: string;
  trendDown: string;
  /** A change that rounds to 0%. */
  trendFlat: string;
  /** Follows the trend after a comma. */
  trendRange: string;
  /** The span of the line: `{count} days`; also the heading of a column of sparklines. */
  trendDays: PluralForms;
  /** A line with fewer than two days: nothing to compare yet. */
  trendNone: string;
}

export const SPARKLINE: Record<Language, SparklineMessages> = {
  en: {
    trendUp: 'up {change} over {days}',
    trendDown: 'down {change} over {days}',
    trendFlat: 'unchanged over {days}',
    trendRange: 'low {low}, high {high}',
    trendDays: { one: '{count} day', other: '{count} days' },
    trendNone: 'no rate history yet',
  },
  ru: {
    trendUp: 'рост на {change} за {days}',
    trendDown: 'снижение на {change} за {days}',
    trendFlat: 'без изменений за {days}',
    trendRange: 'минимум {low}, максимум {high}',
    trendDays: {
      one: '{count} день',
      few: '{count} дня',
      many: '{count} дней',
      other: '{count} дня',
    },
    trendNone: 'истории курса пока нет',
  },
  kk: {
    trendUp: '{days} ішінде {change} өсті',
    trendDown: '{days} ішінде {change} төмендеді',
    trendFlat: '{days} ішінде өзгеріссіз',
    trendRange: 'ең төменгі {low}, ең жоғары {high}',
    trendDays: { other: '{count} күн' },
    trendNone: 'бағам тарихы әлі жоқ',
  },
  uz: {
    trendUp: '{days} ichida {change} ga oshdi',
    trendDown: '{days} ichida {change} ga pasaydi',
    trendFlat: '{days} ichida o‘zgarishsiz',
    trendRange: 'eng past {low}, eng yuqori {high}',
    trendDays: { other: '{count} kun' },
    trendNone: 'kurs tarixi hali yo‘q',
  },
  ky: {
    trendUp: '{days} ичинде {change} өстү',
    trendDown: '{days} ичинде {change} төмөндөдү',
    trendFlat: '{days} ичинде өзгөрүүсүз',
    trendRange: 'эң төмөн {low}, эң жогору {high}',
    trendDays: { other: '{count} күн' },
    trendNone: 'курстун тарыхы азырынча жок',
  },
  tg: {
    trendUp: 'дар {days} {change} афзоиш',
    trendDown: 'дар {days} {change} коҳиш',
    trendFlat: 'дар {days} бетағйир',
    trendRange: 'камтарин {low}, бештарин {high}',
    trendDays: { other: '{count} рӯз' },
    trendNone: 'таърихи қурб ҳоло нест',
  },
  tk: {
    trendUp: '{days} içinde {change} ýokarlandy',
    trendDown: '{days} içinde {change} peseldi',
    trendFlat: '{days} içinde üýtgewsiz',
    trendRange: 'iň pes {low}, iň ýokary {high}',
    trendDays: { other: '{count} gün' },
    trendNone: 'hümmetiň taryhy entek ýok',
  },
};

/** The facts a sparkline states, already written as numbers of the locale. */
export interface TrendFacts {
  direction: 'up' | 'down' | 'unchanged';
  change: string;
  days: number;
  low: string;
  high: string;
}

/** `30 days` in `locale`'s language: the heading over a column of sparklines of that window. */
export function trendDays(locale: string, days: number): string {
  const count = numberFormat(locale, {}).format(days);
  return plural(locale, days, wordsFor(locale, SPARKLINE).trendDays, count);
}

/** A sparkline's text alternative in `locale`'s language, or "no history yet" without facts. */
export function describeTrend(locale: string, facts: TrendFacts | undefined): string {
  const words = wordsFor(locale, SPARKLINE);
  if (!facts) return words.trendNone;
  const days = trendDays(locale, facts.days);
  const trend = { up: words.trendUp, down: words.trendDown, unchanged: words.trendFlat }[
    facts.direction
  ];
  return `${fill(trend, { change: facts.change, days })}, ${fill(words.trendRange, { low: facts.low, high: facts.high })}`;
}
