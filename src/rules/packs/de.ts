import type { RuleSpec } from '../../types.js';

/**
 * German: paywall and Abo prompts, plans, login, newsletter, share and follow widgets, ads,
 * "Mehr zum Thema" links, comments, menus, consent banners, bylines, agency and photo credits,
 * editorial notes and copyright lines.
 *
 * `\b` only knows ASCII letters, so patterns avoid it next to umlauts and ß.
 */
export function germanRules(): RuleSpec[] {
  return [
    // ---------------------------------------------------------------------------------------
    // Paywall
    {
      // A one-line pitch that ends on the bare call to subscribe (see paywall/pitch-then-subscribe).
      id: 'paywall/de-pitch-then-subscribe',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^[^.!?]{3,60}[.!?]\s(?:[^.!?]{3,40}[.!?]\s)?(?:jetzt |hier |gleich )?(?:abonnieren|registrieren|anmelden|abo (?:abschließen|sichern|bestellen))\s?[.!]?$/iu,
      weight: 3,
      maxLength: 120,
      reason: 'a short pitch that ends on a call to subscribe',
      examples: {
        match: [
          'Unabhängiger Journalismus kostet Geld. Jetzt abonnieren!',
          'Nichts mehr verpassen. Hier registrieren.',
        ],
        noMatch: [
          'Er riet den Lesern, die Zeitung zu abonnieren.',
          'Das kostet Geld. Jetzt reicht es, sagte sie.',
        ],
      },
    },
    {
      id: 'paywall/de-abo-prompt',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:noch kein (?:abo|abonnement|abonnent|abonnentin|kunde|digital-?abo)\s?\?\s?)?(?:jetzt |hier |gleich |direkt )?(?:abonnieren|(?:ein |das |ihr |zum )?(?:digital-?|plus-?|probe-?|test-?|jahres-?|monats-?|e-paper-?|pur-?|premium-?)?abo(?:nnement)?(?: (?:abschließen|bestellen|sichern|wählen|testen|starten|verlängern))?|zu(?:m| den) (?:abos?|abo-?angeboten?|angebot(?:en)?)|(?:jetzt )?zugang sichern|(?:alle )?abo-?angebote(?: (?:ansehen|entdecken|vergleichen))?|(?:angebote?|abo-?optionen) (?:ansehen|entdecken|wählen|sichern|vergleichen)|(?:kostenlos |gratis |unverbindlich )?(?:testen|weiterlesen)|(?:jetzt )?(?:kostenlos |gratis )?(?:registrieren|abonnieren|anmelden|einloggen|testen) und (?:weiterlesen|weiter lesen|lesen|alles lesen)|(?:\d{1,2}|zwei|drei|vier|sechs) (?:wochen|monate?) (?:kostenlos|gratis|für (?:nur )?\d+(?:,\d\d)?\s?(?:€|euro)) (?:testen|lesen)|(?:mit|ohne) (?:abo|[\p{L}\p{N}+. -]{1,20}) weiterlesen|weiterlesen mit [\p{L}\p{N}+. -]{1,25})(?:\s(?:für|ab) (?:nur )?\d+(?:,\d\d)?\s?(?:€|euro)(?:\s?(?:im|pro|je|\/) ?(?:monat|jahr|woche))?)?[!.…]?$/iu,
      weight: 4,
      reason: 'a call to take out a subscription (Abo)',
      examples: {
        match: [
          'Jetzt Zugang sichern',
          'Kostenlos registrieren und weiterlesen',
          'Jetzt abonnieren und weiterlesen',
          'Jetzt abonnieren für 1 € im Monat',
          'Noch kein Abonnement? Jetzt abonnieren!',
          'Jetzt abonnieren',
          'Pur-Abo abschließen',
          'Abo abschließen',
          'Mit Plus weiterlesen',
          '4 Wochen für 1 € testen',
          'Alle Abo-Angebote',
          'Abo',
        ],
        noMatch: ['Das Abo kostet künftig zwei Euro mehr im Monat, teilte der Verlag am Dienstag mit.'],
      },
    },
    {
      id: 'paywall/de-already-subscriber',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:sie sind |sind sie |du bist |bist du )?(?:bereits|schon)(?: ein)? (?:abonnent(?:in)?|abonniert|registriert|kunde|kundin|plus-abonnent(?:in)?|digital-?abonnent(?:in)?|angemeldet|mitglied)|(?:sie haben |haben sie |du hast |hast du )?(?:bereits|schon) ein (?:abo|abonnement|konto|kundenkonto|benutzerkonto|digital-?abo)|noch (?:kein|nicht) (?:abonnent(?:in)?|registriert|kunde|kundin|mitglied|angemeldet)|noch kein (?:konto|kundenkonto|benutzerkonto))(?:\s?\?.{0,60}|[\s,:.!–-]+(?:hier|jetzt|bitte|zum|zur|melden|einloggen|anmelden|login)(?![\p{L}]).{0,50})?$/iu,
      weight: 5,
      reason: 'an "already a subscriber? log in" prompt',
      examples: {
        match: [
          'Bereits Abonnent? Hier anmelden',
          'Sie sind bereits Abonnent? Hier einloggen',
          'Schon registriert?',
          'Noch kein Konto?',
        ],
        noMatch: ['Bereits Abonnent der Zeitung war er seit 1980, erzählt der Rentner stolz.'],
      },
    },
    {
      // "Read on with [the paper's] Plus": the rest of the article is behind the offer.
      id: 'paywall/de-read-on-with',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:jetzt )?(?:lesen sie|lies) (?:jetzt |hier |gleich )?weiter mit [\p{L}\p{N}+. -]{1,25}[!.…]?$/iu,
      weight: 4.5,
      reason: 'says the rest of the article is read with a subscription',
      examples: {
        match: ['Lesen Sie jetzt weiter mit Tagblatt Plus', 'Jetzt lies weiter mit Ledger+'],
        noMatch: ['Lesen Sie weiter mit Interesse, was der Minister dazu sagte: wenig.'],
      },
      truncates: true,
    },
    {
      id: 'paywall/de-subscribers-only',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /(?:dieser|der|dieses|das) (?:artikel|beitrag|inhalt|text|audio|video)\b.{0,40}(?:nur|exklusiv|ausschließlich) (?:für|mit) (?:unsere |ein(?:em)? )?(?:abonnent(?:inn)?en|abo|abonnement|plus-(?:kunden|abonnent(?:inn)?en)|registrierte (?:nutzer|leser)(?:innen)?)|^um (?:(?:diesen|den|dieses|das|diese|alle|weitere|unsere|den (?:ganzen|vollständigen|kompletten)) )?(?:artikel|beitrag|text|inhalte?|plus-artikel|audioartikel|podcast)? ?(?:vollständig |komplett |weiter )?(?:zu lesen|lesen zu können|weiterzulesen|anzuhören|anhören zu können|freizuschalten|hören zu können)\s?,\s?.{0,120}$|(?:lesen|hören) sie (?:den|diesen|den ganzen|den vollständigen|den kompletten) (?:vollständigen |ganzen |kompletten |gesamten )?(?:artikel|beitrag|text) (?:mit|im|als)\s.{0,40}$|^(?:den|diesen) (?:kompletten|vollständigen|ganzen|gesamten) (?:artikel|beitrag|text|bericht) (?:lesen|finden) sie\s.{0,160}$|^(?:exklusiv |nur |ausschließlich )?für (?:abonnent(?:inn)?en|plus-abonnent(?:inn)?en|registrierte nutzer(?:innen)?)[.!]?$/iu,
      weight: 5,
      reason: 'says the rest of the article is for subscribers',
      examples: {
        match: [
          'Dieser Artikel ist nur für Abonnenten verfügbar.',
          'Um diesen Artikel anzuhören, melden Sie sich bitte an.',
          'Um weiterzulesen, benötigen Sie ein Digital-Abo.',
          'Den vollständigen Beitrag lesen Sie in der aktuellen Ausgabe unseres Magazins.',
          'Exklusiv für Abonnenten',
        ],
        noMatch: [
          'Um die Zeitung zu lesen, brauchen viele Senioren inzwischen eine Lupe, sagt die Optikerin.',
        ],
      },
      truncates: true,
      maxLength: 250,
    },
    {
      id: 'paywall/de-article-limit',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /(?:sie haben|du hast) (?:ihr|dein|das|ihre|deine)? ?(?:monatliche[sn]? |kostenlose[sn]? )?(?:limit|kontingent|freiartikel|gratisartikel)\b.{0,40}(?:erreicht|ausgeschöpft|aufgebraucht)|(?:limit|kontingent) (?:an|von|für) (?:kostenlosen|freien|gratis) (?:artikeln|beiträgen|texten)|^(?:sie haben|du hast) noch (?:\d+|ein|einen|zwei|drei|vier|fünf) (?:weitere[rn]? |kostenlose[rn]? |freie[rn]? |gratis[- ])*(?:artikel|beiträge?|texte?)(?: (?:kostenlos|gratis|frei|übrig|zur verfügung))?[.!]?$|^(?:sie können |du kannst )?(?:noch )?(?:\d+|ein|einen|zwei|drei|vier|fünf) (?:von \d+ )?(?:weitere[rn]? |kostenlose[rn]? |freie[rn]? |gratis[- ])+(?:artikel|beiträge?|texte?)(?: kostenlos| gratis)? (?:pro|im|je|in diesem|diesen|jeden|lesen|übrig|verbleibend)(?![\p{L}]).{0,40}$|(?:sie haben|du hast) (?:\d+|einen|zwei|drei) von (?:\d+|drei|fünf|zehn) (?:kostenlosen |freien )?(?:artikeln|beiträgen)/iu,
      weight: 5,
      reason: 'counts the free articles or says the limit is reached',
      examples: {
        match: [
          'Sie haben Ihr Limit an kostenlosen Artikeln erreicht.',
          '3 kostenlose Artikel pro Monat',
          'Sie haben 4 von 5 kostenlosen Artikeln gelesen.',
          'Sie haben noch 3 freie Artikel',
        ],
        noMatch: ['Drei kostenlose Beiträge über Gesundheit erscheinen ab Montag in der neuen Reihe.'],
      },
      truncates: true,
      maxLength: 200,
    },
    {
      id: 'paywall/de-premium-badge',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:plus|premium|exklusiv|abo-?inhalt|abonnentenexklusiv|exklusiv für abonnenten|nur für abonnenten|abopflichtig(?:er inhalt)?|\(?abopflichtiger inhalt\)?|bezahlinhalt|kostenpflichtige?r? (?:inhalt|artikel)|[\p{L}]{1,8}\s?(?:plus|\+)(?: \(?abopflichtiger inhalt\)?)?)[.:!]?$/iu,
      weight: 3,
      reason: 'a subscriber-only badge (Plus, F+, Z+)',
      examples: {
        match: ['SZ Plus', 'F+', 'Z+ (abopflichtiger Inhalt)', 'Abonnentenexklusiv'],
        noMatch: ['Plus drei Prozent im Vergleich zum Vorjahr.'],
      },
    },
    {
      id: 'paywall/de-support',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:jetzt |bitte )?(?:unterstützen|spenden|mitglied werden|unterstützer(?:in)? werden|freiwillig (?:zahlen|bezahlen))[!.]?$|unterstützen sie (?:jetzt |bitte |uns |uns jetzt )?(?:mit \S{1,12} )?(?:unabhängigen |unseren |kritischen |guten |freien |lokalen |den )?(?:journalismus|arbeit|redaktion|recherchen)|(?:werden|werde) (?:sie )?(?:jetzt )?(?:mitglied|unterstützer(?:in)?|förderer|förderin)\b.{0,40}(?:journalismus|unterstützen|ermöglichen)|^(?:unser|guter|unabhängiger) (?:lokal|qualitäts)?journalismus (?:braucht|lebt von|kostet) (?:ihre |eure |deine )?(?:unterstützung|hilfe|sie|geld)[.!]?$/iu,
      weight: 3,
      reason: 'a donation or membership appeal',
      examples: {
        match: [
          'Unterstützen Sie unabhängigen Journalismus!',
          'Jetzt unterstützen',
          'Unser Journalismus braucht Ihre Unterstützung',
        ],
        noMatch: [
          'Die Stadt will den lokalen Journalismus mit einem Förderprogramm unterstützen, sagte der Bürgermeister.',
        ],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Plans and prices
    {
      id: 'plans/de-duration',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:\d{1,2}|ein|eine[nm]?|zwei|drei|sechs|zwölf)\s?[- ]?(?:monat(?:e|s)?|jahr(?:e|es)?|wochen?|tage?)(?:\s(?:lang|abo|zugang|kostenlos|gratis|testen|laufzeit|mindestlaufzeit))?$|^(?:monatlich|jährlich|vierteljährlich|halbjährlich|wöchentlich|monatsabo|jahresabo|wochenabo|quartalsabo|probeabo|testabo|tagespass|wochenpass|monatspass|jahrespass|jahreszahlung|monatszahlung)(?:\s(?:abo|zahlung|zugang|abrechnung|kündbar|zahlen))?$/iu,
      weight: 2.5,
      reason: 'a plan duration on its own line',
      examples: {
        match: ['Monatlich', 'Jährlich', '12 Monate', 'Jahresabo', '4 Wochen kostenlos'],
        noMatch: ['Drei Monate später war er wieder zu Hause.'],
      },
    },
    {
      id: 'plans/de-billing-terms',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /(?:^|[,.;] )(?:jederzeit|monatlich|flexibel|täglich) kündbar(?=[.!]?$)|^(?:jederzeit|monatlich|flexibel|täglich) kündbar|monatlich kündbar|(?:verlängert sich|verlängerung) automatisch|automatische verlängerung|danach (?:nur )?\d+(?:,\d\d)?\s?(?:€|euro)(?:\s?(?:pro|im|je|\/|monatlich|jährlich)\s?(?:monat|jahr|woche)?)?(?=[.*]?$)|im ersten (?:monat|jahr) (?:kostenlos|gratis|für)|(?:erste[nrn]?|1\.) (?:monat|woche|monate|wochen) (?:kostenlos|gratis|für (?:nur )?\d)|inkl(?:usive|\.)? (?:mwst|mehrwertsteuer|ust)|(?:keine|ohne) mindestlaufzeit|statt \d+(?:,\d\d)?\s?(?:€|euro)|(?<!\d)\d+\s?% (?:rabatt|günstiger|sparen)|(?:bestes|beliebtestes|unser bestes) angebot|(?:testen|lesen) sie (?:\d+|vier|zwei|drei) wochen (?:kostenlos|gratis|für)/iu,
      weight: 4,
      reason: 'billing terms of a subscription offer',
      examples: {
        match: [
          'Monatlich kündbar',
          'Im ersten Monat kostenlos, danach 9,99 € im Monat',
          'Danach 12,99 € monatlich, jederzeit kündbar',
          'Jederzeit kündbar.',
          'inkl. MwSt.',
        ],
        noMatch: [
          'Danach 9,99 Euro pro Monat zu verlangen, sei unfair, sagte die Verbraucherschützerin.',
          'Der Mietvertrag ist laut Gericht jederzeit kündbar, wenn der Vermieter Eigenbedarf anmeldet.',
        ],
      },
      maxLength: 160,
    },
    {
      id: 'plans/de-price',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:jetzt|nur|ab|für|statt|danach|dann)\s)*(?:\d+(?:[.,]\d\d)?\s?(?:€|euro|eur|chf)|(?:€|chf)\s?\d+(?:[.,]\d\d)?)(?:\s?(?:\/|pro|im|je|für|monatlich|jährlich|mtl\.|die|in der|im ersten)\s?[\p{L}\p{N}. ]{0,30})?\*?$/iu,
      weight: 3,
      // Every price holds a digit: the matcher skips the rule on digit-free lines.
      needsDigit: true,
      reason: 'a price with its billing period',
      examples: {
        match: ['Nur 1 € im ersten Monat', 'danach 9,99 € monatlich', 'ab 4,99 € pro Monat', '€ 12,90'],
        noMatch: ['Die Karte kostet 12 Euro und gilt den ganzen Tag.'],
      },
      maxLength: 70,
    },
    {
      id: 'plans/de-benefit-item',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:lesen|lies) ohne limit|unbegrenzte[rn]? (?:zugang|zugriff|lesen)|(?:zugriff|zugang) (?:auf|zu) allen?\s.{0,50}|(?:alle|sämtliche) (?:artikel|inhalte|plus-artikel|[\p{L}]{1,8}\+-artikel)(?: auf| in| der| im)?\s?.{0,40}|werbefrei(?:es lesen| lesen|e nutzung)?|(?:reduzierte|weniger) werbung|(?:das )?e-paper(?: inklusive| lesen| der zeitung)?|(?:ihre|deine) vorteile(?: im überblick)?|das erwartet sie|(?:jederzeit )?auf allen geräten(?: lesen| nutzen)?|artikel (?:vorlesen|anhören) lassen|exklusive (?:artikel|inhalte|newsletter|recherchen|hintergründe)(?: für| von|,)?\s?.{0,40})[.:!]?$/iu,
      weight: 2,
      reason: 'an item of a subscription benefit list',
      examples: {
        match: [
          'Lesen ohne Limit',
          'Werbefrei lesen',
          'Zugriff auf alle Artikel',
          'Ihre Vorteile im Überblick',
          'Auf allen Geräten lesen',
        ],
        noMatch: ['Alle Artikel des Grundgesetzes wurden seither mehrfach geändert, zuletzt im Jahr 2022.'],
      },
      maxLength: 100,
    },

    // ---------------------------------------------------------------------------------------
    // Account
    {
      id: 'account/de-login',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:jetzt |hier |bitte |kostenlos )?(?:anmelden|einloggen|abmelden|ausloggen|registrieren|login|logout|log-?in)|zum login|zur (?:anmeldung|registrierung)|mein (?:konto|profil|account|abo|bereich|kundenkonto)|meine (?:daten|artikel|merkliste|abos)|(?:ein |jetzt |kostenlos )?(?:konto|kundenkonto|benutzerkonto) (?:erstellen|anlegen)|passwort vergessen\s?\??|(?:mit|über) (?:google|apple|facebook|e-mail) (?:anmelden|einloggen|fortfahren)|benutzername|e-?mail-adresse oder benutzername)(?:\s?(?:\/|\||oder|und)\s?(?:anmelden|registrieren|einloggen|abmelden))?[.!:]?$/iu,
      weight: 4,
      reason: 'a sign-in or register prompt',
      examples: {
        match: [
          'Anmelden',
          'Einloggen / Registrieren',
          'Mein Konto',
          'Passwort vergessen?',
          'Konto erstellen',
        ],
        noMatch: ['Anmelden können sich Interessierte noch bis Freitag im Rathaus.'],
      },
    },
    {
      id: 'account/de-login-required',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:bitte )?(?:melden|loggen) sie sich (?:bitte )?(?:an|ein)(?![\p{L}]).{0,100}$|^(?:sie müssen|du musst) (?:(?:sich|dich) )?(?:angemeldet|eingeloggt|registriert)(?![\p{L}]).{0,90}$|^(?:jetzt )?(?:kostenlos )?registrieren(?: sie sich)?,? um\s.{0,80}$|^um (?:zu )?(?:kommentieren|kommentare zu (?:schreiben|lesen)|artikel zu merken)(?![\p{L}]).{0,100}$|^(?:für|zum) (?:kommentieren|kommentare|merken)\s.{0,30}(?:anmelden|einloggen|registrieren|registrierung|login)(?![\p{L}]).{0,40}$/iu,
      weight: 5,
      reason: 'says the reader must log in',
      examples: {
        match: [
          'Bitte melden Sie sich an, um zu kommentieren.',
          'Sie müssen angemeldet sein, um diesen Artikel zu merken.',
          'Um zu kommentieren, loggen Sie sich bitte ein.',
        ],
        noMatch: ['Melden Sie sich bei Beschwerden direkt beim Vermieter, rät der Mieterbund.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Newsletter and apps
    {
      id: 'newsletter/de-sign-up',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:unser |der )?(?:[\p{L}]+-)?newsletter\s?[:–—]\s.{5,100}$|newsletter\b.{0,60}(?:abonnieren|anmelden|bestellen|registrieren|eintragen|postfach|inbox)|(?:abonnieren|bestellen|anmelden|registrieren)(?: sie| sich)?\s.{0,40}newsletter|(?:melden sie sich|melde dich)\s.{0,40}newsletter|(?:jeden|jede[nr]?|immer|täglich|wöchentlich|morgens|abends)\s.{0,40}(?:in ihr(?:em)?|in dein(?:em)?|ins) (?:e-?mail-)?postfach|(?:direkt |bequem |kostenlos )(?:per e-?mail )?in ihr(?:em)? (?:e-?mail-)?postfach/iu,
      weight: 4,
      reason: 'a newsletter sign-up',
      examples: {
        match: [
          'Melden Sie sich für unseren Newsletter an',
          'Jetzt den Newsletter abonnieren und nichts mehr verpassen',
          'Die wichtigsten Nachrichten jeden Morgen in Ihr Postfach',
          '[Alle wichtigen Updates zur Wahl – abonnieren Sie unseren kostenlosen Newsletter]',
        ],
        noMatch: [
          'Der Verein verschickt seinen Newsletter an 4000 Mitglieder, sagte die Sprecherin am Montag.',
        ],
      },
      maxLength: 220,
    },
    {
      id: 'newsletter/de-form',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:ihre |deine )?e-?mail(?:-adresse)?(?: eingeben)?\s?\*?|(?:vielen )?dank für (?:ihre|deine) (?:anmeldung|registrierung)|(?:sie|du) (?:haben|hast) (?:sich|dich) erfolgreich (?:angemeldet|registriert)|(?:bitte )?(?:bestätigen sie|bestätige) (?:ihre|deine) (?:anmeldung|e-?mail-adresse)\s?.{0,60}|mit (?:meiner|der|ihrer|deiner) anmeldung\s.{0,200}(?:zu|einverstanden|akzeptiere)(?![\p{L}]).{0,100}|(?:der )?newsletter (?:ist|kann) jederzeit\s.{0,60}|abmeldung (?:ist )?jederzeit möglich.{0,60}|(?:jetzt |kostenlos |gratis )?(?:zum )?newsletter(?: abonnieren| anmelden| bestellen)?)[.!:]?$/iu,
      weight: 4,
      reason: 'a newsletter form field or confirmation',
      examples: {
        match: [
          'Ihre E-Mail-Adresse',
          'Vielen Dank für Ihre Anmeldung!',
          'Zum Newsletter anmelden',
          'Abmeldung jederzeit möglich.',
        ],
        noMatch: ['Die E-Mail-Adresse des Verdächtigen führte die Ermittler zu einem Server in Rumänien.'],
      },
    },
    {
      id: 'newsletter/de-topic-heading',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:der|unser|ihr|zum|den) )?[\p{L}\p{N}]{0,30}-?newsletter(?:[ :][^.!?]{0,40})?$|^(?:bleiben sie|bleib|immer) (?:auf dem laufenden|informiert|bestens informiert|up to date|gut informiert)(?![\p{L}]).{0,150}$/iu,
      weight: 3,
      reason: 'a newsletter box heading or "stay informed" line',
      examples: {
        match: [
          'Immobilien-Newsletter für Bremen',
          'Der Wirtschafts-Newsletter',
          'Bleiben Sie auf dem Laufenden rund um die Themen Sport und Freizeit',
        ],
        noMatch: ['Bleiben Sie gesund, wünschte der Arzt seinen Patienten zum Abschied.'],
      },
      maxLength: 200,
    },
    {
      id: 'newsletter/de-app-promo',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:jetzt |hier )?(?:die |unsere )?(?:[\p{L}\p{N}.&+-]{1,20} )?app (?:herunterladen|downloaden|installieren|holen|kostenlos laden)(?![\p{L}]).{0,80}$|^(?:laden sie|lade|holen sie sich|hol dir) (?:(?:jetzt|sich|die|unsere|kostenlos) ){0,3}(?:[\p{L}\p{N}.&+-]{1,20} )?app(?![\p{L}]).{0,80}$|(?:im|aus dem) app store (?:und|oder|&) (?:bei |im )?google play/iu,
      weight: 4,
      reason: 'an app promotion',
      examples: {
        match: [
          'Jetzt die App herunterladen',
          'Laden Sie jetzt unsere News-App – kostenlos im App Store und bei Google Play',
        ],
        noMatch: ['Die App wurde im vergangenen Jahr mehr als eine Million Mal heruntergeladen.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Share and follow
    {
      // A toolbar's buttons glued into one line: "Vorlesen Drucken Merken".
      id: 'share/de-toolbar',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:vorlesen|anhören|artikel anhören|druckansicht|drucken|teilen|merken|speichern|versenden|kommentare(?: lesen)?|\d+ (?:beiträge|kommentare))(?:\s|$)){2,8}$/iu,
      weight: 4,
      reason: 'a toolbar of share, print and read-aloud buttons',
      examples: {
        match: ['Anhören Drucken Kommentare lesen 37 Beiträge', 'Drucken Teilen Merken'],
        noMatch: ['Teilen Sie diese Meinung?', 'Kommentare lesen'],
      },
    },
    {
      id: 'share/de-teilen',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:teilen|jetzt teilen|(?:diesen )?artikel teilen|teilen sie diesen (?:artikel|beitrag)|(?:diesen )?(?:artikel|beitrag) merken|(?:zur|auf die) merkliste(?: hinzufügen| setzen)?|(?:diesen )?beitrag teilen|seite teilen|drucken|artikel drucken|beitrag drucken|pdf drucken|druckansicht|druckversion|versenden|per (?:e-?mail|mail) (?:versenden|teilen|senden)|e-?mail|mail|link kopieren|link kopiert|url kopieren|merken|artikel merken|gemerkt|speichern|in pocket speichern|twittern|tweeten|xing|whatsapp|facebook|twitter|linkedin|pinterest|telegram|flipboard|pocket|threads|mastodon|bluesky|messenger|weitersagen|abbrechen|vorlesen|anhören|artikel (?:anhören|vorlesen)|schriftgröße|empfehlen|(?:diesen )?artikel (?:empfehlen|verschenken)|verschenken|teilen (?:auf|via|per) (?:facebook|x|twitter|whatsapp|linkedin|xing|e-?mail)|(?:auf|bei|via|per|über) (?:facebook|x|twitter|whatsapp|linkedin|xing|telegram|pinterest|threads|bluesky|flipboard|e-?mail|mail) (?:teilen|senden|versenden|empfehlen))(?:[\s|/,•·:]+(?:teilen|drucken|druckansicht|versenden|e-?mail|mail|link kopieren|kopieren|merken|speichern|twittern|xing|whatsapp|facebook|twitter|linkedin|pinterest|telegram|flipboard|pocket|threads|mastodon|bluesky|messenger|weitersagen|abbrechen|vorlesen|anhören|pdf|\d+\s?(?:kommentare?|beiträge)))*[:.]?$/iu,
      weight: 4,
      reason: 'share, save or print buttons',
      examples: {
        match: [
          'Diesen Artikel teilen',
          'Teilen',
          'Jetzt teilen',
          'Drucken',
          'Weitersagen abbrechen',
          'Artikel merken',
          'Diesen Artikel empfehlen:',
          'In Pocket speichern',
          'Auf Facebook teilen',
          'Bei WhatsApp teilen',
        ],
        noMatch: ['Teilen Sie Ihre Erfahrungen mit uns, bat der Verein die Anwohner.'],
      },
      maxLength: 120,
    },
    {
      id: 'share/de-follow',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:folgen sie uns|folge uns|folgt uns|abonnieren sie uns|werden sie fan)(?:(?: jetzt)? (?:auf|bei|via|in|über)\s.{1,100}|\s?[:!.]?)$|^(?:[\p{L}.-]{1,30} )?(?:auf|bei|via) (?:twitter|x|facebook|instagram|linkedin|xing|tiktok|youtube|mastodon|threads|bluesky|whatsapp|telegram|google news|flipboard) (?:folgen|abonnieren|liken)[.!]?$|^(?:dem |der )?(?:thema|autor|autorin|ressort|kanal|podcast) (?:folgen|abonnieren)[.!]?$|^eine e-?mail (?:senden|schreiben)$/iu,
      weight: 4,
      reason: 'a follow-us prompt',
      examples: {
        match: [
          'Folgen Sie uns auf Facebook und Instagram',
          'auf Twitter folgen',
          'Thema folgen',
          'eine E-Mail senden',
        ],
        noMatch: [
          'Auf Facebook kursiert ein gefälschtes Video des Politikers.',
          'Folgen Sie uns, rief der Demonstrant der Menge zu.',
        ],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Ads
    {
      id: 'ads/de-label',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^[-–—_*\s[(]*(?:werbeanzeige|anzeigen|gesponsert|gesponserter (?:inhalt|beitrag|artikel)|bezahlte[rn]? (?:inhalt|beitrag|partnerschaft|kooperation)|(?:in )?(?:kooperation|zusammenarbeit) mit [\p{L}\p{N}.&' -]{1,40}|präsentiert von [\p{L}\p{N}.&' -]{1,40}|promotion|advertorial|produktplatzierung|(?:unbezahlte|bezahlte) werbung|\*werbung\*|anzeige\s?[(|:-]\s?[\p{L}\p{N}.&' -]{1,30}\)?|werbung\s?[(|:-]\s?[\p{L}\p{N}.&' -]{1,30}\)?)[\s)\]*_–—-]*$/iu,
      weight: 5,
      reason: 'an advertisement or sponsor label',
      examples: {
        match: ['Gesponserter Inhalt', 'In Kooperation mit Musterbank', 'Anzeige | Reisen', 'Advertorial'],
        noMatch: ['Anzeigen gegen den Bürgermeister liegen der Staatsanwaltschaft bisher nicht vor.'],
      },
    },
    {
      id: 'ads/de-glued-label',
      label: 'chrome',
      languages: ['de'],
      pattern: /^[\p{L}\p{N} .&'’-]{1,40}\p{Ll}(?:Anzeige|ANZEIGE|Werbung)$/u,
      weight: 4,
      reason: 'an ad teaser with the "Anzeige" label glued to it',
      examples: { match: ['Mobile ZahlungAnzeige', 'Günstig umziehenAnzeige'], noMatch: ['Strafanzeige'] },
    },
    {
      id: 'ads/de-continues-below',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:der |dieser )?(?:artikel|text|beitrag) (?:wird |geht )?(?:nach|unter(?:halb)?) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|(?:lesen sie )?weiter (?:nach|unter) der (?:anzeige|werbung)|lesen sie (?:nach|unter) der (?:anzeige|werbung) weiter|(?:werbung|anzeige) (?:schließen|überspringen|ausblenden|entfernen)|werbefrei lesen|ohne werbung lesen)[.…]?$/iu,
      weight: 6,
      reason: 'an ad-slot marker inside the text',
      examples: {
        match: [
          'Weiter nach der Anzeige',
          'Der Artikel wird unter der Anzeige fortgesetzt.',
          'Werbung schließen',
        ],
        noMatch: ['Weiter nach der Anzeige suchte die Polizei bisher vergeblich.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Consent, footer links and browser notices
    {
      id: 'consent/de-cookie-notice',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:diese|unsere) (?:web)?(?:site|seite|webseite|website) (?:verwendet|nutzt|benutzt|setzt) cookies|wir (?:und unsere (?:\d+ )?partner )?(?:verwenden|nutzen|benutzen|setzen) (?:auf (?:dieser|unserer) (?:web)?(?:seite|site|website) )?cookies(?: und (?:ähnliche|andere|vergleichbare) technologien)?,? (?:um|damit|für|zur|zu|auf)|(?:durch|mit) (?:der |die )?(?:weitere[rn]? )?nutzung (?:dieser|unserer) (?:web)?(?:seite|site|website|webseite|dienste)|wir brauchen ihre (?:zustimmung|einwilligung)|wir respektieren ihre privatsphäre|um (?:unsere|diese) (?:web)?(?:seite|site|website|webseite) (?:für sie )?(?:optimal|fortlaufend|besser)\s.{0,60}cookies)(?![\p{L}]).{0,300}$/iu,
      weight: 6,
      // Cookie notices run to two or three sentences.
      maxLength: 400,
      reason: 'a cookie notice',
      examples: {
        match: [
          'Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.',
          'Diese Website verwendet Cookies.',
        ],
        noMatch: ['Wir nutzen Cookies nur sparsam, versicherte der Konzern den Datenschützern.'],
      },
    },
    {
      id: 'consent/de-embed',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /(?:externe[nr]?|eingebettete[nr]?) (?:inhalte?|medien)\s.{0,80}(?:anzeigen|zustimmen|laden|aktivieren|einverstanden|zulassen|erlauben)|an dieser stelle finden sie (?:einen )?(?:externen |ergänzenden )?(?:inhalt|inhalte)|(?:ich bin damit|sie sind damit) einverstanden, dass (?:mir|ihnen) externe inhalte|personenbezogene daten an (?:drittplattformen|dritte) übermittelt|^empfohlener (?:redaktioneller )?inhalt$|(?:um|zum) (?:diesen|den) (?:inhalt|beitrag|tweet|post|video|podcast) (?:zu sehen|anzuzeigen|abzuspielen)\s?,?\s.{0,80}(?:zustimm|cookies|einwillig|akzeptier)/iu,
      weight: 5,
      reason: 'a consent box for embedded external content',
      examples: {
        match: [
          'An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt.',
          'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.',
          'Empfohlener redaktioneller Inhalt',
        ],
        noMatch: ['Der Inhalt des Vertrags ist laut Ministerium noch nicht endgültig ausgehandelt.'],
      },
      maxLength: 400,
    },
    {
      id: 'consent/de-buttons',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:alle )?(?:cookies )?(?:akzeptieren|ablehnen|zulassen)|zustimmen(?: und weiter)?|(?:alle )?(?:cookies )?(?:akzeptieren|zulassen|ablehnen)|(?:nur )?(?:notwendige|erforderliche|essenzielle) cookies(?: akzeptieren| zulassen| erlauben)?|einverstanden|verstanden|ok,? verstanden|(?:cookie|datenschutz|privatsphäre)-?einstellungen|einstellungen (?:verwalten|anpassen|speichern)|einwilligung(?:en)? verwalten|(?:weiter|fortfahren) ohne (?:zustimmung|einwilligung)|mehr (?:erfahren|informationen)|speichern und schließen)[.!]?$/iu,
      weight: 3,
      reason: 'a consent button',
      examples: {
        match: ['Alle akzeptieren', 'Zustimmen und weiter', 'Cookie-Einstellungen', 'Einverstanden'],
        noMatch: ['Einverstanden waren nicht alle Abgeordneten mit dem Kompromiss.'],
      },
    },
    {
      id: 'consent/de-footer-links',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:datenschutz(?:erklärung|hinweise|richtlinie|einstellungen)?|privatsphäre(?:-einstellungen)?|agb|allgemeine (?:geschäfts|nutzungs)bedingungen|nutzungsbedingungen|impressum|offenlegung|kontakt(?:formular)?|über uns|karriere|mediadaten|werben(?: auf [\p{L}\p{N}.-]{1,30})?|barrierefreiheit(?:serklärung)?|hilfe|faq|leser-?service|kundenservice|abo-?service|abo kündigen|verträge hier kündigen|cookie-(?:richtlinie|einstellungen)|cookies|rss|sitemap|archiv|zeitungsarchiv|jugendschutz|netiquette|transparenz|presse)(?:\s?[|•·/,]\s?(?:datenschutz(?:erklärung|hinweise|richtlinie|einstellungen)?|privatsphäre(?:-einstellungen)?|agb|allgemeine (?:geschäfts|nutzungs)bedingungen|nutzungsbedingungen|impressum|offenlegung|kontakt(?:formular)?|über uns|karriere|mediadaten|werben(?: auf [\p{L}\p{N}.-]{1,30})?|barrierefreiheit|hilfe|faq|kundenservice|abo kündigen|cookies|rss|sitemap|archiv|jugendschutz|netiquette|transparenz|presse))*[.]?$/iu,
      weight: 3,
      reason: 'footer links (Impressum, Datenschutz, AGB)',
      examples: {
        match: [
          'Datenschutz',
          'AGB',
          'Allgemeine Nutzungsbedingungen | Datenschutzrichtlinie | Impressum/Offenlegung | Werben auf beispiel.at',
          'Kontakt | Impressum',
        ],
        noMatch: ['Datenschutz ist für viele Nutzer inzwischen ein wichtiges Kriterium beim Kauf.'],
      },
      maxLength: 200,
    },
    {
      id: 'consent/de-browser-notice',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /(?:sie nutzen|sie verwenden|du nutzt|du verwendest) (?:einen |offenbar einen |wahrscheinlich einen )?(?:ad-?blocker|werbeblocker)|(?:ad-?blocker|werbeblocker)\s.{0,60}(?:deaktivieren|ausschalten|abschalten|pausieren)|bitte (?:aktivieren sie|aktiviere) javascript|javascript (?:ist )?(?:deaktiviert|erforderlich)|ihr browser (?:wird nicht (?:mehr )?unterstützt|unterstützt (?:kein|diese|das|nicht))|bitte (?:aktualisieren sie|verwenden sie) (?:ihren|einen) (?:browser|aktuellen browser)/iu,
      weight: 5,
      reason: 'a browser or ad-blocker notice',
      examples: {
        match: [
          'Sie nutzen einen Adblocker. Bitte deaktivieren Sie ihn für diese Seite.',
          'Bitte aktivieren Sie JavaScript.',
        ],
        noMatch: ['Millionen Deutsche nutzen Werbeblocker, schätzt der Branchenverband.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Related links and headings
    {
      id: 'related/de-lesen-sie-auch',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^[[(]?\s?(?:lesen sie (?:auch|mehr|hier|dazu)|lies auch|auch interessant|ebenfalls (?:interessant|lesenswert|spannend)|mehr zum thema|mehr zu(?:m)?|mehr dazu|mehr (?:aus|von|über)(?: dem| der)?|zum thema|passend (?:zum thema|dazu)|siehe auch|weiterlesen|weitere artikel|weiterführende? (?:links?|artikel)|lesetipps?|(?:unsere )?empfehlung|auch lesenswert|das könnte sie (?:auch )?interessieren|videos?|bildergalerie|fotostrecke|galerie|podcast|liveblog|newsblog|ticker|hier (?:lesen|weiterlesen|mehr)|mehr lesen|zum (?:artikel|video))\s*(?::|\||–|—|-|>>?|»|→)\s*\S.{0,220}$|^mehr (?:artikel|nachrichten|news|beiträge|themen|infos|informationen) (?:aus|zu|zum|von|über|dieser|diesem)\s[^.!?]{0,80}$/iu,
      weight: 4,
      reason: 'a link to another story (Lesen Sie auch, Mehr zum Thema)',
      examples: {
        match: [
          'Lesen Sie auch: Warum die Mieten in München weiter steigen',
          'Mehr zu: Energiepreise – was sich 2025 ändert',
          'Auch interessant | Der große Heizungs-Check',
          'Mehr Artikel aus dieser Rubrik gibt es hier: Sport',
        ],
        noMatch: [
          'Lesen Sie auch die Packungsbeilage, rät die Apothekerin ihren Kunden.',
          'Mehr Nachrichten aus der Region gibt es künftig nur noch online, sagte der Verleger.',
        ],
      },
      maxLength: 260,
    },
    {
      id: 'related/de-heading',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:mehr zu(?:m| diesem) thema|live-?ticker|mehr (?:aus|von|zu|über) [\p{L}\p{N}.&' -]{1,40}|zum thema|passend zum thema|das könnte (?:sie|dich) (?:auch )?interessieren|(?:das )?(?:könnte|dürfte) sie auch interessieren|(?:auch|ebenfalls) interessant|empfohlene (?:artikel|beiträge|inhalte|videos)|lesen sie (?:auch|mehr|weiter)|lesen sie mehr (?:zum thema|dazu|darüber)|siehe auch|weitere (?:artikel|nachrichten|themen|meldungen|beiträge|news|videos|angebote)(?: zum thema| aus dieser rubrik| aus [\p{L}\p{N}.&' -]{1,30})?|ähnliche (?:artikel|themen|beiträge)|verwandte (?:artikel|themen)|meistgelesen(?:e (?:artikel|nachrichten|beiträge))?|(?:die )?meistgelesenen(?: artikel)?|am meisten gelesen|meist(?:kommentiert|geteilt|gesehen)|top-?(?:themen|artikel|news|meldungen)|(?:die )?neueste[n]? (?:artikel|nachrichten|beiträge)|aktuelle (?:nachrichten|meldungen|artikel)|(?:die )?wichtigsten (?:nachrichten|news|themen)(?: des tages)?|empfehlungen(?: der redaktion)?|unsere empfehlungen|redaktionsempfehlung(?:en)?|auch lesenswert|lesetipps?|(?:themen|schlagworte|schlagwörter|stichworte|stichwörter|tags)(?: in diesem artikel| zum artikel| zu diesem artikel)?|alle (?:artikel|themen|nachrichten|meldungen|videos)(?: zum thema| anzeigen| ansehen)?|mehr (?:anzeigen|laden|lesen|artikel|nachrichten|videos|themen)|weniger anzeigen|weiterlesen|zum artikel|zur (?:bildergalerie|fotostrecke)|zum video|bildergalerie|fotostrecke|tipps des tages(?: für [\p{L} -]{1,30})?|aus dem (?:netz|web)|auch bei [\p{L}\p{N}.&' -]{1,30})\s*[:.>»›→]?$/iu,
      weight: 4,
      reason: 'a heading of a related-stories block',
      examples: {
        match: [
          'Liveticker',
          'Lesen Sie mehr zum Thema',
          'Mehr zum Thema',
          'Das könnte dich auch interessieren',
          'Meistgelesen',
          'Themen in diesem Artikel:',
          'Weitere Artikel aus dieser Rubrik',
          'Schlagworte',
          'Siehe auch:',
          'Empfohlene Artikel',
        ],
        noMatch: ['Mehr Geld für Pflegekräfte fordert die Gewerkschaft seit Jahren.'],
      },
    },
    {
      id: 'related/de-issue-teaser',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:(?:dieser|der) (?:artikel|beitrag) ist enthalten in\s[^,;.!?]{1,100}|(?:diese|die) ausgabe (?:jetzt )?(?:digital |online )?(?:lesen|kaufen|bestellen)(?![\p{L}]).{0,60}|(?:jetzt )?(?:das )?(?:heft|ausgabe|e-paper) (?:lesen|kaufen|bestellen|herunterladen)|(?:einzelausgabe|einzelheft) (?:kaufen|bestellen)|download \(abo\)|(?:als )?pdf (?:herunterladen|downloaden))[.!]?$/iu,
      weight: 4,
      reason: 'a teaser for the print or digital issue',
      examples: {
        match: [
          'Dieser Artikel ist enthalten in Wissen kompakt: Die Welt der Pilze',
          'Die Ausgabe jetzt online kaufen',
          'Heft kaufen',
        ],
        noMatch: [
          'Dieser Artikel ist enthalten in einem Gesetzentwurf, den das Kabinett am Mittwoch beschließen will, und soll Mieter schützen.',
        ],
      },
      maxLength: 140,
    },

    // ---------------------------------------------------------------------------------------
    // Comments
    {
      id: 'comments/de-widget',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:\d+\s)?(?:kommentare?|leserkommentare|(?:alle |weitere |mehr )?kommentare (?:anzeigen|lesen|ansehen|laden|einblenden|ausblenden)|kommentare? (?:schreiben|verfassen|abgeben|hinzufügen)|(?:noch )?keine kommentare(?: vorhanden)?|(?:jetzt |hier )?kommentieren|(?:jetzt )?mitdiskutieren|diskutieren sie mit|zur diskussion|zu den kommentaren|zum kommentarbereich|(?:ihre|deine) meinung(?: ist gefragt| zählt)?|was (?:meinen|denken) sie\s?\??|antworten|melden|(?:beitrag|kommentar) melden|\d+ (?:kommentare|antworten|reaktionen)|kommentare?\s?\(\d+\)|kommentare lesen\s?\(\d+\)|neueste zuerst|älteste zuerst|beste kommentare|netiquette|schreiben sie uns!?|leserbrief schreiben)[+:.!]?$/iu,
      weight: 4,
      reason: 'a comment-section widget',
      examples: {
        match: [
          'Kommentare',
          '5 Kommentare',
          'Zu den Kommentaren',
          'Alle Kommentare anzeigen',
          'Kommentar schreiben',
          'Schreiben Sie uns!',
          'Kommentare (12)',
        ],
        noMatch: ['Kommentare aus Moskau verärgerten die Regierung in Berlin.'],
      },
    },
    {
      id: 'comments/de-policy',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /(?:die )?kommentarfunktion (?:ist |wurde )?(?:für (?:diesen|den|dieses) (?:artikel|beitrag|thema) )?(?:geschlossen|deaktiviert|abgeschaltet|nicht verfügbar|beendet)|kommentare sind (?:geschlossen|deaktiviert)|(?:die )?redaktion per e-?mail (?:informieren|schreiben|kontaktieren)|(?:anmerkungen|hinweise|fragen) zu (?:diesem|dem) artikel\s.{0,80}(?:redaktion|e-?mail|schreiben)|wir freuen uns auf (?:ihre|eure|deine) (?:kommentare|meinung|diskussion)|diskussion zu diesem artikel|(?:bitte )?beachten sie (?:unsere|die) (?:netiquette|kommentarregeln|community-?regeln|diskussionsregeln)/iu,
      weight: 4,
      reason: 'a comment policy or letters prompt',
      examples: {
        match: [
          'Die Kommentarfunktion ist für diesen Artikel deaktiviert.',
          'Die Kommentarfunktion ist geschlossen.',
          'Wenn Sie Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren.',
        ],
        noMatch: [
          'Die Kommentarfunktion von Videoplattformen steht seit Jahren in der Kritik, sagte die Forscherin.',
        ],
      },
      maxLength: 400,
    },

    // ---------------------------------------------------------------------------------------
    // Navigation
    {
      id: 'nav/de-menu-word',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^[[(]?\s?(?:startseite|zur startseite|zurück zur (?:startseite|übersicht)|zur übersicht|übersicht|menü|hauptmenü|menü (?:öffnen|schließen)|navigation|suche|suchen|suche öffnen|schließen|zurück|nach oben|zurück nach oben|zur (?:mobilen|klassischen|desktop-?) ?ansicht|mobile ansicht|nach oben scrollen|zurück zum seitenanfang|zum seitenanfang|seitenanfang|zum inhalt(?: springen)?|zur navigation|weiter|mehr|weitere|alle ressorts|ressorts|rubriken|themen a-z|sie sind hier|aktuelle seite|nächste seite|vorherige seite|(?:artikel )?auf einer seite lesen|bildbeschreibung (?:einblenden|ausblenden)|bild vergrößern|vergrößern|ausklappen|einklappen|wird geladen|lädt|bitte warten|aktuell|nachrichten|politik|wirtschaft|finanzen|börse|sport|fußball|kultur|feuilleton|panorama|wissen|wissenschaft|gesellschaft|meinung|regional|lokales|deutschland|ausland|welt|inland|reise|reisen|auto|mobilität|digital|technik|gesundheit|stil|karriere|wetter|immobilien|stellenmarkt|traueranzeigen|shop|service|videos?|fotos|bilder|audio|podcasts?|e-?paper|newsticker|liveblog|vermischtes|unterhaltung|promis|netzwelt|verbraucher|ratgeber|rätsel|horoskop)\s?[)\]]?[.:]?$/iu,
      weight: 2,
      reason: 'a menu word alone on its line',
      examples: {
        match: [
          'Startseite',
          'Zur Startseite',
          'Sie sind hier:',
          'Wirtschaft',
          '[Politik]',
          'Nach oben',
          'Zurück nach oben',
        ],
        noMatch: ['Startseite der Kampagne war ein Video aus dem Kanzleramt.'],
      },
    },
    {
      id: 'nav/de-pagination',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^(?:seite \d+(?: von \d+)?|(?:«|‹|<)?\s?(?:nächste|vorherige|vorige)(?: seite| artikel| beitrag| bild)?\s?(?:»|›|>)?|(?:zum )?(?:nächsten|vorherigen) (?:artikel|beitrag|bild)|bild \d+ (?:von|\/) \d+|\d+ von \d+(?: bildern| fotos)?)$/iu,
      weight: 2.5,
      reason: 'pagination or a gallery counter',
      examples: {
        match: ['Seite 2 von 3', 'Nächste Seite', 'Bild 3 von 12'],
        noMatch: ['Seite an Seite kämpften die Helfer gegen die Flut.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Bylines, datelines, agencies and credits
    {
      id: 'byline/de-von-autor',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^(?:(?:[Ee]in(?:e)? )?(?:[Kk]ommentar|[Gg]astbeitrag|[Gg]astkommentar|[Aa]nalyse|[Ee]ssay|[Kk]olumne|[Rr]eportage|[Ii]nterview|[Bb]ericht|[Gg]losse|[Rr]ezension|[Kk]ritik|[Pp]orträt) )?(?:[Vv]on|VON):?\s\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:von|van|de|der|den|zu|di|da|la|le|el|al|bin|ter|vom)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s?|\s(?:und|&)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:von|van|de|der|den|zu|di|da|la|le|el|al|bin|ter|vom)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}){0,4}(?:(?:,\s?|\s?[|•·–—-]\s?|\s(?:aus|in)\s)[^!?]{1,60})?$|^(?:[Vv]on|VON):?$/u,
      weight: 4,
      reason: 'an author line ("Von …")',
      examples: {
        match: [
          'Von Max Mustermann',
          'Von Erika Musterfrau und Hans Beispiel',
          'Von Jana Beispiel, Hamburg',
          'Ein Kommentar von Karl Muster',
          'Von',
        ],
        noMatch: ['Von Berlin aus fuhr er weiter nach Warschau.', 'Von Mäusen und Menschen'],
      },
      maxLength: 140,
    },
    {
      id: 'byline/de-labelled',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^(?:(?:text|texte|text und fotos?|text & fotos?|recherche|mitarbeit|übersetzung|protokoll|autoren|autorinnen|redakteur(?:in)?|reporter(?:in)?)\s?(?::|von)|aus dem (?:englischen|französischen|spanischen|italienischen|russischen) (?:von|übersetzt von)|übersetzt von|aufgezeichnet von|verfasst von|geschrieben von|ein beitrag von)\s?\S.{0,80}$/iu,
      weight: 4,
      reason: 'a labelled author or contributor field',
      examples: {
        match: ['Text: Anna Beispiel', 'Aus dem Englischen von Peter Muster', 'Mitarbeit: Lisa Probe'],
        noMatch: [
          'Text und Musik stammen von der Band selbst, die seit 1994 zusammen spielt und jetzt auf Tour geht.',
        ],
      },
      maxLength: 110,
    },
    {
      id: 'byline/de-author-bio',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^(?:der|die) (?:autor|autorin|verfasser|verfasserin|gastautor|gastautorin) (?:(?:lebt|arbeitet|schreibt|lehrt|forscht)(?![\p{L}])|(?:ist|war) (?:[\p{L}-]+ ){0,3}[\p{L}-]{0,25}?(?:journalist|redakteur|korrespondent|autor|publizist|wissenschaftler|professor|kolumnist|reporter|schriftsteller|historiker|ökonom|mitarbeiter|leiter|direktor)(?:in)?(?![\p{L}])).{0,300}$|^(?:stellvertretende[rn]? )?(?:redakteur|redakteurin|korrespondent|korrespondentin|volontär|volontärin|reporter|reporterin|chefredakteur|chefredakteurin|ressortleiter|ressortleiterin|wissenschaftsjournalist(?:in)?|wissenschaftsautor(?:in)?|freie[rn]? (?:autor|autorin|journalist|journalistin|mitarbeiter|mitarbeiterin))(?: (?:in|im|für|bei|der|des|von|und)\s[^!?]{0,120})?\.?$/iu,
      weight: 2.5,
      reason: 'an author bio',
      examples: {
        match: [
          'Die Autorin ist Wissenschaftsjournalistin in Leipzig.',
          'Redakteurin im Ressort Politik.',
          'Korrespondentin für Südosteuropa mit Sitz in Wien.',
        ],
        noMatch: ['Der Autor ist seit dem Skandal nicht mehr öffentlich aufgetreten, sagte sein Verleger.'],
      },
      maxLength: 400,
    },
    {
      id: 'byline/de-name-bio',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:ist|war|arbeitet|schreibt) (?:als |seit \d{4} |für |bei )?(?:[\p{L}-]+ ){0,4}[\p{L}-]{0,25}?(?:[Rr]edakteur|[Jj]ournalist|[Kk]orrespondent|[Aa]utor|[Kk]olumnist|[Rr]eporter|[Vv]olontär)(?:in)?(?![\p{L}]).{0,300}$/u,
      weight: 2.5,
      reason: 'an author bio naming the writer',
      examples: {
        match: [
          'Anna Beispiel ist Wirtschaftsredakteurin und schreibt über Energie.',
          'Max Muster arbeitet als freier Journalist in Kairo.',
        ],
        noMatch: ['Anna Beispiel ist Ärztin in Köln und leitet die Notaufnahme.'],
      },
      maxLength: 400,
    },
    {
      id: 'dateline/de-labelled',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^[-–]?\s?(?:stand|aktualisiert|zuletzt aktualisiert|veröffentlicht|erstellt|erschienen|geändert|letzte änderung|aktualisierung)(?: am| um| vom)?\s?:?\s?\d{1,2}[./]\s?(?:\d{1,2}[./]|[\p{L}]{3,9}\.?)\s?(?:\d{2,4})?[^!?]{0,40}$/iu,
      weight: 4,
      reason: 'a published or updated timestamp',
      examples: {
        match: [
          '-Aktualisiert am 03.11.2021-09:12',
          'Stand: 05/08/2019, 5:30',
          'Veröffentlicht am 3. Mai 2021 um 10:12 Uhr',
        ],
        noMatch: [
          'Stand 3. Mai hatten sich 40 Menschen angesteckt, teilte das Amt mit, und die Zahl steigt weiter.',
        ],
      },
      maxLength: 90,
    },
    {
      id: 'dateline/de-meta-line',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^(?:[\p{L}]{2,10},?\s)?\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?(?:,?\s?(?:[-–]\s?)?(?:um\s)?\d{1,2}[:.]\d{2}(?:\s?uhr)?)?(?:\s?[|•·–-]?\s?(?:(?:lesedauer|lesezeit)\s?:?\s?(?:ca\.\s?)?\d+\s?min(?:uten|\.)?|\d+\s(?:kommentare?|min\.?))){1,3}$/iu,
      weight: 4,
      reason: 'a date with reading time or comment count',
      examples: {
        match: ['12.03.2021, 08:15 | Lesedauer: 6 Minuten', '12.09.2021 - 07:35 Uhr 14 Kommentare'],
        noMatch: ['12.03.2021'],
      },
    },
    {
      id: 'agency/de-material',
      label: 'byline',
      signsOff: true,
      languages: ['de'],
      pattern:
        /^[([]?\s?(?:mit |unter verwendung von )?(?:material|informationen|angaben) (?:von|der|aus)\s(?:den |der |dem )?(?:nachrichtenagenturen?\s|agenturen?\s)?[\p{L}\p{N}/,&. -]{1,50}[)\]]?\.?$|^[([]?\s?mit (?:agenturmaterial|agenturen|dpa|afp|reuters|ap|kna|epd|sid)(?:\s?(?:[/,]|und)\s?(?:dpa|afp|reuters|ap|kna|epd|sid|rtr))*[)\]]?\.?$/iu,
      weight: 5,
      reason: 'a "mit Material von dpa" note',
      examples: {
        match: [
          'Mit Material von dpa',
          'mit Material der Nachrichtenagenturen dpa und AFP',
          '(mit Agenturmaterial)',
          'mit dpa/AFP',
        ],
        noMatch: ['Mit Material von Baustellen aus der Region baute der Künstler eine riesige Skulptur.'],
      },
      maxLength: 90,
    },
    {
      id: 'agency/de-short-tags',
      label: 'byline',
      signsOff: true,
      languages: ['de'],
      pattern:
        /^[([]?\s?(?:dpa-(?:afx|tmn|infocom|[a-z]{2,3})|sid|rtr|dts|ddp|dapd|afx|tmn|kna|epd|apa|sda|red|jv)(?:\s?[/,]\s?(?:dpa|afp|ap|reuters|rtr|sid|kna|epd|apa|sda|dts|ddp|afx|tmn|red|[a-z]{2,4}))*[)\]]?\.?$|^(?:©\s?)?dpa-infocom,\s?dpa:\d{6}-\d{2,3}-\d{3,7}(?:\/\d{1,3})?$|^dpa:\d{6}-\d{2,3}-\d{3,7}(?:\/\d{1,3})?$/iu,
      weight: 5,
      reason: 'a German agency tag (dpa-AFX, sid, rtr)',
      examples: {
        match: [
          '(dpa-AFX)',
          'sid',
          'rtr/dpa',
          'dpa-infocom, dpa:210312-99-123456/2',
          'dpa:261205-930-123456/1',
        ],
        noMatch: ['dpa-Meldung'],
      },
    },
    {
      id: 'credit/de-bildquelle',
      label: 'byline',
      languages: ['de'],
      pattern:
        /^[([]?\s?(?:©\s?)?(?:bildquellen?|bildrechte|fotoquelle|titelbild|titelfoto|aufmacherbild|aufmacherfoto|symbolbild|symbolfoto|archivbild|archivfoto|bildnachweise?|fotonachweis|fotograf(?:in)?|infografik|illustration|bild und text|quelle (?:bild|foto)|beitragsbild|vorschaubild|teaserbild|headerbild|artikelbild)\s?(?:\([^)]{0,30}\))?\s?[:|/]\s?.{1,140}$|^[([]?\s?(?:symbolbild|symbolfoto|archivbild|archivfoto)[)\]]?$/iu,
      weight: 4,
      reason: 'a picture credit (Bildquelle, Symbolbild)',
      examples: {
        match: [
          'Bildquelle: Beispiel GmbH',
          'Symbolbild: picture alliance',
          '(Archivbild)',
          'Titelbild: Anna Beispiel',
        ],
        noMatch: ['Symbolbilder wie dieses prägen seit Jahren die Berichterstattung.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Disclaimers and copyright
    {
      id: 'disclaimer/de-labelled',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /^[([*]?\s?(?:hinweis der redaktion|anmerkung der redaktion|redaktioneller hinweis|transparenzhinweis|offenlegung|interessenkonflikt|hinweis in eigener sache)\s?[:.\-–—]/iu,
      weight: 6,
      reason: 'a line that calls itself an editorial note',
      examples: {
        match: [
          'Hinweis der Redaktion: Dieser Text wurde nachträglich ergänzt.',
          'Transparenzhinweis: Die Reise wurde vom Veranstalter bezahlt.',
        ],
        noMatch: ['Hinweise der Redaktion zufolge hatte sich der Vorfall anders abgespielt.'],
      },
      maxLength: 800,
    },
    {
      id: 'disclaimer/de-correction',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /^[([*]?\s?(?:korrektur|korrekturhinweis|richtigstellung|berichtigung)\s?(?:\([^)]{0,40}\))?\s?[:—–-]\s?.{0,300}$/iu,
      weight: 2.5,
      reason: 'a correction note',
      examples: {
        match: ['Korrektur: In einer früheren Fassung stand ein falsches Datum.'],
        noMatch: ['Korrekturen am Haushalt lehnte die Opposition ab.'],
      },
      maxLength: 500,
    },
    {
      id: 'disclaimer/de-syndication',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /(?:dieser|der) (?:artikel|beitrag|text|kommentar|gastbeitrag|essay|interview)\s.{0,40}(?:erschien|ist|wurde) (?:zuerst|erstmals|ursprünglich|zunächst)(?: (?:am|im) [^,]{1,30})? (?:in|bei|auf|im|veröffentlicht)(?![\p{L}])|(?:erschien|erschienen) (?:zuerst|erstmals|ursprünglich) (?:in|bei|auf|im)(?![\p{L}])|(?:erstveröffentlichung|zuerst veröffentlicht|ursprünglich veröffentlicht|erstmals veröffentlicht)\s?(?::|in|bei|auf|am)(?![\p{L}])|(?:übersetzte|bearbeitete|gekürzte|redigierte)(?: und (?:bearbeitete|gekürzte|redigierte|übersetzte))? (?:fassung|version) (?:des|eines|von) |(?:ist|sind) (?:teil|mitglied) (?:des|der|eines)\s.{0,60}(?:netzwerks|netzwerkes|netzwerk|verbunds|verbundes)|(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist erschienen|stammt) (?:auch )?(?:in|aus) (?:der|unserer)\s.{0,40}(?:ausgabe|printausgabe|zeitung|heft)/iu,
      weight: 5,
      reason: 'a syndication or republication note',
      examples: {
        match: [
          'Dieser Artikel erschien zuerst bei Beispiel-Magazin.',
          'Von der Redaktion übersetzte und bearbeitete Fassung des Artikels »Why rivers move« aus dem Magazin Example.',
          '*beispiel.de ist Teil des bundesweiten Musterverlag-Redaktionsnetzwerks',
        ],
        noMatch: ['Der Roman erschien erst nach dem Tod des Autors und wurde ein Welterfolg.'],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/de-affiliate',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /affiliate-?links?|provisions-?links?|(?:wir (?:erhalten|bekommen)|(?:erhalten|bekommen) wir)\s.{0,40}provision|mit (?:einem )?(?:\*|sternchen)\s.{0,40}(?:gekennzeichnet|markiert)\s.{0,60}(?:links?|provision|affiliate)|(?:dieser|der) (?:artikel|beitrag|text) enthält (?:sogenannte )?(?:affiliate|werbe|partner)-?links|werbung wegen (?:markennennung|verlinkung)|(?:der|dieser) (?:artikel|beitrag) (?:ist|wurde) (?:gesponsert|bezahlt|finanziert) (?:von|durch)/iu,
      weight: 4.5,
      reason: 'an affiliate or sponsorship disclosure',
      examples: {
        match: [
          'Mit einem * gekennzeichnete Links sind Affiliate-Links.',
          'Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.',
        ],
        noMatch: ['Der Makler kassierte eine Provision von drei Prozent, sagte der Richter.'],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/de-out-of-date',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /(?:dieser|der) (?:artikel|beitrag|text) (?:ist|wurde vor) (?:älter als|mehr als|über) (?:ein|einem|zwei|drei|\d+) (?:jahr|jahre|jahren|monat|monate|monaten)|(?:informationen|angaben|inhalte) (?:sind|könnten|können) (?:möglicherweise |eventuell |unter umständen |inzwischen )?(?:nicht mehr aktuell|veraltet|überholt)|(?:dieser|der) (?:artikel|beitrag) (?:ist|stammt) aus (?:dem|unserem) archiv/iu,
      weight: 4,
      reason: 'a note that the article is old',
      examples: {
        match: [
          'Dieser Artikel ist älter als ein Jahr.',
          'Die Informationen sind möglicherweise nicht mehr aktuell.',
        ],
        noMatch: ['Der Artikel ist älter als die Republik selbst, sagte der Verfassungsrichter.'],
      },
      maxLength: 400,
    },
    {
      // The note that an opinion piece speaks for its author, not for the paper.
      id: 'disclaimer/de-views',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /^[([*]?\s?(?:die )?(?:im (?:artikel|beitrag|text|gastbeitrag) |hier )?(?:geäußerten|vertretenen|dargestellten|wiedergegebenen) (?:meinungen|ansichten|positionen)\s.{0,160}(?:autors?|autorin|verfasser(?:in|s)?|gastautors?|redaktion)\b.{0,120}$/iu,
      weight: 4.5,
      reason: "a note that the views are the author's own",
      examples: {
        match: [
          'Die im Artikel geäußerten Meinungen sind die des Autors.',
          '(Die hier vertretenen Ansichten geben nicht unbedingt die Meinung der Redaktion wieder.)',
        ],
        noMatch: ['Die geäußerten Meinungen gingen weit auseinander, sagte die Sprecherin des Vereins.'],
      },
    },
    {
      id: 'disclaimer/de-advice',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /^[([*]?\s?(?:(?:dies|das|der (?:artikel|beitrag|text)|die(?:se)? (?:informationen|inhalte|artikel)) (?:ist|sind|stellt|stellen) )?keine (?:anlage|kauf|finanz|steuer|rechts)(?:beratung|empfehlung)|(?:ersetzt|ersetzen) (?:keine|nicht (?:die|den|eine)) (?:ärztliche|medizinische|fachliche|professionelle) (?:beratung|behandlung|diagnose)|alle angaben ohne gewähr|kurse? (?:sind )?(?:zeit)?verzögert|(?:haben sie|hast du) (?:suizidale |suizid)gedanken|telefonseelsorge\s.{0,80}(?:0800|erreichbar|kostenlos|anonym)/iu,
      weight: 4.5,
      reason: 'an investment, health or help-line note',
      examples: {
        match: [
          'Dies ist keine Anlageberatung.',
          'Der Artikel ersetzt keine ärztliche Beratung.',
          'Haben Sie suizidale Gedanken? Hilfe bietet die Telefonseelsorge unter 0800 111 0 111.',
        ],
        noMatch: ['Die Bank bietet keine Anlageberatung mehr in ihren Filialen an, sagte ein Sprecher.'],
      },
      maxLength: 500,
    },
    {
      id: 'copyright/de-notice',
      label: 'disclaimer',
      languages: ['de'],
      pattern:
        /^©\s?[\p{L}\p{N}.&' -]{1,40}\s(?:vom|v\.)\s?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:\s?\/\s?[\p{L}]{1,6})?$|^(?:nachdruck|weiterverbreitung|vervielfältigung|weiterverwendung|verwendung|nutzung)\s.{0,60}nur mit (?:ausdrücklicher |schriftlicher |vorheriger )*(?:genehmigung|zustimmung|erlaubnis)(?: (?:de[rs]|von) [\p{L}\p{N}.&' -]{1,40})?[.!]?$|^(?:alle rechte (?:bei|liegen bei)|urheberrechtlich geschützt)(?![\p{L}]).{0,100}$/iu,
      weight: 5,
      reason: 'a copyright notice',
      examples: {
        match: [
          '©Tagesblatt vom 15.05.2019/abc',
          'Nachdruck und Weiterverbreitung nur mit schriftlicher Genehmigung.',
          'Alle Rechte bei Beispielverlag GmbH',
        ],
        noMatch: [
          'Nutzung der Halle nur mit Genehmigung des Hausmeisters, heißt es in der Satzung der Schule.',
        ],
      },
      maxLength: 200,
    },
    {
      id: 'paywall/de-listen-login',
      label: 'chrome',
      languages: ['de'],
      pattern:
        /^um (?:sich )?(?:diesen|den|einen) (?:artikel|beitrag|text) (?:anzuhören|vorlesen zu lassen|zu lesen|weiterzulesen|zu speichern)\b.{0,40}\b(?:melden sie sich|registrieren sie sich|abonnieren sie|anmelden|einloggen)\b.{0,30}$/iu,
      weight: 4,
      reason: 'a sign-in prompt for listening to or reading the article',
      examples: {
        match: [
          'Um diesen Artikel anzuhören, melden Sie sich bitte an.',
          'Um den Beitrag zu speichern, registrieren Sie sich kostenlos.',
        ],
        noMatch: ['Um diesen Artikel zu schreiben, reiste die Autorin nach Lima.'],
      },
    },
  ];
}
