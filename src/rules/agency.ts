import type { RuleSpec } from '../types.js';

const AGENCIES =
  'ians|pti|ani|uni|afp|ap|reuters|upi|dpa|efe|ansa|agi|adnkronos|lusa|xinhua|bloomberg|agencies|agency|agencias|agences|agenturen|agentur|unb|bernama|yonhap|kyodo|jiji|aap|apa|sda|ats|tass|ria|kna|bss|antara|wam|spa|mena|anadolu|aa|tns|tnn|hns|ndtv|wires?|news desk|web desk|online desk|agence france-presse|associated press|press trust of india|indo-asian news service|asian news international|agencia efe|europa press|deutsche presse-agentur|epd|kna|kathpress|belga|anp|ctk|pap|mti|ntb|tt|stt|ritzau|भाषा|आईएएनएस|एजेंसी|पीटीआई|एएनआई';

/** Agency tags at the end of wire copy, "with inputs from" notes and desk initials. */
export const agencyRules: RuleSpec[] = [
  {
    id: 'agency/dash-tag',
    label: 'byline',
    signsOff: true,
    pattern: new RegExp(`^[-–—]{1,3}\\s?(?:${AGENCIES}|[a-z]{2,6})\\s?[-–—]{0,3}$`, 'iu'),
    weight: 6,
    reason: 'an agency tag closing wire copy (--IANS)',
    examples: { match: ['--IANS', '-- PTI', '— AFP', '--ANI--'], noMatch: ['-- and then nothing.'] },
  },
  {
    id: 'agency/bare-tag',
    label: 'byline',
    signsOff: true,
    pattern: new RegExp(
      `^[([/]?\\s?(?:by\\s|por\\s|par\\s|von\\s|di\\s|da\\s)?(?:${AGENCIES})(?:\\s?(?:[/,&+]|and|with|y|et|und|e)\\s?(?:${AGENCIES}))*\\s?[)\\]/]?(?:\\s?(?:staff|writers?|reporters?|correspondent|news|photo|wire|desk|report))?[.:]?$`,
      'iu',
    ),
    weight: 5,
    reason: 'an agency name alone on its line',
    examples: {
      match: [
        'Reuters',
        '(AFP)',
        'AP',
        'PTI',
        'Agencia EFE',
        'Por Agencia EFE',
        'dpa/AFP',
        '(भाषा)',
        '/ANSA/',
        'UNI',
      ],
      noMatch: ['Reuters reported the deal first.', 'Uni-Klinik'],
    },
  },
  {
    // The lookahead leaves a sentence whose subject only opens the same way ("Reporting by the
    // newspaper prompted an inquiry."), as byline/reporting-by does.
    id: 'agency/inputs-from',
    label: 'byline',
    signsOff: true,
    pattern:
      /^(?:[-–—]{1,3}\s?)?[([]?\s?(?:with )?(?:inputs?|input|agency inputs?|reporting|additional inputs?) (?:from|by)\s(?!(?:the|a|an|its|their|his|her|this) [\p{L}-]+(?: [\p{L}-]+)? [\p{L}]+ed\s)[^.,;]{1,40}[)\]]?\.?$|^(?:[-–—]{1,3}\s?)?[([]?\s?(?:with|from) (?:agency|wire) (?:inputs?|reports?|services)[)\]]?\.?$/iu,
    weight: 5,
    reason: 'a "with inputs from agencies" note',
    examples: {
      match: [
        '-- With agency inputs',
        '(With inputs from PTI)',
        'With agency inputs',
        'Inputs from IANS',
        '— With wire services',
      ],
      noMatch: [
        'Inputs from farmers were ignored by the panel, which met twice.',
        'Reporting by the newspaper prompted an inquiry.',
      ],
    },
  },
  {
    id: 'agency/tag-with-initials',
    label: 'byline',
    signsOff: true,
    pattern: /^[([]?(?:PTI|IANS|ANI|UNI|AFP|AP|REUTERS|DPA|EFE|ANSA)[)\]]?(?:\s[A-Z]{2,4}){1,5}$/u,
    weight: 5,
    reason: 'an agency tag followed by desk initials',
    examples: { match: ['PTI TNR KH', 'IANS SKP RS'], noMatch: ['PTI LIVE UPDATES ON THE BUDGET'] },
  },
  {
    // Editors' initials with the agencies the story drew on, the way some broadcasters sign
    // off ("dw/sl (AP, Reuters)").
    id: 'agency/initials-with-agencies',
    label: 'byline',
    signsOff: true,
    pattern: new RegExp(
      `^[a-z]{2,4}(?:\\s?/\\s?[a-z]{2,4}){1,3}\\s?\\((?:${AGENCIES})(?:\\s?[,/;]\\s?(?:${AGENCIES}))*\\)$`,
      'iu',
    ),
    weight: 4,
    reason: "editors' initials with the agencies the story drew on",
    examples: {
      match: ['dw/sl (AP, Reuters)', 'jh/kl (dpa, AFP)'],
      noMatch: ['He/she (AP, Reuters) said', 'dw/sl (AP, Reuters) reported the figures'],
    },
  },
  {
    id: 'agency/desk-initials',
    label: 'byline',
    pattern:
      /^[([]?(?!(?:and|the|but|for|yes|not|now|was|are|its|our|you|all|any|can|had|has|how|may|new|off|old|one|out|own|see|she|too|two|use|way|who|why|yet|ok|no|so|oh|ah|eh|her|him|his|lol|wow|hey|bye|end|fin|ende|tbc|etc|via|per|ist|und|der|die|das|les|des|una|uno|por|que|con|non|sì|sim|não|nao)[)\]]?$)[a-z]{2,4}(?:\s?[/,-]\s?[a-z]{2,4}){0,3}\/?[)\]]?$|^[A-Z]{2,4}(?:\s?\/\s?[A-Z]{2,4}){1,3}$|^[a-z]{2,4}(?:\/[A-Za-z]{1,4}){2,3}$/u,
    weight: 2.5,
    reason: 'desk or editor initials',
    examples: {
      match: ['ksk', 'vc/bg', '(bsc)', 'KSK/NSK', 'mmh/DP/zb', 'mk/'],
      noMatch: ['and', 'USA', 'Yes'],
    },
  },
  {
    id: 'agency/wire-signoff',
    label: 'byline',
    signsOff: true,
    pattern:
      /^(?:(?:\(|\[)?(?:this )?(?:story|report|article|copy) (?:filed|compiled|distributed) (?:by|via)\s.{1,60})$/iu,
    weight: 4,
    reason: 'a wire sign-off',
    examples: { match: ['Story filed by Agence News'], noMatch: ['Story time was over.'] },
  },
];
