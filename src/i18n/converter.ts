import { COMMON, type CommonMessages } from './common.js';
import { fill } from './plural.js';
import { wordsFor, type Language } from './registry.js';

/** The words `<nw-currency-converter>` shows. `{name}` slots take codes and numbers. */
export interface ConverterMessages {
  /** The form's accessible name. */
  converter: string;
  amount: string;
  /** Labels of the two currency lists: convert from, convert to. */
  from: string;
  to: string;
  /** The swap button's name. */
  swap: string;
  /** The amount typed is not a number; `{example}` is one written the language's way (`1 234,5`). */
  notANumber: string;
  /** The feed has no pair, direct or across, between the two currencies. */
  noRate: string;
  /** The feed holds no currencies at all that the converter could offer. */
  noCurrencies: string;
}

export const CONVERTER: Record<Language, ConverterMessages> = {
  en: {
    converter: 'Currency converter',
    amount: 'Amount',
    from: 'From',
    to: 'To',
    swap: 'Swap currencies',
    notANumber: 'Enter a number, such as {example}.',
    noRate: 'These rates cannot convert {from} to {to}.',
    noCurrencies: 'No currencies to convert.',
  },
  ru: {
    converter: 'Конвертер валют',
    amount: 'Сумма',
    from: 'Из',
    to: 'В',
    swap: 'Поменять валюты местами',
    notANumber: 'Введите число, например {example}.',
    noRate: 'По этим курсам нельзя перевести {from} в {to}.',
    noCurrencies: 'Нет валют для пересчёта.',
  },
  kk: {
    converter: 'Валюта айырбастағыш',
    amount: 'Сома',
    from: 'Қай валютадан',
    to: 'Қай валютаға',
    swap: 'Валюталардың орнын ауыстыру',
    notANumber: 'Сан енгізіңіз, мысалы {example}.',
    noRate: 'Бұл бағамдармен {from} валютасын {to} валютасына айырбастау мүмкін емес.',
    noCurrencies: 'Айырбастайтын валюта жоқ.',
  },
  uz: {
    converter: 'Valyuta konvertori',
    amount: 'Miqdor',
    from: 'Qaysi valyutadan',
    to: 'Qaysi valyutaga',
    swap: 'Valyutalar o‘rnini almashtirish',
    notANumber: 'Son kiriting, masalan {example}.',
    noRate: 'Bu kurslar bo‘yicha {from}ni {to}ga almashtirib bo‘lmaydi.',
    noCurrencies: 'Almashtirish uchun valyuta yo‘q.',
  },
  ky: {
    converter: 'Валюта конвертери',
    amount: 'Сумма',
    from: 'Кайсы валютадан',
    to: 'Кайсы валютага',
    swap: 'Валюталардын ордун алмаштыруу',
    notANumber: 'Сан киргизиңиз, мисалы {example}.',
    noRate: 'Бул курстар боюнча {from} валютасын {to} валютасына которуу мүмкүн эмес.',
    noCurrencies: 'Которо турган валюта жок.',
  },
  tg: {
    converter: 'Табдилдиҳандаи асъор',
    amount: 'Маблағ',
    from: 'Аз асъори',
    to: 'Ба асъори',
    swap: 'Ҷойи асъорҳоро иваз кардан',
    notANumber: 'Рақам ворид кунед, масалан {example}.',
    noRate: 'Бо ин қурбҳо {from}-ро ба {to} табдил додан ғайриимкон аст.',
    noCurrencies: 'Асъоре барои табдил нест.',
  },
  tk: {
    converter: 'Walýuta öwrüjisi',
    amount: 'Mukdar',
    from: 'Haýsy walýutadan',
    to: 'Haýsy walýuta',
    swap: 'Walýutalaryň ornuny çalyş',
    notANumber: 'San giriziň, meselem {example}.',
    noRate: 'Bu hümmetler boýunça {from} walýutasyny {to} walýutasyna öwrüp bolmaýar.',
    noCurrencies: 'Öwürmek üçin walýuta ýok.',
  },
};

export interface ConverterWords
  extends CommonMessages, Omit<ConverterMessages, 'notANumber' | 'noRate'> {
  notANumber: (example: string) => string;
  noRate: (from: string, to: string) => string;
}

/** The converter's words in `locale`'s language (`ru-KZ` → `ru`), with what a site registered, else English. */
export function converterMessages(locale: string): ConverterWords {
  const words = { ...wordsFor(locale, COMMON), ...wordsFor(locale, CONVERTER) };
  return {
    ...words,
    notANumber: (example) => fill(words.notANumber, { example }),
    noRate: (from, to) => fill(words.noRate, { from, to }),
  };
}
