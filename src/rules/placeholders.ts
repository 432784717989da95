import type { RuleSpec } from '../types.js';

/** Template placeholders and markup that leaked from the page into the text. */
export const placeholderRules: RuleSpec[] = [
  {
    id: 'placeholder/template',
    label: 'chrome',
    pattern:
      /\{\{[^{}]{0,80}\}\}|\{%[^{}]{0,80}%\}|<%[^%]{0,80}%>|\$\{[\w.]{1,40}\}|%%[\w]{1,40}%%|\{(?:[a-z]{2,20}_[a-z_]{2,30}|[A-Z]{2,20}_[A-Z_]{2,30})\}|\[\[[\w .:-]{1,40}\]\]|__[A-Z][A-Z_]{2,40}__/u,
    weight: 5,
    reason: 'an unfilled template placeholder',
    examples: {
      match: [
        'You’ve read {{count}} of {{free_limit}} articles',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is a leaked template literal.
        'Hello ${user.name}',
        '%%PAYWALL_MESSAGE%%',
        'Hi {first_name}, thanks for reading',
      ],
      noMatch: ['The set {1, 2} has two elements.', 'The variable {x} stands for the price.'],
    },
  },
  {
    id: 'placeholder/markup',
    label: 'chrome',
    pattern:
      /^(?:<\/?(?:div|span|p|a|img|script|style|iframe|br|hr|section|article|aside|header|footer|nav|ul|ol|li|figure|figcaption|noscript|button|input|form|svg|path|meta|link|table|tr|td|h[1-6])(?:\s[^<>]{0,200})?\/?>\s?)+$|^(?:undefined|null|nan|\[object object\]|lorem ipsum\b.{0,200})$|^(?:[\w-]+-(?:only|up|down|wrapper|container)){2,}$/iu,
    weight: 5,
    reason: 'markup, a code value or CSS class names as text',
    examples: {
      match: ['<div class="ad">', 'undefined', 'for-phone-onlyfor-tablet-portrait-upfor-desktop-up'],
      noMatch: ['Null and void, the judge ruled.', '<The Palace: Tale of a Dancer>'],
    },
  },
  {
    id: 'placeholder/metadata-value',
    label: 'chrome',
    pattern:
      /^\d{4}-\d\d-\d\dt\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:z|[+-]\d\d:?\d\d)?$|^(?:https?:)?\/\/[^\s?#]{1,300}\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]\S{0,200})?$/iu,
    weight: 5,
    reason: 'a machine timestamp or an image file address alone on a line (page metadata)',
    examples: {
      match: [
        '2021-03-04T10:15:00+02:00',
        '2020-07-09T23:05Z',
        'https://cdn.example.net/img/2020/07/photo-of-a-bridge-800x400.jpg',
        '//static.example.org/logos/site-logo.png?v=3',
      ],
      noMatch: [
        'The files were stamped 2021-03-04T10:15:00 by the server, the audit found.',
        'https://example.org/reports/annual-review-2020',
        'See the chart at https://example.org/charts/rain.png for details.',
      ],
    },
  },
];
