import type { RuleSpec } from '../types.js';
import { isDatelineSegments, isDateOnly, isPlaceBesideDate, isSourceBesideTimestamp } from './dates.js';

/** Datelines and timestamps alone on a line. */
export const datelineRules: RuleSpec[] = [
  {
    id: 'dateline/timestamp',
    label: 'byline',
    predicate: isDateOnly,
    weight: 4,
    reason: 'a date or time alone on its line',
    examples: {
      match: [
        'Nov 25, 2026',
        'Feb. 21, 2019',
        '15.05.2020, 07:11 Uhr',
        'Updated: Feb 3, 2021, 14:20 IST',
        '3 hours ago',
        '19 février 2020',
        '26 de abril de 2022 1:04 PM',
        '2026-11-25 10:00',
      ],
      noMatch: [
        'On Feb. 21, 2019, the court ruled against him.',
        '2019',
        '3 Months',
        '4.3333333333333333',
        '-1.41%',
        '1.41',
        '2026-03-14 09:30:00 │ 200 │ 512',
      ],
    },
  },
  {
    id: 'dateline/segments',
    label: 'byline',
    predicate: isDatelineSegments,
    weight: 4,
    reason: 'a place, agency, writer or label beside a timestamp ("City | Updated: …")',
    examples: {
      match: [
        'Thiruvananthapuram | Updated: Jun 02 2024 | 6:14 PM IST',
        'Reuters | Nov 25, 2026',
        'Berlin · 12.03.2025, 14:05 Uhr',
        'By Harbour Staff | March 3, 2021 at 2:26 PM HST - Updated March 3 at 4:46 PM',
        'Pune, Ledger Desk Bureau | Updated : 3 March 2021, 09:01 AM',
        '// By Ana Ruiz • Nov 11, 2020',
        'Le Courrier | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Ana Ruiz (avec Tom Vale et Léa Roy)',
        'por Redacción ／ 2016.12.01',
      ],
      noMatch: [
        'Rates rose sharply in the third quarter | Nov 25, 2026',
        'The council met - as it does every year - on Nov 25, 2026 to set the rates',
        'Markets | Politics | World',
        'The vote | which was held on Nov 25, 2026, passed easily with a large majority',
      ],
    },
  },
  {
    id: 'dateline/source-labelled',
    label: 'byline',
    predicate: isSourceBesideTimestamp,
    needsDigit: true,
    weight: 4,
    reason: 'a source\'s name beside a labelled timestamp ("Valley Post First published …")',
    examples: {
      match: [
        'Valley Post (Riverton) First published March 4, 2021: 3:33 AM ET',
        'Harbour Weekly Updated 3 hours ago',
      ],
      noMatch: [
        'The report was published on March 4, 2021.',
        'Officials Updated the Figures on March 4, 2021',
      ],
    },
  },
  {
    id: 'dateline/place-date',
    label: 'byline',
    predicate: isPlaceBesideDate,
    needsDigit: true,
    weight: 4,
    reason: 'a place and a date alone on a line ("ROMA, 05 marzo 2025, 14:32")',
    examples: {
      match: [
        'ROMA, 05 marzo 2025, 14:32',
        'BERLIN, 4. März 2025, 14:32',
        'Paris, 4 mars 2025',
        'New Delhi, March 4, 2025',
      ],
      noMatch: [
        'London, Paris and Rome',
        'Paris, 4 mars 2025 : la grève continue dans les transports',
        'Chelsea, 2-1',
      ],
    },
  },
  {
    id: 'dateline/place',
    label: 'byline',
    pattern:
      /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s?\p{Lu}[\p{L} .]{1,25})?(?:,\s?(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\s\p{L}{3,9}\.?))?\s?(?:\([\p{L} ]{1,30}\))?\s?(?:[—–-]{1,2}|\.-)$|^\p{Lu}[\p{L} .'’-]{2,30},\s?(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\s\p{L}{3,9}\.?)\s?\([\p{L} ]{1,30}\)\s?(?:[—–:-]{1,2}|\.-|\.)?$|^\([\p{L} ]{1,30}\)\s?[—–-]\s?\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s?(?:\d{1,2}\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2}))?\s?[—–-]$/u,
    weight: 4,
    reason: 'a dateline (place name) alone on its line',
    examples: {
      match: [
        '(ANSA) - ROMA, 04 MAR -',
        'MADRID, 4 mar (EFE).',
        'Mumbai, Mar 4 (PTI)',
        'WASHINGTON —',
        'NEW DELHI (Reuters) -',
        'PUNE, March 9 (Reuters) -',
        'SEVILLA, 9 mar (EFE).-',
        'TORINO, 9 MAR -',
      ],
      noMatch: ['WASHINGTON — The Senate voted on Tuesday.'],
    },
  },
  {
    id: 'dateline/labelled',
    label: 'byline',
    pattern:
      /^(?:updated|published|posted|last updated|last modified|modified|first published|created|online|print|issued|stand|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|atualizado|aggiornato|pubblicato|अपडेटेड|प्रकाशित|기사입력|최종수정|등록일|発行日|公開日|更新日|投稿日|发布时间|更新时间|发布日期)\s?(?:on|at|:|am|le|el|em|il)?\s?:?\s?[^.!?]{0,60}\d[^.!?]{0,40}$/iu,
    weight: 4,
    reason: 'a published or updated timestamp',
    examples: {
      match: [
        'Updated: Jul 7, 2018 6:12 PM UTC',
        'Published March 9, 2017',
        'Last Modified: Feb 18, 2020',
        '기사입력 : 2021-03-04 09:15',
        '更新日：2022年5月1日',
      ],
      noMatch: ['Updated figures show 3 deaths.'],
    },
  },
];
