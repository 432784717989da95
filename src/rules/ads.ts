import type { RuleSpec } from '../types.js';

/** Advertising slots, sponsored labels and "story continues below" markers. */
export const adRules: RuleSpec[] = [
  {
    id: 'ads/label',
    label: 'chrome',
    pattern:
      /^[-–—_*\s[(]*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?| stories)?|promoted(?: content| stories| links?)?|paid (?:content|post|partnership|promotion)|partner content|anzeige|publicidad|publicité|pubblicità|publicidade|annonce|reklame|werbung|advertentie|reklama|reklam|annons|mainos|publicitate|hirdetés|διαφήμιση|реклама|광고|quảng cáo|विज्ञापन|広告|广告)[\s)\]*_–—-]*$/iu,
    weight: 6,
    reason: 'an advertisement label',
    examples: {
      match: [
        'Advertisement',
        'ADVERTISEMENT',
        '- Advertisement -',
        'Sponsored content',
        'Anzeige',
        'Reklama',
        'Реклама',
        '광고',
      ],
      noMatch: ['Advertising revenue fell.'],
    },
  },
  {
    // The sponsor's name or logo follows as an image the text does not carry.
    id: 'ads/sponsor-credit',
    label: 'chrome',
    pattern:
      /^(?:supported by|sponsored by|presented by|brought to you by|in partnership with|in association with|powered by|unterstützt von|präsentiert von|gesponsert von|in (?:zusammenarbeit|kooperation) mit|sponsorisé par|présenté par|en partenariat avec|patrocinado por|presentado por|en colaboración con|in collaborazione con|sponsorizzato da|presentato da|oferecido por|apresentado por|em parceria com)\s*:?$/iu,
    weight: 4,
    reason: 'a sponsor credit whose name is an image (Supported by, Presented by)',
    examples: {
      match: ['Supported by', 'Sponsored By:', 'Präsentiert von', 'En partenariat avec', 'Patrocinado por'],
      noMatch: [
        'Supported by the council, the plan passed easily.',
        'Presented by the mayor, the award went to a local nurse.',
      ],
    },
  },
  {
    // The label of a recommendation widget's paid links, named for the network that serves it.
    id: 'ads/recommendation-network',
    label: 'chrome',
    pattern:
      /^(?:(?:promoted|sponsored|recommended|paid) (?:links?|stories|content|posts?)\s)?(?:by|from|powered by|recommended by)\s(?:taboola|outbrain|revcontent|mgid|zergnet|plista|ligatus|yahoo gemini)$|^(?:taboola|outbrain)(?: feed)?$/iu,
    weight: 5,
    reason: "the label of a recommendation network's paid links",
    examples: {
      match: ['Promoted links by Taboola', 'Recommended by Outbrain', 'by Taboola', 'Taboola Feed'],
      noMatch: ['Taboola said its revenue rose by 10% in the quarter.'],
    },
  },
  {
    // The same credit with the sponsor's name written out: only a name follows (capitalised
    // words, no comma), where the story's sentence would go on in lower case.
    id: 'ads/sponsor-named',
    label: 'chrome',
    pattern:
      /^(?:[Ss]upported by|[Ss]ponsored by|[Pp]romoted by|[Pp]aid for by|PROMOTED BY|[Pp]resented by|[Bb]rought to you by|[Ii]n partnership with|[Ii]n association with|SUPPORTED BY|SPONSORED BY|PRESENTED BY|IN PARTNERSHIP WITH|[Pp]räsentiert von|[Gg]esponsert von|[Ee]n partenariat avec|[Pp]résenté par|[Pp]atrocinado por|[Ee]n colaboración con|[Ii]n collaborazione con|[Ee]m parceria com)\s?:?\s(?:\p{Lu}|\d)[\p{L}\p{N}&.'’-]*(?:\s(?:\p{Lu}|\d|&)[\p{L}\p{N}&.'’-]*){0,4}$/u,
    weight: 3.5,
    reason: 'a sponsor credit naming the sponsor',
    examples: {
      match: [
        'In partnership with Acme Bank',
        'Presented by Acme',
        'Brought to you by Northwind Energy',
        'Promoted by Northwind',
      ],
      noMatch: [
        'Presented by the mayor, the award went to a local nurse.',
        'Supported by Democrats, the bill passed.',
        // A blog's header names its platform: no sponsor, and the post may follow at once.
        'Powered by Tumblr',
      ],
    },
  },
  {
    // The line under an ad that says the article goes on, in the pack languages.
    id: 'ads/continues-after-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:anzeige|werbung|publicité|publicidad|publicidade|pubblicità)\s?[-–—:|]?\s?)?(?:(?:weiterlesen|weiter|lesen sie weiter) nach der (?:anzeige|werbung)|(?:la )?suite (?:de l['’]article )?(?:après|sous) (?:cette |la )?(?:publicité|pub)|(?:sigue|continúa|seguir) leyendo (?:debajo|abajo|después de la publicidad)|(?:continue|continua) (?:lendo|a ler) (?:abaixo|depois da publicidade|após a publicidade)|continua a leggere (?:sotto|dopo la pubblicità))[.]?$/iu,
    weight: 4,
    reason: 'the note under an ad that the article goes on',
    examples: {
      match: [
        'Weiterlesen nach der Anzeige',
        'Publicité - La suite après cette publicité',
        'Publicidad - Sigue leyendo debajo',
        'Publicidade - Continue lendo abaixo',
        'Pubblicità - Continua a leggere sotto',
      ],
      noMatch: ['Die Suite nach der Anzeige war ausgebucht.'],
    },
  },
  {
    id: 'ads/continues-below',
    label: 'chrome',
    pattern:
      /^(?:(?:advertisement|ad|sponsored)\s?[-–—:|]\s?(?=\p{L}))?(?:(?:the )?(?:story|article|text|content) continues (?:below|after)(?: (?:the )?(?:advertisement|ad|this ad))?|continue reading (?:the main story|below)|(?:(?:advertisement|ad)\s?[-–—:|]?\s?)?scroll (?:down )?to continue(?: (?:reading|with content))?|(?:you can )?skip (?:this )?ad(?:vertisement)?(?: in \d{1,2}(?: seconds?| secs?|s)?)?|ad (?:closes|loading)\b.{0,30}|report (?:this )?ad|why this ad\??|close ad|remove ads|turn off ads)[.]?$/iu,
    weight: 6,
    reason: 'an ad-slot marker inside the text',
    examples: {
      match: [
        'Continue reading below',
        'Story continues below advertisement',
        'Scroll to continue reading',
        'You can skip this advertisement in 8 secs',
        'Advertisement - Scroll to continue',
        'Advertisement - Continue Reading Below',
        'Ad: story continues below',
      ],
      noMatch: ['The story continues below the surface of the lake, divers say.'],
    },
  },
  {
    id: 'ads/promo-teaser',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:this site (?:finds|compares|helps)|find (?:a |an |the )?(?:best |cheapest |top |local )?[\w'’ -]{1,30} (?:in|near) (?:your area|you)|answer (?:these|a few) questions to find|(?:shop|buy) (?:now|it here|on amazon)|check price(?: on \w+)?|see (?:price|deal) at\b.{0,30}|view (?:deal|offer)|get (?:this )?deal)\b.{0,100}$/iu,
    weight: 4,
    reason: 'an advertiser teaser or shopping button',
    examples: {
      match: [
        'Find a tax adviser near you in 3 minutes',
        'Answer a few questions to find the right mortgage broker for you',
        'Shop now',
      ],
      noMatch: ['Find the best route, the app says, and it usually does.'],
    },
  },
];
