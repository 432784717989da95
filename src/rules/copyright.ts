import type { RuleSpec } from '../types.js';

/** Copyright and rights-reserved lines, in the supported languages. */
export const copyrightRules: RuleSpec[] = [
  {
    id: 'copyright/notice',
    label: 'disclaimer',
    pattern:
      /^[([]?\s?(?:copyright\s?(?:©|\(c\))?|©|\(c\))\s?(?:©\s?)?(?:(?:19|20)\d\d|\d{1,4}\s?[-–]\s?\d{4})\b.{0,200}$|^[([]?\s?(?:copyright\s?)?(?:©|\(c\))\s?\p{L}[\p{L}\p{M}&.' -]{1,40}\s(?:19|20)\d\d[.,]\s.{0,400}$|^[([]?\s?©\s?[\p{L}\p{M}&.,' -]{1,60}\s?(?:(?:19|20)\d\d)?\.?\s?(?:all rights reserved\.?)?$|^[([]?\s?copyright\s?(?:©\s?)?[\p{L}\p{M}&'-]+(?:[\s.,]+[\p{L}\p{M}&'-]+){0,5}\s?(?:(?:19|20)\d\d)?\.?\s?(?:all rights reserved\.?)?$|^copyright\b(?=.{0,200}(?:\b(?:19|20)\d\d\b|[©ⓒ]|\(c\)|all rights|reserved|\bby\b|\binc\b|\bltd\b|\bllc\b|\bgmbh\b)).{0,200}$|^copyright\s[^.!?]{1,60}$|^copyright$|^©\s?[^©]{1,80}\b(?:llc|inc|ltd|gmbh|corp|plc)\b[^©]{0,200}$|^©\s?[^©]{1,60}\s(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?\.?$/iu,
    weight: 5,
    reason: 'a copyright notice',
    examples: {
      match: [
        '© Agencia Sur 2026. Queda prohibida la redistribución de estos contenidos sin permiso.',
        '© 2021 Northfield Media Group Inc. All Rights Reserved.',
        'Copyright © 2023, Lakeside Herald',
        '© 2019 Tagesblatt, Berlin',
        '© Thomson Reuters 2020',
        '© Northfield Media LLC 2022',
        '© Harbour Design LLC — Read our terms of service.',
        '© Ana Ruiz 2016-2020',
      ],
      noMatch: [
        'Copyright disputes over the song have dragged on for a decade.',
        'Patents expire after 20 years, the law says.',
      ],
    },
    maxLength: 400,
  },
  {
    // Without a year or a © the holder's capitalised name is what tells a notice from a
    // sentence about copyright, so this one is case-sensitive.
    id: 'copyright/holder-name',
    label: 'disclaimer',
    pattern:
      /^(?:Copyright|COPYRIGHT)\s+\p{Lu}[\p{L}\p{M}&'-]*(?:\s[\p{L}\p{M}&'-]+){0,4}(?:$|[.;,](?:$|\s.{0,120}$))|^All (?:content|contents|material) (?:©|\([cC]\)|[Cc]opyright) ?\d{4}\s\p{Lu}.{0,60}$|^\([cC]\)\s?(?:\d{4}\s)?\p{Lu}[\p{L}\p{M}.&'’-]*(?: \p{Lu}[\p{L}\p{M}.&'’-]*){0,4}\.?$/u,
    weight: 5,
    reason: 'a copyright notice naming its holder ("Copyright …", "(c) …")',
    examples: {
      match: [
        'All content © 2026 Example Media',
        'Copyright Harbourside Weekly Press. All times local.',
        'Copyright Nordwind Verlag',
        '(c) Agencia EFE',
        '(C) 2026 Harbour Media',
      ],
      noMatch: [
        'Copyright law was rewritten in 1998.',
        'Copyright Office staff met on Tuesday to review the new rules.',
        '(c) the minister may extend the deadline by order.',
      ],
    },
    maxLength: 240,
  },
  {
    id: 'copyright/rights-reserved',
    label: 'disclaimer',
    pattern:
      /(?<![\p{L}\p{M}\p{N}_])(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|reproduction interdite|vervielfältigung nur mit genehmigung|derechos reservados|सर्वाधिकार सुरक्षित|unauthori[sz]ed (?:reproduction|copying|use) (?:is )?(?:prohibited|forbidden)|(?:reproduction|republication|redistribution|copying)(?: (?:in whole or in part|in any form|(?:of|from) (?:this|any|our) (?:material|content|article|site|website)))?(?: without (?:(?:prior|express|written|our) ){0,3}(?:permission|consent|authori[sz]ation))(?: is| are)? (?:strictly )?(?:prohibited|forbidden|not permitted)|(?:reproduction|redistribution) in whole or in part (?:is )?(?:strictly )?(?:prohibited|forbidden|not permitted)|may not be (?:published|reproduced|copied|republished|broadcast|rewritten|redistributed)(?:, (?:published|broadcast|rewritten|redistributed|reproduced))*(?:,? or (?:redistributed|reproduced|rewritten))?)(?![\p{L}\p{M}\p{N}_])/iu,
    weight: 6.5,
    reason: 'a rights-reserved notice',
    examples: {
      match: [
        'Alle Rechte vorbehalten',
        '©RIPRODUZIONE RISERVATA',
        '© 2026 दैनिक समाचार। सर्वाधिकार सुरक्षित।',
        'This material may not be published, broadcast or redistributed without permission.',
        'Reproduction in whole or in part without permission is prohibited.',
        'Redistribution without our written permission is strictly prohibited.',
      ],
      noMatch: [
        'The rights of the reserved seats were sold.',
        'Reproduction of the rare orchid has never been achieved in captivity.',
      ],
    },
    maxLength: 400,
  },
  {
    // The licence a site puts its own pages under, in the footer: a story about licensing
    // names the licence inside a sentence, not as the first clause of its own line.
    id: 'copyright/content-licence',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^(?:(?:except|unless) (?:as |where |when )?otherwise (?:noted|stated|indicated|specified),? )?[^.;]{0,80}\b(?:is|are) (?:(?:available|licensed|published|released|distributed|made available|shared) )?under (?:a |the |an )?(?:creative commons|cc[ -]by|cc0|gnu free documentation|open government licen[cs]e|[\p{L}\d’'-]+ (?:bsd|mit|apache)[- ]style licen[cs]e)\b.{0,300}$/iu,
    weight: 4.5,
    maxLength: 450,
    reason: 'the licence of the site content',
    examples: {
      match: [
        'All text on this wiki is available under the Creative Commons Attribution licence unless noted.',
        'Unless otherwise noted, photos on this site are licensed under CC BY 4.0.',
        'Except as otherwise noted, the code samples are licensed under the project’s BSD-style licence.',
      ],
      noMatch: [
        'The museum said last year that it would release its archive, and that the scans would be available under a Creative Commons licence by 2026.',
      ],
    },
  },
];
