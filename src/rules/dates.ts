/**
 * Words that may make up a line holding nothing but a date or a time, in the supported
 * languages. Kept as data so a language pack adds its month names here.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december',
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday',
    'am pm a.m. p.m. a.m p.m noon midnight at on of the updated update published posted modified last first created date online edited time filed',
    'ago just now today yesterday hour hours hr hrs h minute minutes min mins m second seconds sec secs day days week weeks month months year years st nd rd th',
    'ist gmt utc bst cet cest est edt cst cdt pst pdt mst mdt et pt ct aest aedt jst kst hkt sgt wib msk eet eest wet hst akst akdt nzst nzdt awst acst acdt pht sast',
    // German
    'januar februar märz mai juni juli oktober dezember jänner montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so uhr am um aktualisiert veröffentlicht stand vor stunden stunde minuten tagen gestern heute zuletzt erstellt',
    // French
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche le à a mis jour publié publie modifié il y heures heure hier aujourd’hui aujourd'hui h",
    // Spanish and Portuguese
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta sábado domingo feira de del el a. m. p. m. actualizado publicado atualizado atualização hace horas hora ayer hoy ontem hoje há às as',
    // Italian
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica alle ore aggiornato pubblicato ieri oggi fa',
    // Hindi
    'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार अपडेटेड प्रकाशित बजे पहले घंटे मिनट',
    // Finnish, Czech, Dutch: frequent in scraped news
    'klo päivitetty julkaistu před hodinami hod aktualizováno uur bijgewerkt geplaatst',
    // Language packs: abbreviations, spellings and relative words the lists above lack
    'okt dez mär mrz feber jän mez mesz tag woche wochen monat monate monaten jahr jahre jahren sekunden',
    'janv févr fév fevr avr juil déc er mise actualisé actualisée publiée modifiée jours semaine semaines mois an ans secondes lun mer jeu ven dim',
    'ene abr ago dic set las día días semana semanas mes meses año años segundos minutos hs actualizada actualización modificado modificada publicada mié jue vie sáb',
    'fev mai out dez em atualizada publicada dia dias mês ano anos brt seg ter qua qui sex',
    'gen mag giu lug ott aggiornata aggiornamento pubblicata ultimo ultima modifica minuti secondi giorni giorno settimana settimane mesi mese anni anno mer gio sab',
    'सितम्बर अक्तूबर नवम्बर दिसम्बर फ़रवरी \u095Eरवरी आज कल अपडेट अंतिम तारीख दिनांक समय दिन सप्ताह हफ्ते महीने साल सेकंड को तक सोम मंगल बुध गुरु शुक्र शनि रवि',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Words that make a line a date by themselves: month and weekday names, "ago", "yesterday". */
const ANCHOR_WORDS: ReadonlySet<string> = new Set(
  [
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ago yesterday today',
    'januar februar märz mai juni juli oktober dezember jänner montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute vor',
    'janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche hier',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo hace ayer hoy',
    'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda terça quarta quinta sexta ontem hoje há',
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi fa',
    'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार पहले',
    'před klo',
    'okt dez mär mrz feber jän janv févr fév fevr avr juil déc ene abr dic fev gen mag giu lug ott',
    'सितम्बर अक्तूबर नवम्बर दिसम्बर फ़रवरी \u095Eरवरी आज कल',
  ]
    .join(' ')
    .split(/\s+/),
);

/** A clock time or an all-numeric date: 07:11, 9.30, 15.05.2020, 2026-11-25, 12/16/16. */
const NUMERIC_DATE_OR_TIME =
  /^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{2}(?:-\d{2})?)(?:st|nd|rd|th|h|am|pm|uhr)?$/iu;
/** "9.30" is a time only beside a time word ("9.30 Uhr", "9.30 a.m."); alone it is a number. */
const DOTTED_TIME = /^\d{1,2}\.\d{2}(?:h|am|pm|uhr)?$/iu;
const TIME_WORDS: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'a.m',
  'p.m',
  'uhr',
  'h',
  'hrs',
  'ist',
  'gmt',
  'utc',
  'et',
  'klo',
]);
/** Signs of a figure rather than a date: percentages, leading signs, currency. */
const FIGURE = /%|^[-+−–]|[$€£¥₹]/u;
/** Box-drawing cell borders: a row of a table that starts with a date is data, not a dateline. */
const TABLE_CELL = /[│┃║┆┊]/u;
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}.'’]*|\d+(?:[:./-]\d+)*(?:st|nd|rd|th|h|am|pm|uhr)?/giu;

/** Lowercase, without a final full stop ("Feb." is "feb"). */
function normalise(token: string): string {
  const lower = token.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function startsWithDigit(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * A line made only of date and time words and numbers: "Feb. 21, 2019",
 * "15.05.2020, 07:11 Uhr", "Updated: 3 hours ago". It needs an anchor (a month or weekday
 * name, a clock time, a numeric date or a relative word) and must be short: a sentence that
 * starts with a date is prose, and "3 Months" is a plan duration, not a date.
 */
export function isDateOnly(text: string): boolean {
  if (text.length > 80) return false;
  let words = 0;
  let tokens = 0;
  let anchored = false;
  let dottedTime = false;
  let timeWord = false;
  // Token by token: most lines are not dates, and their first word already says so.
  TOKEN.lastIndex = 0;
  for (let found = TOKEN.exec(text); found !== null; found = TOKEN.exec(text)) {
    const token = found[0];
    if (++tokens > 12) return false;
    if (startsWithDigit(token)) {
      if (NUMERIC_DATE_OR_TIME.test(token)) anchored = true;
      else if (DOTTED_TIME.test(token)) dottedTime = true;
      else if (token.length > 4) return false;
      continue;
    }
    const word = normalise(token);
    if (!DATE_WORDS.has(word) && !ANCHOR_WORDS.has(word)) return false;
    if (ANCHOR_WORDS.has(word)) anchored = true;
    if (TIME_WORDS.has(word)) timeWord = true;
    words++;
  }
  if (!(tokens > 0 && (anchored || (dottedTime && timeWord)) && words <= 8)) return false;
  // Looked for last: each reads the whole line, and the words above turn most lines away first.
  return !FIGURE.test(text) && !TABLE_CELL.test(text);
}

/**
 * Between the fields of a metadata line: a bar, a bullet, a slash or a dash with spaces
 * around, or a bar without them. A middle dot between letters is a letter's (Catalan "l·l").
 */
const SEGMENT_BREAK = /\s[|•·/／–—-]\s|\s?[|／]\s?/u;
/** A quick look for any break at all: most lines have none. */
const ANY_SEGMENT_BREAK = /[|／]|\s[•·/–—-]\s/u;
const FIELD_LABEL =
  /^(?:updated|published|posted|last updated|modified|aktualisiert|veröffentlicht|stand|publié|mis à jour|actualizado|publicado|atualizado|aggiornato|pubblicato)\s?:?\s?/iu;
/** "By …" in the languages of the packs: the field that names the writers. */
const AUTHOR_LABEL = /^(?:by|von|par|por|di|door)\s?:?\s/iu;
/** A list of names: capitalised words joined by commas, "and", "et", "y", "e", "und" or "&". */
const NAMES =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s,()]{1,3}(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|et|avec|with|y|e|und|con|com|de|da|van|von|der|del|la|le|di|du|dos)){0,11}\)?$/u;
const SHORT_FIELD_WORDS = 4;
/** Comment marks some blogs print before the meta line ("// By …"). */
const LEADING_MARKS = /^[/#>*\s]+/u;

/** A field beside the timestamp: a place, an agency or desk name, or the writers. */
function isNameField(value: string): boolean {
  if (value.split(/\s+/u).length <= SHORT_FIELD_WORDS) return true;
  return NAMES.test(value.replace(AUTHOR_LABEL, ''));
}

/**
 * A dateline line in segments: "City | Updated: Jun 02 2024 | 6:14 PM IST",
 * "By A Writer | Nov 18, 2019 at 2:26 PM - Updated Nov 18 at 4:46 PM". One segment is a
 * timestamp (after an optional "Updated:" label); the others are short, like a place or an
 * agency name, or name the writers.
 */
export function isDatelineSegments(text: string): boolean {
  // Without a separator character there is one segment, and one is not enough.
  if (text.length > 160 || !ANY_SEGMENT_BREAK.test(text)) return false;
  const segments = text.replace(LEADING_MARKS, '').split(SEGMENT_BREAK);
  if (segments.length < 2 || segments.length > 5) return false;
  let dated = false;
  for (const segment of segments) {
    const value = segment.trim().replace(FIELD_LABEL, '');
    if (value === '') return false;
    if (isDateOnly(value)) dated = true;
    else if (!isNameField(value)) return false;
  }
  return dated;
}

/** A place name of up to three capitalised words, a comma, then the rest of the line. */
const PLACE_THEN_REST = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s-]\p{Lu}[\p{L}\p{M}.'’-]*){0,2}),\s?(\S.{4,60})$/u;

/**
 * A place, a comma and a full date alone on a line: "ROMA, 05 marzo 2025, 14:32",
 * "Paris, 4 mars 2025". The part after the comma must be a date on its own, with a figure:
 * "London, Paris and Rome" is a list of places.
 */
export function isPlaceBesideDate(text: string): boolean {
  const found = PLACE_THEN_REST.exec(text);
  if (found === null) return false;
  const [, place, rest] = found as unknown as [string, string, string];
  return !DATE_WORDS.has(normalise(place)) && ASCII_DIGIT.test(rest) && isDateOnly(rest);
}

/** Where a timestamp's label starts after a source's name ("… First published Nov 29, 2016"). */
const TIMESTAMP_LABEL =
  /\s(?=(?:first |last )?(?:published|updated|posted|modified|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|atualizado|aggiornato|pubblicato)\b)/iu;
const ASCII_DIGIT = /[0-9]/;
/** Longest such line: a source, a label and a timestamp. */
const SOURCE_TIMESTAMP_CHARS = 120;

/**
 * A source's name, perhaps with its place, then a labelled timestamp with no separator between:
 * "Valley Post (Riverton) First published March 4, 2021: 3:33 AM ET". The name must be
 * capitalised words: "The report was published on March 4" is a sentence.
 */
export function isSourceBesideTimestamp(text: string): boolean {
  // A timestamp under a source's name gives its figures (the rule is filed as needing a digit).
  if (text.length > SOURCE_TIMESTAMP_CHARS || !ASCII_DIGIT.test(text)) return false;
  const at = text.search(TIMESTAMP_LABEL);
  if (at <= 0) return false;
  return NAMES.test(text.slice(0, at)) && isDateOnly(text.slice(at + 1));
}
