import type { RuleSpec } from '../types.js';

/** An index, commodity or currency name of up to four words, as a ticker strip shows it. */
const QUOTE_NAME = "[\\p{L}][\\p{L}\\p{N}&.'’/-]*(?:\\s[\\p{L}\\p{N}&.'’/-]+){0,3}";
/** A price level, in either decimal convention, perhaps with a currency sign. */
const LEVEL = '[$€£¥₹]?\\s?\\d[\\d,.\\u00a0\\u202f]*\\d';
const PERCENT = '\\d[\\d,.]*\\s?%';
/** Names of indexes, commodities and currency pairs that a bare +/- change may follow. */
const MARKET_NAMES = [
  'sensex|nifty(?: 50| bank)?|dow(?: jones)?|nasdaq(?: composite| 100)?|s&p(?: 500| 100)?|ftse(?: 100| 250| mib)?',
  'dax|mdax|tecdax|cac(?: 40)?|smi|ibex(?: 35)?|aex|atx|omx|stoxx(?: 600| 50)?|euro stoxx(?: 50)?|nikkei(?: 225)?',
  'topix|hang seng|shanghai composite|csi 300|kospi|asx(?: 200)?|tsx|bovespa|ibovespa|merval|ipc|russell 2000|vix',
  'gold|silver|platinum|copper|brent(?: crude)?|wti(?: crude)?|crude(?: oil)?|oil|natural gas|bitcoin|btc|ether(?:eum)?',
  '[a-z]{3}/[a-z]{3}',
].join('|');

/** Stock-quote widgets: exchange tickers, quote fields and price-change lines. */
export const marketRules: RuleSpec[] = [
  {
    id: 'market/ticker',
    label: 'chrome',
    pattern:
      /^[([]?\s?(?:nasdaq|nyse|nyse american|nyse arca|amex|otc|otcmkts|lse|tsx|tsxv|asx|nse|bse|xetra|euronext|hkex|tse)\s?:\s?[a-z][a-z0-9.]{0,6}\s?[)\]]?$/iu,
    weight: 4,
    reason: 'an exchange ticker alone on its line',
    examples: {
      match: ['NASDAQ: ACME', 'NYSE:XYZ', '(NYSE: ABC.B)'],
      noMatch: ['Nasdaq: shares of the firm rose after the earnings call.'],
    },
  },
  {
    id: 'market/quote-field',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:market cap(?:italization)?|today(?:'|’)s change|current price|day(?:'|’)s (?:range|change|high|low)|52[- ]week (?:range|high|low)|prev(?:ious)? close|open(?:ing)? price|p\/e ratio|dividend yield|volume|avg\.? volume|stocks mentioned|price as of\b.{1,40}|(?:quotes?|prices?) (?:as of|delayed)\b.{0,40})\s?:?$/iu,
    weight: 3,
    reason: 'a field label of a stock-quote widget',
    examples: {
      match: [
        'Market Cap',
        "Today's Change",
        'Current Price',
        'Stocks Mentioned',
        'Price as of March 3, 2021, 4:00 p.m. ET',
      ],
      noMatch: ['Market capitalisation fell by a third during the crisis, analysts said.', 'Volume is up.'],
    },
  },
  {
    id: 'market/index-level',
    label: 'chrome',
    // A market ticker strip: a name, its level and the change. With an arrow any name will do
    // ("Sensex 74,015.20 ▲ 0.44%"); with a bare sign the name must be a market's, since an
    // election table ("Greens 4,210 +2.1%") looks the same.
    pattern: new RegExp(
      `^${QUOTE_NAME}\\s${LEVEL}\\s[▲▼△▽↑↓⬆⬇]\\s?[+\\-−]?${PERCENT}$|^(?:${MARKET_NAMES})(?:\\s[\\p{L}\\p{N}&.'’/-]+){0,2}\\s${LEVEL}\\s(?:[+\\-−]\\s?${PERCENT}|\\([+\\-−]${PERCENT}\\))$`,
      'iu',
    ),
    weight: 3,
    needsDigit: true,
    reason: 'a market index or quote in a ticker strip',
    examples: {
      match: [
        'Sensex 74,015.20 ▲ 0.44%',
        'Hang Seng 16.720,35 ▼ 1,02 %',
        'DAX 18.492,12 -0,35 %',
        'Dow Jones 39,112.16 +0.3%',
        'S&P 500 5,123.41 (−0.12%)',
        'Brent crude $82.40 -1.1%',
        'EUR/USD 1.0842 +0.05%',
      ],
      noMatch: [
        'The Sensex closed 0.6% higher on Friday as banks rallied.',
        'Greens 4,210 +2.1%',
        'Inflation rose 3.2% in May, above forecasts.',
      ],
    },
  },
  {
    id: 'market/price-change',
    label: 'chrome',
    pattern:
      /^[$€£¥]\s?\d[\d,]*(?:\.\d+)?\s?[kmbt]?\s[([][-+−]?\d[\d,]*(?:\.\d+)?\s?%[)\]](?:\s[-+−]?[$€£¥]\s?\d[\d,]*(?:\.\d+)?)?$|^[([][-+−]?\d[\d,]*(?:\.\d+)?\s?%[)\]]\s[-+−]?[$€£¥]\s?\d[\d,]*(?:\.\d+)?$|^[$€£¥]\s?\d[\d,]*(?:\.\d+)?\s?[kmbt]$/iu,
    weight: 3,
    reason: 'a quote price or price change alone on its line',
    examples: {
      match: ['$12.34 (1.20%) $0.15', '(2.50%) $1.10', '$2,015B', '$7.50 (-0.42%)'],
      noMatch: ['The shares fell 2.5% to $12.34 in early trading on Monday.', '2019', '51.2%', '-0.42%'],
    },
  },
];
