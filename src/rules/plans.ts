import type { RuleSpec } from '../types.js';

/**
 * Subscription offer pages: plan names, prices, durations, billing terms and benefit lists.
 * Each line alone is weak evidence (a price can be body); in a block they decide together.
 */
export const planRules: RuleSpec[] = [
  {
    id: 'plans/price',
    label: 'chrome',
    pattern:
      /^(?:(?:only|just|now|from|starting at|at|then|and then|after that|danach|dann|puis|ensuite|luego|después|depois|poi)[,:]?\s+)?(?:[$€£¥₹]|rs\.?\s?|inr\s?|usd\s?|eur\s?|r\$\s?|chf\s?|a\$|c\$)\s?\d[\d.,]*(?:\s?(?:\/|per|a|an|every)\s?(?:mo(?:nth)?|yr|year|week|wk|day|quarter|annum|article))?(?:\s?\*+)?(?:\s?(?:only|\+\s?(?:gst|vat|tax(?:es)?)))?(?:\s(?:after (?:the |your )?(?:free )?trial(?: ends| period)?|thereafter|after that))?\.?$|^(?:(?:then|danach|dann|puis|ensuite|luego|después|depois|poi)[,:]?\s+)?\d[\d.,]*\s?(?:€|£|₹|\$|eur|usd|inr|chf|kr)(?:\s?(?:\/|per|a|pro|par)\s?(?:mo(?:nth)?|monat|mois|mes|mês|mese|yr|year|jahr|an|año|ano|anno|week|woche))?$/iu,
    weight: 2,
    // Every price holds a digit: the matcher skips the rule on digit-free lines.
    needsDigit: true,
    reason: 'a price on its own line',
    examples: {
      match: [
        'Just $4.99/month after trial',
        'Después, 9,99 €/mes',
        'Then $9.99/month',
        '₹900',
        '₹300/Month',
        '$7/month',
        '€9.99 per month',
        'Rs 2,700',
        '4,99 €/Monat',
        'R$ 9,90',
        '$70/year',
      ],
      noMatch: ['The tickets cost $70 each, and sold out within an hour.'],
    },
  },
  {
    id: 'plans/duration',
    label: 'chrome',
    pattern:
      /^(?:\d{1,2}|one|two|three|six|twelve)\s?[- ]?(?:months?|years?|weeks?|days?|mos?|yrs?)(?:\s(?:plan|subscription|access|free|trial))?$|^(?:monthly|annual(?:ly)?|yearly|quarterly|weekly|half[- ]yearly|bi-?annual)(?:\s(?:plan|subscription|access|billing|pass))?$|^(?:per|a|an|every|each|\/)\s?(?:month|year|week|day|mo|yr|annum)$/iu,
    weight: 2.5,
    reason: 'a plan duration on its own line',
    examples: {
      match: ['3 Months', '1 Year', 'Monthly', 'Annual', '12-month plan', 'per month', '/year'],
      noMatch: ['Three months later, he was back.'],
    },
  },
  {
    id: 'plans/billing-terms',
    label: 'chrome',
    pattern:
      /^(?!.*\b(?:said|says|told|would|according to|reported|announced|complained|warned)\b).*?\b(?:renews? automatically|auto[- ]?renew(?:s|al)?|cancel (?:at )?any ?time|(?:^|[.,;!]\s)(?:you can )?cancel whenever you (?:like|want|wish)\b|billed (?:annually|monthly|yearly|once|every|(?:as |at )?(?:[$€£₹]\s?|rs\.?\s?)\d(?:[\d.,]*\d)?)|no commitment|(?:terms (?:&|and) conditions|t&cs?|t ?& ?c) apply(?=[.*!]?$)|plus (?:applicable )?taxes|(?:gst|vat) (?:extra|included|inclusive)|(?:first|1st) (?:month|year) (?:free|for)|money[- ]back guarantee|^pay (?:using|with|via|by) (?:upi|cards?|credit|debit|paypal|net ?banking|wallets?|apple pay|google pay)\b|introductory (?:offer|price|rate)|(?:^|\.\s)(?:sales |local )?tax(?:es)? (?:may )?apply(?=[.*!]?$)|^(?:all )?prices? (?:are |shown |quoted |listed |displayed )*in (?:usd|eur|gbp|inr|aud|cad|chf|us dollars|euros|pounds)(?=[.;]|$)|best value|most popular plan|^(?:was|regular(?:ly)?|normally|usually) (?:[$€£₹]|rs\.?)\s?\d[\d.,]*[,;]?\s(?:now|only|today)\s(?:[$€£₹]|rs\.?)\s?\d[\d.,]*.{0,30}$|^renews? (?:at|for) (?:[$€£₹]|rs\.?)\s?\d[\d.,]*.{0,40}$|^(?:this )?offer (?:is )?(?:only )?(?:valid|available|open) (?:for|to) new (?:subscribers|customers|members)(?: only)?|^(?:an? )?(?:exclusive|special) offer for (?:our )?(?:readers|subscribers|members)(?=[.!]?$)|^(?:best (?:deal|offer|price)|free trial|no credit card (?:required|needed)|students? (?:discount|offer|plan|rate)s?)(?=[.!]?$)|save \d+\s?%|\d+\s?% off (?:your|the) (?:first|subscription))\b/iu,
    weight: 4,
    reason: 'billing terms of a subscription offer',
    examples: {
      match: [
        'Pay using UPI, credit or debit card',
        'Billed as $49.99 annually',
        'Renews automatically, cancel anytime',
        'Billed annually',
        'Save 50% – best value',
        'Cancel anytime.',
        'Cancel whenever you like.',
        'No contract. You can cancel whenever you want.',
        'Annual subscription, billed once',
        'Terms & Conditions apply.',
        'Prices in USD. Taxes may apply.',
        'All prices shown in EUR',
        'No credit card required',
        'Was $15.99, now $7.99',
        'Renews at $19.99/month',
        'Offer valid for new subscribers only.',
        'Exclusive offer for readers',
        'Free trial',
        'Student discount',
        'Best deal',
      ],
      noMatch: [
        'Prices in USD rose sharply after the announcement.',
        'Terms and conditions apply to the refund, the airline said.',
        'Taxes may apply to the winnings, the lottery operator said.',
        'Analysts say the plan will save billions over a decade.',
        'Customers can cancel whenever they like, the regulator said.',
        'The streaming giant said subscribers would be able to cancel anytime without a fee.',
        'Plans renew automatically unless cancelled, the regulator warned.',
      ],
    },
    maxLength: 160,
  },
  {
    // How an offer is billed, in the pack languages (English is the rule above).
    id: 'plans/billing-period',
    label: 'chrome',
    pattern:
      /^(?:(?:jährliche|monatliche) (?:zahlung|abrechnung)|(?:jährlich|monatlich) abgerechnet|spare \d+\s?%|factur[ée]e? (?:annuellement|mensuellement|chaque (?:mois|année))|facturation (?:annuelle|mensuelle)|(?:factur[ée]e?|facturad[oa]|cobrad[oa]|fatturat[oa]) (?:\d[\d.,]*\s?(?:€|eur|\$)|(?:€|r?\$)\s?\d)|facturaci[óo]n (?:anual|mensual)|se factura (?:anualmente|mensualmente)|cobran[çc]a (?:anual|mensal)|cobrad[oa] (?:anualmente|mensalmente)|fatturazione (?:annuale|mensile)|fatturat[oa] (?:annualmente|mensilmente))(?![\p{L}\p{N}]).{0,60}$/iu,
    weight: 4,
    reason: 'how a subscription offer is billed',
    examples: {
      match: [
        'Facturé 49,99 € par an',
        'Jährliche Zahlung',
        'Facturé annuellement',
        'Facturación anual',
        'Cobrança mensal',
        'Fatturazione annuale',
        'Spare 40 %',
      ],
      noMatch: [
        'Die jährliche Zahlung an die Gemeinde stieg im vergangenen Jahr auf 1,2 Millionen Euro, sagte der Kämmerer.',
      ],
    },
    maxLength: 120,
  },
  {
    id: 'plans/plan-name',
    label: 'chrome',
    pattern:
      /^(?:(?:smart|digital|print|premium|basic|standard|essential|plus|pro|super|annual|monthly|yearly|quarterly|all[- ]access|unlimited|ad[- ]free|gold|silver|platinum|starter|family|student|e-?paper|epaper|web|app|introductory|classic|access)\s){1,3}(?:quarterly|monthly|annual|yearly|plan|pack|pass|access|subscription|membership|edition|saver|bundle|essential|premium|plus|pro|only|combo|offer|digital|e-?paper)$|^(?:super|smart) saver$|^all[- ]access$|^(?:digital|print|e-?paper|web|app)\s?(?:\+|&|and)\s?(?:digital|print|e-?paper|web|app)(?:\s(?:access|subscription|bundle|edition|plan|pack))?$/iu,
    weight: 2.5,
    reason: 'the name of a subscription plan',
    examples: {
      match: [
        'Digital + Print',
        'All Access Digital',
        'All Access',
        'Digital Access Plan',
        'Smart Quarterly',
        'Smart Essential',
        'Super Saver',
        'Digital Plus',
        'Premium Annual Plan',
        'All-Access Pass',
      ],
      noMatch: ['Smart phones', 'Premium Bonds'],
    },
  },
  {
    id: 'plans/benefits-heading',
    label: 'chrome',
    pattern:
      /\b(?:what(?:'|’)s included|what you(?:'|’)ll get|(?:subscription|subscriber|membership|member) (?:benefits|plans?|offers?|perks)|why subscribe|benefits of (?:subscribing|membership)|(?:digital|print) subscription plans?|subscriber[- ]only (?:benefits|content|features))\b/iu,
    weight: 4,
    reason: 'heads a list of subscription benefits',
    examples: {
      match: [
        'Here’s what’s included in our digital subscription plans',
        'Subscriber benefits',
        'Why subscribe?',
      ],
      noMatch: [
        'The union said the new membership plans were unfair to part-time workers, who would pay twice as much.',
      ],
    },
    maxLength: 80,
  },
  {
    id: 'plans/benefit-item',
    label: 'chrome',
    pattern:
      /^(?:includes? |including |plus )?(?:(?:unlock |get |enjoy )?unlimited (?:access|articles|digital access|reading)|everything in (?:the )?[\p{L}\p{N}+& ]{1,25},? plus\s.{1,80}|read without limits|ad[- ]?free(?: reading| experience| browsing)?|ad[- ]lite|e-?paper|(?:daily )?digital replica|(?:full )?archives?|(?:curated |exclusive )?newsletters?|exclusive (?:premium )?(?:stories|content|articles|access|newsletters?)|premium (?:stories|content|articles)|(?:seamless )?access (?:across|on) (?:all |any |every )?(?:of )?(?:your )?devices?|(?:read|listen) on (?:any|all|every) (?:of your )?devices?|(?:complimentary|free) access to\b.{0,60}|access to (?:the |our )?(?:e-?paper|archives?|digital replica|premium (?:content|stories|articles))|(?:uninterrupted|distraction[- ]free) reading(?: experience)?|subscriber[- ]only (?:events|newsletters?|content)|members?[- ]only (?:events|newsletters?|content)|(?:bonus )?puzzles?(?: and| &) (?:games|crosswords?)|(?:the )?crosswords?(?: and| &) puzzles?|(?:the )?crossword|(?:gift|student|group|family|educator|teacher|corporate|military) (?:subscriptions?|discounts?|rates?|memberships?|plans?|pricing) (?:(?:are |is )?(?:also )?available|offered))\b(?:\s[^.!?]{0,40})?$/iu,
    weight: 2,
    reason: 'an item of a subscription benefit list',
    examples: {
      match: [
        'Access on any device',
        'Access to e-paper',
        'Ad-free Reading',
        'Archives',
        'Curated Newsletters',
        'Exclusive premium stories online',
        'Seamless Access Across All Devices',
        'Complimentary Access to The New York Times',
        'Unlock unlimited access',
        'Read without limits',
        'Includes ad-free reading',
        'Puzzles and crossword',
        'Gift subscriptions available',
        'Student discount available',
        'Everything in Digital, plus the weekend paper at your door',
      ],
      noMatch: [
        'Archives show that the bridge was first proposed in 1911 by the city engineer.',
        'Student discounts offered by the chain were cut in half last year.',
      ],
    },
  },
  {
    // A benefit of a subscription spelt out as a sentence: "Unlock 30+ premium stories a day,
    // on any device", "Get an email on the companies you follow". Weighed like a benefit item:
    // the offer block around it decides, and an article sentence about archives keeps its
    // prose evidence.
    id: 'plans/benefit-pitch',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:unlock|get|enjoy|access|read|explore|receive|plus|(?:full|unlimited|complimentary|exclusive|priority|preferential|early) (?:access|invit(?:e|ation)s?) to)\b(?!.{0,200}\b(?:will|would|was|were|has been|have been|had|said|says|told)\b).{0,80}\b(?:premium (?:stories|articles|content|journalism)|e-?paper|(?:newspaper |digital )?archives?|curated newsletters?|ad-?free|subscriber[- ]only|members?[- ]only|(?:our|the) events?)\b.{0,160}$|^(?:pick|choose|select|follow|track|add)\b.{0,40}\b(?:companies|stocks|topics|teams|authors|writers)\b.{0,60}\b(?:e-?mails?|alerts?|notifications?|updates?)\b.{0,60}$/iu,
    weight: 2,
    maxLength: 300,
    reason: 'a subscription benefit spelt out as a sentence',
    examples: {
      match: [
        'Unlock 25+ premium stories a day, picked by our editors, on web and app.',
        'Full access to our daily e-paper: clip, save and share pages from any device.',
        'Preferential invitations to our events and webinars.',
        'Choose up to 10 companies and get an email whenever they make the news.',
      ],
      noMatch: [
        'Full access to the archive will be granted to historians next year.',
        'The museum opened its photo archives to researchers last year, after a long campaign.',
        'Track the storm on the weather service website.',
      ],
    },
  },
  {
    // The benefits as one comma list that trails off in "and more": "Exclusive stories,
    // curated newsletters, 20 years of archives, e-paper and more!". Two of the items must be
    // things a subscription gives. (A rule of its own: its start is not known, and the
    // literal index finds its "and more" on few lines.)
    id: 'plans/benefit-list-sentence',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?=(?:.{0,120}\b(?:newsletters?|archives?|e-?paper|ad-?free|premium stories|exclusive stories|podcasts|puzzles)\b){2})(?:[\p{L}\p{N}+&' -]{2,40}, ){2,6}[\p{L}\p{N}+&' -]{2,40},? (?:and|&) (?:much )?more[.!]?$/iu,
    weight: 2,
    maxLength: 250,
    reason: 'a subscription benefit list run into one line',
    examples: {
      match: ['Exclusive stories, curated newsletters, 20 years of archives, e-paper and more!'],
      noMatch: ['Books, maps, newsletters, archives and more from the estate will go to the library.'],
    },
  },
  {
    // The buttons of an offer page and its checkout: claim the offer, pick a plan, start the
    // subscription, enter a promo code.
    id: 'plans/offer-buttons',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:claim (?:this |the |your |my )?(?:offer|deal|discount)|get (?:this|the) (?:offer|deal)|(?:start|begin) (?:my|your) (?:subscription|membership|free trial|trial)|(?:choose|select|pick) (?:this|your|a) (?:plan|offer|package|subscription)|(?:see|view|compare) (?:all )?(?:plans|offers|subscription options)|secure checkout|(?:have|got|enter) a (?:promo|promotion|discount|voucher|coupon|gift) code\??|(?:apply|redeem) (?:a |your )?(?:promo|discount|voucher|coupon) code|link (?:your|my) (?:account|subscription)|(?:(?:already a (?:print |home delivery |newspaper )?subscriber\??\s)?activate (?:your|my) (?:digital |online )?(?:access|subscription|account)))[.!]?$/iu,
    weight: 3.5,
    reason: 'a button of an offer page or its checkout',
    examples: {
      match: [
        'Claim offer',
        'Start my subscription',
        'Choose this plan',
        'See all plans',
        'Secure checkout',
        'Have a promo code?',
        'Link your account',
        'Already a print subscriber? Activate your digital access.',
      ],
      noMatch: ['Claim offers from the insurer were slow to arrive, the report found.'],
    },
  },
  {
    // plans/offer-buttons in the packs' languages, with the offer's "new customers only" line
    // and its struck-through price ("Statt 9,99 € nur 4,99 €").
    id: 'plans/offer-buttons-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:jetzt )?(?:angebot|vorteil|rabatt) sichern|(?:tarif|angebot|abo|paket) (?:wählen|auswählen)|alle (?:angebote|abos|tarife) (?:ansehen|anzeigen|vergleichen)|gutschein-?code (?:eingeben|einlösen)|(?:sichere|sicher) (?:bezahlung|bezahlen|zahlung)|nur für neukunden|(?:das )?angebot gilt nur für neukunden|(?:sie sind |schon )?(?:print-?|zeitungs-?)abonnent(?:in)?\?\s?(?:jetzt )?(?:digital-?zugang|zugang) (?:freischalten|aktivieren)|j['’]en profite|choisir (?:cette|l['’]|une) (?:offre|formule)|voir (?:toutes )?(?:les|nos) (?:offres|formules)|vous avez un code (?:promo|promotionnel|de réduction)\s?\?|paiement (?:100 ?% )?sécurisé|offre (?:réservée|valable) (?:aux|pour les) nouveaux (?:abonnés|clients)|déjà abonné (?:au journal |à l['’]édition )?(?:papier|imprimée)\s?\?\s?activez (?:votre|l['’]) accès numérique|aprovecha (?:la|esta|nuestra) oferta|(?:elegir|elige|escoger) (?:este|el|tu) plan|ver (?:todos los|nuestros) planes|ver (?:todas las|nuestras) ofertas|¿?tienes un (?:código|cupón) (?:promocional|de descuento)\??|pago (?:100 ?% )?seguro|oferta válida (?:solo|sólo|únicamente) para nuevos (?:suscriptores|clientes)|aproveite (?:a|esta|nossa) oferta|(?:escolher|escolha) (?:este|o|seu) plano|ver (?:todos os|nossos) planos|tem um (?:cupom|código) (?:de desconto|promocional)\??|pagamento (?:100 ?% )?seguro|oferta válida (?:apenas|somente|só) para novos (?:assinantes|clientes)|approfitta (?:dell['’]|di questa |della nostra )offerta|scegli (?:questo|il tuo|il) piano|vedi (?:tutte le|le nostre) offerte|hai un codice (?:promozionale|sconto)\??|pagamento (?:100 ?% )?sicuro|offerta valida (?:solo|soltanto) per i nuovi (?:abbonati|clienti)|(?:statt|au lieu de|antes|invece di|de)\s(?:[$€£]|r\$)?\s?\d[\d.,]*\s?(?:€|eur)?,?\s(?:nur|seulement|ahora|solo|por|solo a|a soli)\s(?:[$€£]|r\$)?\s?\d[\d.,]*\s?(?:€|eur)?)[.!]?$/iu,
    weight: 3.5,
    maxLength: 120,
    reason: 'a button of an offer page or its checkout',
    examples: {
      match: [
        'Angebot sichern',
        'Tarif wählen',
        'Gutscheincode eingeben',
        'Nur für Neukunden',
        'Statt 9,99 € nur 4,99 €',
        'Vous avez un code promo ?',
        'Offre réservée aux nouveaux abonnés',
        'Antes 9,99 €, ahora 4,99 €',
        'De R$ 29,90 por R$ 9,90',
        'Scegli questo piano',
        'Pagamento sicuro',
      ],
      noMatch: ['Statt 9,99 Euro zahlen Kunden künftig 12,99 Euro im Monat, teilte der Anbieter mit.'],
    },
  },
  {
    id: 'plans/offer-banner',
    label: 'chrome',
    pattern:
      /^(?:limited[- ]time offer|special offer|(?:black friday|cyber monday|holiday|festive|new year) (?:offer|sale|deal)|(?:offer|sale|deal|promotion) (?:ends|expires) (?:soon|today|tonight|at midnight|in (?:\d+|one|two|three|a few) (?:days?|hours?|weeks?)|on (?:\p{L}+day|\d)|this (?:week|weekend|month|\p{L}+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)|(?:get|save) (?:\d+\s?%|up to)|\d+\s?% off|subscribe (?:for|at) (?:just|only)|for (?:just|only) (?:[$€£₹]|rs)|(?:try|get|start with|enjoy) (?:your first )?(?:\d{1,2}|one|two|three|six|twelve) (?:days?|weeks?|months?|years?) (?:for|at) (?:just |only )?(?:[$€£₹]\s?\d|free)|(?:get|enjoy|try) (?:\d{1,2}|one|two|three|six|twelve) (?:weeks?|months?|issues) (?:free|for the price of (?:\d{1,2}|one|two)))(?![\p{L}]).{0,80}$/iu,
    weight: 3,
    reason: 'a subscription offer banner',
    examples: {
      match: [
        'Try 1 month for $1',
        'Limited-time offer: 50% off',
        'Save 40% on your first year',
        'Subscribe for just $1 a week',
        'Get 3 months for the price of 1',
        'Get 2 months free',
        'Try 14 days for £1',
        'Offer ends Friday.',
      ],
      noMatch: [
        'Offer ends in tears for the club as the striker signs elsewhere.',
        'Save the Children said 40% of the camp were under five.',
        'Offering endless apologies, the minister resigned.',
      ],
    },
  },
  {
    id: 'plans/price-offer',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:[^?]{1,40}\?\s)?(?:get|enjoy|try|start|unlock|access|read|subscribe)\b.{0,60}\b(?:for (?:just|only)|just|only|from)\s?(?:[$€£₹]|rs\.?)\s?\d[\d.,]*\s?(?:a|per|\/|each)\s?(?:week|month|year|day|wk|mo|yr)\b.{0,80}$/iu,
    weight: 3.5,
    reason: 'an offer with a price per period',
    examples: {
      match: [
        'Get full digital access for just $2 a week for your first year.',
        'Enjoy every story from only £5 per month',
        'Try it for just €1/month',
        'Want more? Subscribe from $9 a month.',
      ],
      noMatch: [
        'Subscribers pay just $2 a week, which the publisher says is enough to fund the newsroom.',
        'Get ready: fares rise to $3 a day next year.',
        'Why? Because rents rise from £5 a week, the council said.',
      ],
    },
  },
  {
    id: 'plans/price-for-period',
    label: 'chrome',
    pattern:
      /^(?:(?:plan|plano|piano|abo|abonnement|subscription|suscripción|assinatura|abbonamento|annual|monthly|yearly|anual|mensual|mensal|annuel|mensuel|annuale|mensile|jahresabo|monatsabo)(?:\s\p{L}{1,12}){0,2}\s?:\s?)?(?:(?:then|after that|thereafter|danach|dann|anschließend|puis|ensuite|luego|después|depois|poi)\s)?(?:(?:only|just|nur|seulement|solo|sólo|apenas)\s)?(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|chf|kr)|\d{1,3}p)\s(?:for|per|a|an|every|für|pro|im|je|pour|par|pendant|por|durante|al|ao|ogni)\s(?:(?:the\s|your\s)?first\s|(?:die\s)?ersten\s|les\s|los\s|os\s|i\s)?(?:\d{1,2}\s|one\s|two\s|three\s|six\s|twelve\s)?(?:weeks?|months?|years?|days?|wochen?|monate?n?|monat|jahre?|jahr|tage?|semaines?|mois|ans?|jours?|semanas?|mes(?:es)?|años?|anos?|días?|dias?|mesi|mese|anni|anno|settimane?)(?:\s(?:for|für|pour|pendant|por|durante|per)\s(?:the first\s|die ersten\s|les\s|los\s|os\s|i\s)?(?:\d{1,2}|two|three|six|twelve)\s(?:weeks|months|wochen|monate|semaines|mois|semanas|meses|settimane|mesi))?(?:,?\s(?:then|after that|thereafter|danach|dann|puis|ensuite|luego|después|depois|poi)\s\S.{0,40}|\s\([^()]{1,50}\))?\.?$/iu,
    needsDigit: true,
    weight: 2.5,
    reason: 'a plan price for a period ("£1 for 3 months", "then €8 per month")',
    examples: {
      match: [
        '£1 for 3 months',
        'then $9.99 per month',
        '€4 for the first 6 months',
        'danach 9,99 € pro Monat',
        'puis 10 € par mois',
        '1 € durante 3 meses',
        '$49 a year',
        'Plan anual: 49 € al año',
        '£1 a week for 3 months',
        'Just £1 a week for the first six months',
        'Jahresabo: 99 € pro Jahr',
        'Annual plan: $49 a year',
        'Only $1 for your first month',
        'Only 99p for 3 months',
        '£1 for 6 months, then £6.99 a month',
      ],
      noMatch: [
        'Fares rose to £3 a day for commuters.',
        'He was fined $500 for 3 years of unpaid parking.',
        'then he paid £7 per month',
        'Standard: $17.99 a month (was $15.49)',
      ],
    },
  },
  {
    // The duration named before its price, or the first month's price: the other order of
    // plans/price-for-period ("12 months for $49", "Im ersten Monat nur 0,99 €").
    id: 'plans/period-then-price',
    label: 'chrome',
    pattern:
      /^(?:[^:]{1,40}:\s)?(?:(?:(?:the\s)?first\s)?(?:\d{1,2}|one|two|three|six|twelve)\s?(?:weeks?|months?|years?|wochen?|monate?|jahre?|semaines?|mois|ans?|semanas?|mes(?:es)?|años?|anos?|mesi|mese|anni|anno|settimane?)\s(?:for|für|pour|por|a|at|à|zu|per)\s(?:(?:just|only|nur|seulement|solo|sólo|apenas|soltanto)\s)?(?:[$€£¥₹]\s?\d[\d.,]*|(?:r\$|rs\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|chf|kr|euros?|reais))|(?:(?:in )?the first (?:month|year)|im ersten (?:monat|jahr)|le premier mois|la première année|el primer (?:mes|año)|(?:no |o )?primeiro (?:mês|ano)|il primo (?:mese|anno))\s?:?\s(?:(?:for|für|pour|por|à|a|per|zu)\s)?(?:(?:just|only|nur|seulement|solo|sólo|apenas|soltanto)\s)?(?:[$€£¥₹]\s?\d[\d.,]*|(?:r\$|rs\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|chf|kr|euros?|reais))|(?:(?:just|only|nur|seulement|solo|sólo|apenas|soltanto)\s)?(?:[$€£¥₹]\s?\d[\d.,]*|(?:r\$|rs\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|chf|kr|euros?|reais))\s(?:for\s|pour\s|por\s|für\s|per\s)?(?:(?:in )?the first (?:month|year)|im ersten (?:monat|jahr)|le premier mois|la première année|el primer (?:mes|año)|(?:no |o )?primeiro (?:mês|ano)|il primo (?:mese|anno)))[.!]?$/iu,
    needsDigit: true,
    weight: 2.5,
    reason: 'a plan duration with its price ("12 months for $49", "1 € le premier mois")',
    examples: {
      match: [
        '12 months for $49',
        'Im ersten Monat nur 0,99 €',
        'Profitez de notre offre : 1 € le premier mois',
        '3 meses por 1 €',
        'The first month: $1',
        'Primeiro mês por apenas R$ 1,90',
      ],
      noMatch: [
        'Six months for $49 seemed a bargain to the first buyers.',
        'In the first month, sales rose 4% to €2.1bn.',
      ],
    },
  },
  {
    id: 'plans/metered-allowance',
    label: 'chrome',
    pattern:
      /^(?:(?:read|get|enjoy|lesen sie|lisez|lee)\s)?(?:\d{1,2}|one|two|three|four|five|ten|unlimited|zwei|drei|fünf|deux|trois|cinq|dos|tres|cinco)\s(?:(?:more|further|weitere|mehr)\s)?(?:(?:free|kostenlose|gratis)\s)?(?:articles?|stories|artikel|artículos|artigos|articoli)\s(?:(?:gratuits?|gratis|gratuiti|gratuitos|grátis|free|de plus|más|mais|in più)\s)?(?:(?:de plus|más)\s)?(?:every|a|per|each|pro|im|par|al|por|ao|ogni)\s(?:month|week|monat|woche|mois|mes|mês|mese|semaine|semana)\.?$/iu,
    weight: 3,
    reason: 'a metered allowance of free articles ("5 free articles a month")',
    examples: {
      match: [
        'Two free articles every month',
        '5 free articles a month',
        '5 articles gratuits de plus par mois',
        'Drei kostenlose Artikel pro Monat',
        '10 artículos gratis al mes',
      ],
      noMatch: [
        'Two free articles every month were not enough for the readers we spoke to.',
        'The paper publishes three articles a week about the council.',
      ],
    },
  },
  {
    // The heading over a subscription page's plans, in the packs' languages ("Our subscription
    // plans" is plans/benefits-heading).
    id: 'plans/offers-heading-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:unsere |alle )?abo-?(?:angebote|optionen|modelle)|unsere (?:abonnements|abos|digital-?abos)|(?:nos|toutes nos|découvrez nos) (?:offres|formules)(?: d['’]abonnement| numériques| digitales)?|(?:offres|formules) d['’]abonnement|(?:nuestros|todos los|descubre nuestros|conoce nuestros) planes(?: de suscripción| digitales)?|planes de suscripción|(?:nossos|conheça nossos|todos os nossos) planos(?: de assinatura| digitais)?|planos de assinatura|(?:i nostri|tutti gli|scopri i nostri) (?:abbonamenti|piani di abbonamento)(?: digitali)?|(?:offerte|piani) di abbonamento)\s?[.:!]?$/iu,
    weight: 4,
    maxLength: 60,
    reason: 'heads the plans of a subscription page',
    examples: {
      match: [
        'Unsere Abo-Angebote',
        "Nos offres d'abonnement",
        'Nuestros planes de suscripción',
        'Nossos planos de assinatura',
        'I nostri abbonamenti',
      ],
      noMatch: [
        'Unsere Abo-Angebote wurden im Januar teurer, räumte der Verlag ein.',
        'Nos offres ont changé',
      ],
    },
  },
  {
    // The small print of an offer in the packs' languages: no card needed, the student rate,
    // leave whenever you like, and a bare period under a price ("pro Monat", "al mes").
    id: 'plans/offer-terms-packs',
    label: 'chrome',
    pattern:
      /^(?:keine kreditkarte (?:erforderlich|nötig|notwendig)|ohne kreditkarte|sans (?:carte bancaire|carte de crédit)(?: requise)?|aucune carte (?:bancaire )?(?:requise|nécessaire)|sin tarjeta(?: de crédito)?|no se (?:requiere|necesita) tarjeta(?: de crédito)?|sem cartão de crédito|não (?:é necessário|precisa de) cartão(?: de crédito)?|senza carta di credito|nessuna carta di credito richiesta|studentenrabatt|studierenden-?(?:rabatt|angebot|abo)|(?:offre|tarif|abonnement) étudiants?|descuento (?:para|de) estudiantes|(?:plan|oferta|tarifa) (?:para )?estudiantes|desconto (?:para|de) estudantes|(?:plano|oferta) (?:para )?estudantes|sconto (?:per gli |per )?studenti|(?:offerta|abbonamento) (?:per )?studenti|jederzeit (?:abbestellbar|abmeldbar)|désinscription (?:possible )?(?:à tout moment|en un clic)|(?:pro|im|je) (?:monat|jahr|woche)|par (?:mois|an|semaine)|al (?:mes|año)|por (?:mes|año|semana|mês|ano)|ao (?:mês|ano)|al (?:mese|anno)|a settimana)[.!]?$/iu,
    weight: 3,
    maxLength: 60,
    reason: 'the small print of a subscription offer',
    examples: {
      match: [
        'Keine Kreditkarte erforderlich',
        'Sans carte bancaire',
        'Sin tarjeta de crédito',
        'Sem cartão de crédito',
        'Studentenrabatt',
        'Offre étudiant',
        'Descuento para estudiantes',
        'Jederzeit abbestellbar.',
        'Désinscription à tout moment.',
        'pro Monat',
        'al mes',
      ],
      noMatch: ['Ohne Kreditkarte kam die Familie im Urlaub nicht weit, erzählte die Mutter.'],
    },
  },
  {
    // Plan names on the packs' subscription pages: a plan word and a tier ("Digital Basis",
    // "Offre Premium", "Plan Digital", "Assinatura Anual", "Abbonamento Digitale"), and a
    // brand's plus tier with its kind ("Z+ Digital").
    id: 'plans/plan-name-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:digital|print|e-?paper|online)[- ](?:basis|komplett|plus|premium|pur|abo)|[\p{L}]{1,12}\s?\+\s(?:digital|abo|premium|print)|(?:offre|formule|abonnement) (?:premium|numérique|intégrale|digitale|essentielle|découverte|papier|liberté|100 ?% numérique)|(?:plan|suscripción|oferta) (?:premium|digital|básic[oa]|anual|mensual|complet[oa])|(?:plano|assinatura) (?:premium|digital|básic[oa]|anual|mensal|complet[oa])|(?:abbonamento|piano|offerta) (?:premium|digitale|base|annuale|mensile|completo))$/iu,
    weight: 2.5,
    maxLength: 40,
    reason: 'the name of a subscription plan',
    examples: {
      match: [
        'Digital Basis',
        'Z+ Digital',
        'Offre Premium',
        'Plan Digital',
        'Assinatura Anual',
        'Abbonamento Digitale',
      ],
      noMatch: ['Digital Basis für die Schulen', 'Le plan digital du gouvernement a échoué.'],
    },
  },
];
