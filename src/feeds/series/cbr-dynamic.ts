import { makeRate, textOf } from '../rates/rate.js';
import type { SeriesAdapter } from './adapter.js';

/**
 * The Bank of Russia's internal codes (`VAL_NM_RQ`) for the currencies it fixes daily, from its own daily
 * `ValCurs` (`<Valute ID="R01235"><CharCode>USD</CharCode>`): `XML_dynamic` names its one currency only by
 * this code. One string, split once, costs the bundle less than an object literal.
 */
const CBR_CODES = new Map(
  (
    'R01010 AUD R01020A AZN R01035 GBP R01060 AMD R01090B BYN R01100 BGN R01115 BRL R01135 HUF ' +
    'R01150 VND R01200 HKD R01210 GEL R01215 DKK R01230 AED R01235 USD R01239 EUR R01240 EGP ' +
    'R01270 INR R01280 IDR R01300 IRR R01335 KZT R01350 CAD R01355 QAR R01370 KGS R01375 CNY ' +
    'R01500 MDL R01530 NZD R01535 NOK R01565 PLN R01585F RON R01589 XDR R01625 SGD R01670 TJS ' +
    'R01675 THB R01700J TRY R01710A TMT R01717 UZS R01720 UAH R01760 CZK R01770 SEK R01775 CHF ' +
    'R01805F RSD R01810 ZAR R01815 KRW R01820 JPY'
  )
    .split(' ')
    .flatMap((word, i, words) => (i % 2 ? [] : [[word, words[i + 1]] as const])),
);

const isDynamic = (data: unknown): data is Document =>
  data instanceof Document &&
  data.documentElement.localName === 'ValCurs' &&
  data.documentElement.hasAttribute('DateRange1');

/**
 * The Bank of Russia's `XML_dynamic.asp?date_req1=…&date_req2=…&VAL_NM_RQ=R01235`: one currency over a range
 * of days, `<ValCurs ID="R01235" DateRange1="01.12.2025" …><Record Date="02.12.2025"><Nominal>1</Nominal>
 * <Value>78,3000</Value></Record>…`. `Nominal` units cost `Value` roubles, as in the daily file. Days the bank
 * fixed no rate (weekends, holidays) have no record.
 */
export const cbrDynamic: SeriesAdapter<'cbr-dynamic'> = {
  format: 'cbr-dynamic',
  detect: isDynamic,
  read(data, into) {
    if (!isDynamic(data)) return;
    const id = data.documentElement.getAttribute('ID')?.trim().toUpperCase() ?? '';
    const code = CBR_CODES.get(id);
    if (!code)
      into.fail(`names the currency "${id.slice(0, 12)}", which news-widgets does not know`);
    for (const record of data.getElementsByTagName('Record')) {
      into.add(
        record.getAttribute('Date'),
        makeRate(code, 'RUB', textOf(record, 'Value'), undefined, textOf(record, 'Nominal') ?? 1),
      );
    }
  },
};
