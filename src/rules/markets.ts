import type { RuleSpec } from '../types.js';

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
