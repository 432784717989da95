import type { RuleSpec } from '../types.js';

/** Paywall prompts: article limits, subscribe-to-read walls, "already a subscriber" and donation asks. */
export const paywallRules: RuleSpec[] = [
  {
    id: 'paywall/limit-reached',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:you(?:'|’)ve|you have) (?:reached|hit|used(?: up)?|run out of|exhausted|read all(?: of)?|read)\b.{0,40}\b(?:limit|free (?:articles?|stories|reads)|articles?|stories)\b|\b(?:your|the) (?:monthly |weekly )?free (?:article|story|read)s? limit\b.{0,30}\b(?:is over|has been reached|is reached|reached|exhausted|ended|used up|is up)\b/iu,
    weight: 5,
    reason: 'says the reader used up the free articles',
    examples: {
      match: [
        'You’ve reached your limit of {{free_limit}} free articles this month.',
        "You've read all your free articles for this month.",
        'You have used up your 5 free stories',
        'Your free article limit for this month is over.',
      ],
      noMatch: ['The club has reached its limit for transfers this season, officials said.'],
    },
    truncates: true,
  },
  {
    id: 'paywall/articles-left',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:you have )?(?:\d+|\{\{[^}]*\}\}|one|two|three|four|five) (?:free |more |remaining )*(?:articles?|stories|reads) (?:left|remaining)(?: (?:this|for the|in) (?:month|week|period))?[.!]?$|^(?:this is your|you are reading your) (?:\w+ )?(?:free |last )+(?:article|story)\b|^(?:you(?:'|’)re|you are) reading (?:a|one of your|your) (?:\w+ )?(?:free|complimentary|gifted|shared) (?:article|story)\b.{0,80}$|^this (?:article|story) is (?:free|open) to (?:read|all|everyone)\b.{0,80}$/iu,
    weight: 5,
    reason: 'counts the free articles left',
    examples: {
      match: [
        'You have 2 free articles left this month',
        'This is your last free article.',
        '3 free stories remaining',
        'You are reading a free article.',
        'This story is free to read. Please support our reporting.',
      ],
      noMatch: ['Three stories remaining in the series will air next week on public television.'],
    },
  },
  {
    id: 'paywall/subscribe-to-read',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:subscribe|sign in|log ?in|register|sign up|join|become a (?:member|subscriber)|start (?:your|a) (?:free )?trial)\b.{0,40}\b(?:to (?:read|continue|keep reading|unlock|access|get (?:full|unlimited))|for (?:full|unlimited|complete) (?:digital )?access|to this (?:story|article))|^you (?:need|must have|will need|require) (?:a |an )?(?:(?:digital|premium|paid) )?(?:subscription|account|membership) to (?:read|continue reading|keep reading|access|view|unlock) (?:this|the (?:full|rest of the)) (?:article|story|piece)[.!]?$|^(?:want|like) to (?:read|keep reading|continue reading) (?:more|on|the (?:full|rest of the) (?:article|story))\?\s?(?:subscribe|sign up|register|join|log ?in|sign in)\b|^(?:get|unlock|subscribe|sign in|log ?in|register|join)\b.{0,40}\bto finish reading(?: (?:this|the) (?:article|story))?[.!]?$|^(?:register|sign up|create (?:a|an|your) (?:free )?account|join)(?: now| today| here)?[.!]? (?:it(?:'|’)s|it is) (?:free|quick|easy)\b.{0,40}$/iu,
    weight: 5,
    reason: 'asks the reader to subscribe or log in to read on',
    examples: {
      match: [
        'Subscribe to read the full story →',
        'Subscribe now for unlimited access.',
        'Log in or register to continue reading',
        'Become a member to unlock this article',
        'You need a subscription to read this article',
        'Want to read more? Subscribe now',
        'Get unlimited access to finish reading',
        'Register now. It’s free.',
      ],
      noMatch: [
        'Fans were asked to register their interest before tickets go on sale next week in London.',
        'She stayed up late to finish reading the report.',
        'You need a subscription to read this article, the publisher told investors.',
      ],
    },
    truncates: true,
    maxLength: 200,
  },
  {
    id: 'paywall/to-read-prompt',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:to|if you want to|want to) (?:read|continue reading|keep reading|access|unlock|see|view|enjoy)(?: (?:the rest of |the full |the whole |this |more |all )?[\w ]{0,30}?)?(?:,\s?|\s)(?:please )?(?:log ?in|sign in|sign up|register|subscribe|become a (?:member|subscriber)|start (?:a|your) (?:free )?trial|create (?:a|an) (?:free )?account)\b.{0,60}$/iu,
    weight: 5,
    reason: 'asks the reader to log in or subscribe to read on',
    examples: {
      match: [
        'To read the rest of this article, log in or register for free.',
        'To continue reading, please subscribe.',
        'Want to read more stories subscribe today',
      ],
      noMatch: ['To read the report, analysts said, you need a strong stomach and a long afternoon.'],
    },
    truncates: true,
  },
  {
    id: 'paywall/continue-reading',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:to )?(?:continue|keep) reading(?: (?:this|your|the) (?:article|story))?(?:,| -| –|:)? (?:subscribe|sign in|log in|register|please|for|with|become|you)\b|^(?:read|unlock|get) (?:the )?(?:full|whole|rest of the|complete) (?:story|article)\b|^unlock (?:this|the) (?:story|article|piece|report)(?: (?:with|for|by|when)\b.{0,60})?[.!]?$|^(?:read|get|unlock) the rest of (?:this|the) (?:story|article)(?: (?:with|for|when|by)\b.{0,60})?[.!]?$|^get (?:full|unlimited) access to (?:this|the) (?:story|article)\b.{0,60}$|^(?:want|like|ready) to (?:keep|continue) reading\s?\?\s?(?:subscribe|sign|log|register|join|become|start|get|try)\b.{0,60}$|^(?:the rest of )?this (?:article|story|content|piece|report) is (?:only |exclusively )?(?:available|reserved|exclusive|for)(?: only| exclusively)? (?:to |for )?(?:our )?(?:paying |premium |digital )?(?:subscribers|members)|^(?:(?:key|selected|some|premium|these|our best) )?(?:stories|articles|reports|content) (?:on|at|from) [\p{L}\p{N}.-]{2,40} (?:are|is) (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) (?:our )?(?:paying |premium |digital )?(?:subscribers|members)(?: only)?[.!]?$|^only (?:paying |premium |digital |registered )?(?:subscribers|members|users) (?:can|may|get to) (?:read|access|view|see|enjoy|continue reading) (?:the (?:full|whole|complete) |the rest of (?:the|this) |this )(?:story|article|piece|report|text|content)[.!]?$|^(?:the )?(?:full|whole|complete) (?:article|story|text|report) is (?:only )?(?:available|reserved|exclusive|open)(?: only| exclusively)? (?:to|for) (?:our )?(?:paying |premium |digital )?(?:subscribers|members)(?: only)?[.!]?$|^your (?:free )?(?:preview|trial|free access|access|free article|guest pass)(?: period)? (?:has )?(?:ended|expired|run out)[.!]?(?:\s.{0,80})?$|^this is an? (?:subscriber|member|premium|paid|subscribers|members)(?:[- ]only|[- ]exclusive| exclusive) (?:story|article|piece|report)[.!]?$|^(?!.*\b(?:said|says|told|urged|asked)\b)(?:get|unlock|gain|subscribe|sign up|log in|sign in|register)\b.{0,60}\bto (?:read|see|access) the (?:rest|remainder) of (?:this|the) (?:story|article|piece|report)\b.{0,40}$/iu,
    weight: 5,
    reason: 'says the rest of the article is behind the paywall',
    examples: {
      match: [
        'To continue reading, subscribe now.',
        'Read the full story',
        'This article is only available to subscribers',
        'This story is available exclusively to subscribers',
        'Continue reading with a subscription',
        'Continue reading your article with a digital subscription',
        'Read the rest of this story with a free account.',
        'Get full access to this story',
        'Want to keep reading? Subscribe today.',
        'Only paying members can read the rest of the article.',
        'Only subscribers can read the rest of this article.',
        'The full article is available to subscribers only.',
        'Unlock this story with a digital subscription',
        'Key stories on harbourgazette.example are available to premium subscribers only.',
        'Your preview has ended. Subscribe to keep reading.',
        'This is a subscriber-only story.',
        'Get unlimited access to read the rest of this article.',
      ],
      noMatch: [
        'Only subscribers can read the full story, the publisher said in a statement.',
        'Your trial has ended, the judge told the defendant.',
        'Continue reading aloud to children, the study recommends, even after they can read alone.',
        'Get the board to read the rest of the report, she said.',
      ],
    },
    truncates: true,
  },
  {
    // paywall/continue-reading in the pack languages, for the wordings the packs' own rules
    // do not have: a question ("Sie möchten weiterlesen?"), "read on with a subscription", "the
    // rest is for subscribers". Each says the story goes on behind the wall.
    id: 'paywall/read-on-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:jetzt )?weiterlesen mit\s.{1,30}|(?:jetzt )?mit (?:einem |ihrem |dem )?(?:[\p{L}+-]{1,20}-)?(?:abo|abonnement) weiterlesen|(?:sie möchten|möchten sie|willst du|du möchtest) (?:weiterlesen|den ganzen artikel lesen)\s?\?.{0,60}|(?:vous souhaitez|envie de|vous voulez) lire la suite\s?\?.{0,60}|lire la suite (?:de l['’]article |de cet article )?avec (?:un|votre) abonnement.{0,40}|(?:contin[úu]a|sigue|seguir) leyendo con (?:tu|una|un|la)\s.{1,50}|el resto (?:del|de este) (?:artículo|texto|contenido) es (?:solo |sólo |exclusivo )?(?:para|de) (?:suscriptores|socios|abonados).{0,40}|¿?(?:quieres|desea) (?:seguir|continuar) leyendo\s?\?.{0,60}|continue lendo com (?:uma|a sua|sua|acesso)\s.{1,50}|(?:quer|deseja) continuar lendo\s?\?.{0,60}|continua a leggere con (?:un|il tuo|l['’])\s?.{1,50}|(?:vuoi|desideri) continuare a leggere\s?\?.{0,60}|(?:यह|ये) प्रीमियम (?:लेख|खबर|ख़बर|स्टोरी) है.{0,80})$/iu,
    weight: 5,
    reason: 'says the rest of the article is behind the paywall',
    examples: {
      match: [
        'Jetzt weiterlesen mit SZ Plus',
        'Mit einem Digital-Abo weiterlesen',
        'Sie möchten weiterlesen? Jetzt Abo abschließen',
        'Vous souhaitez lire la suite ? Abonnez-vous',
        'Continúa leyendo con tu suscripción',
        'El resto del artículo es solo para suscriptores',
        '¿Quieres seguir leyendo? Suscríbete',
        'Continue lendo com uma assinatura',
        'Continue lendo com acesso ilimitado',
        'Continua a leggere con un abbonamento',
        'यह प्रीमियम लेख है, पढ़ने के लिए सदस्यता लें',
      ],
      noMatch: [
        'Sigue leyendo con atención los informes del puerto, pidió el alcalde a los concejales.',
        'Weiterlesen mit Begeisterung: Der Verein hat 300 neue Mitglieder.',
      ],
    },
    truncates: true,
  },
  {
    id: 'paywall/already-subscriber',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:already (?:a |an )?(?:(?:premium|digital|print|paying|plus|prime|gold|\p{L}[\p{L}+]{1,15}) ){0,2}(?:subscriber|subscribed|member|registered|have an account)|have an account|not a (?:subscriber|member)(?: yet)?|existing (?:subscriber|user)s?|(?:a )?(?:print|newspaper|home[- ]delivery) subscriber)(?:\s?\?.{0,50}|[\s,:.-]+(?:log|sign|click|tap|access|login|go to|please|here)\b.{0,40})?$/iu,
    weight: 5,
    reason: 'an "already a subscriber? log in" prompt',
    examples: {
      match: [
        'Already an HG Premium subscriber? Log in now',
        'Already a premium subscriber? Log in',
        'Already a Prime member? Sign in',
        'Already subscribed? Log in',
        'Already a subscriber? Sign in here',
        'Not a subscriber yet?',
        'Print subscriber? Activate your digital access',
      ],
      noMatch: [
        'Already a member of three boards, she joined a fourth in May and stepped down a year later.',
      ],
    },
  },
  {
    // The notice that the subscription is being read on another device, with its buttons,
    // in every pack language: a page shows it over the story when an account is shared.
    id: 'paywall/other-device',
    label: 'chrome',
    pattern:
      /^(?:your (?:subscription|account) is (?:being |currently |already )?(?:used|in use|active) on (?:another|a different|other) device|you can (?:only )?read (?:[\p{L} ]{1,20} )?on (?:only )?one device at a time|(?:continue|keep) reading here|why am i seeing this\s?\?|add (?:a|another) user to your (?:subscription|account)|if you continue reading (?:on this device|here)(?![\p{L}]).{0,80}|tu (?:suscripción|cuenta) se está usando en otro dispositivo|¿?quieres añadir otro usuario a tu suscripción\s?\??|si continúas leyendo (?:en este dispositivo|aquí)(?![\p{L}]).{0,80}|añadir usuario|continuar leyendo aquí|¿?por qué estás viendo esto\s?\??|lecture d[eu] .{1,30} en cours sur un autre appareil|vous pouvez lire .{1,30} sur un seul appareil à la fois|continuer à lire ici|pourquoi voyez-vous ce message\s?\??|découvrir les offres multicomptes|l['’]abbonamento è in uso su un altro dispositivo|puoi leggere (?:[\p{L} ]{1,20} )?su un solo dispositivo alla volta|continua a leggere qui|ihr (?:abo|abonnement|konto) wird (?:gerade |bereits )?auf einem anderen gerät (?:genutzt|verwendet)|sie können (?:[\p{L} ]{1,20} )?nur auf einem gerät gleichzeitig lesen|sua assinatura está sendo usada em outro dispositivo|você (?:pode|só pode) ler em apenas um dispositivo por vez|continuar lendo aqui)[.!?]?$/iu,
    weight: 4.5,
    reason: 'says the subscription is in use on another device',
    examples: {
      match: [
        'Si continúas leyendo aquí, no se podrá leer en el otro dispositivo.',
        'Your subscription is being used on another device',
        'You can only read on one device at a time',
        'Tu suscripción se está usando en otro dispositivo',
        '¿Quieres añadir otro usuario a tu suscripción?',
        'Lecture du journal en cours sur un autre appareil',
        "L'abbonamento è in uso su un altro dispositivo",
        'Ihr Abo wird gerade auf einem anderen Gerät genutzt',
        'Sua assinatura está sendo usada em outro dispositivo',
        'Continue reading here',
      ],
      noMatch: [
        'Your subscription is being used on another device, the help desk told her, so she changed her password.',
        'Add a user to your subscription and the price rises by half, the company said.',
      ],
    },
    maxLength: 160,
  },
  {
    id: 'paywall/premium-badge',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:premium|exclusive|subscriber(?:s)?(?:[- ]only)?|members?(?:[- ]only)?|plus|paywall|locked)(?: (?:story|article|content|exclusive))?[.:!]?$|^(?:free to read|free article|free access|unlocked|free for (?:all|everyone|all readers))[.:!]?$|^(?:exclusive|only) (?:to|for) (?:our )?(?:subscribers|members|premium members)[.:!]?$|^unlock (?:this|the full) (?:article|story)(?: for (?:just |only )?(?:[$€£₹]\s?\d[\d.,]*|\d[\d.,]*\s?[€£]))?[.:!]?$/iu,
    weight: 3,
    reason: 'a premium or subscriber-only badge',
    examples: {
      match: [
        'Free to read',
        'Exclusive to subscribers',
        'Unlock this article',
        'Unlock this article for $2',
        'Premium',
        'Subscriber only',
        'Exclusive content',
      ],
      noMatch: ['Premium fuel costs more.'],
    },
  },
  {
    id: 'paywall/subscribe-call',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:subscribe|subscribe now|subscribe today|subscribe here|become a (?:paying )?(?:member|subscriber)|join today|get (?:a )?subscription|buy (?:a )?subscription|start (?:your )?(?:free )?trial|try (?:it )?(?:free|for free)|get (?:full|unlimited|digital) access|see (?:all )?(?:subscription )?(?:plans|offers|options)|view (?:all )?plans|choose (?:your|a) plan|get started|sign up now|join now|upgrade(?: now)?)\b.{0,50}$|^[^?!]{1,40}[?!]\s(?:subscribe|join (?:us )?(?:today|now)|become a (?:paying )?(?:member|subscriber)|get (?:full|unlimited|digital) access|start (?:your )?(?:free )?trial)\b.{0,50}$/iu,
    weight: 4,
    reason: 'a call to subscribe',
    examples: {
      match: [
        'SUBSCRIBE',
        'Subscribe now',
        'Start your free trial today',
        'Choose your plan',
        'Get unlimited access for $1',
        'Want unlimited access? Join today.',
        'Thanks for reading! Subscribe for free to receive new posts.',
        'Become a member and get exclusive access to our newsroom.',
      ],
      noMatch: [
        'Is it worth it? Get started early, experts say.',
        'What a night! Subscribers to the club were dancing until dawn.',
        'Subscribers to the service will pay more from March, the company said in a statement.',
      ],
    },
  },
  {
    // A one-line pitch that ends on the bare call: "Don't miss a story. Subscribe now!". A
    // story's sentence does not end on a one-word order to its reader; "asked residents to
    // subscribe." is no order, and the pitch must be short.
    id: 'paywall/pitch-then-subscribe',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^[^.!?]{3,60}[.!?]\s(?:[^.!?]{3,40}[.!?]\s)?(?:subscribe|sign up|join (?:us|now|today)|register)(?: (?:now|today|here|for free|free|for \$\d+(?:\.\d\d)?))?[.!]?$/iu,
    weight: 3,
    maxLength: 120,
    reason: 'a short pitch that ends on a call to subscribe',
    examples: {
      match: [
        "Don't miss a story. Subscribe now!",
        'Quality news you can trust. Subscribe.',
        'Enjoy unlimited reading. Subscribe.',
        'Stay informed. Sign up today.',
      ],
      noMatch: [
        'The mayor asked residents to subscribe.',
        'Subscribers pay more. The company said the rise was needed to fund new shows.',
      ],
    },
  },
  {
    // The question that opens an appeal box: "Enjoying this story?" A story does not ask its
    // reader whether they like it.
    id: 'paywall/enjoying-prompt',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:are you )?enjoying|(?:do you )?(?:like|love)|liked|loved|enjoyed|value) (?:reading )?(?:this|our) (?:story|article|content|journalism|reporting|coverage|piece|newsletter)\s?\?(?:\s.{0,120})?$/iu,
    weight: 3,
    maxLength: 160,
    reason: 'the question that opens a subscription or donation appeal',
    examples: {
      match: [
        'Enjoying this story?',
        'Liked this article? Subscribe for more like it.',
        'Value our journalism?',
      ],
      noMatch: ['Enjoying this story of survival, the audience rose to its feet.'],
    },
  },
  {
    id: 'paywall/support-journalism',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:support (?:our|independent|quality|local) (?:journalism|reporting|newsroom)|(?:make|give) a (?:one-off |monthly )?(?:donation|contribution)|(?:donate|contribute) (?:now|today|here)|if you (?:value|appreciate|enjoy(?:ed)?) (?:our|this|what we)|(?:readers|people|supporters) like you (?:to )?(?:make|keep|help|pay for|support|fund)|(?:we|this newsroom) (?:rely|relies|depend|depends|count|counts) on (?:readers|supporters|members|you)\b.{0,80}\b(?:donat\w*|support|contribut\w*|subscri\w*)|help us keep (?:this (?:story|article|site)|our (?:journalism|reporting|site)|[\p{L}]{2,20}) free)\b|^(?:we are|we(?:'|’)re) an? (?:(?:small|independent|local),? )*(?:non-?profit|not-for-profit|reader-(?:funded|supported)|member-(?:funded|supported)|independent) (?:newsroom|news (?:organi[sz]ation|site|outlet|service)|publication|media outlet|magazine)\b[^.!]{0,60}[.!]?\s.{0,80}\b(?:support|donat\w*|contribut\w*|member(?:ship)?s?|chip in)\b.{0,60}$|^become a (?:patron|supporter|member|friend|sustaining member)(?: (?:of|at) [\p{L}\p{N} .&'’-]{1,30}| today| now)?[.!]?$|^(?:our|good|quality|independent|local|trusted|fearless|honest) (?:journalism|reporting|newsroom) (?:depends on|relies on|needs|costs|can't exist without|cannot exist without) (?:you|your support|your help|readers(?: like you)?|money)[.!]?$/iu,
    weight: 3,
    reason: 'a donation or membership appeal',
    examples: {
      match: [
        'Reporting of this depth needs readers like you to pay for it. You can do it here.',
        'Support our journalism. Donate now.',
        'We are a non-profit newsroom. Please support our work.',
        'We’re a small, independent publication funded by readers. Become a member today.',
        'If you value what we do, please make a contribution.',
        'We rely on readers like you. Please consider a donation.',
        'Help us keep this story free',
        'Become a patron',
        'Our journalism depends on you',
        'Our journalism depends on readers like you.',
        'Quality journalism costs money',
        'Independent journalism needs your support',
      ],
      noMatch: [
        'The council voted to support local businesses hit by the flood.',
        'Quality journalism costs money, the publisher told the committee, and advertising no longer pays for it.',
        '"We are a nonprofit newsroom, and donors never see a story before it runs," the editor said.',
      ],
    },
    maxLength: 450,
  },
  {
    // The letter a subscription page opens with: the salutation alone on its line, and the
    // thanks that invites the reader to subscribe.
    id: 'paywall/reader-letter',
    label: 'chrome',
    pattern:
      /^(?:(?:dear|valued) (?:readers?|subscribers?|users?|visitors?|members?)|liebe leserin(?:, lieber leser|nen und leser)?|lieber leser|liebe leser(?:innen)?(?: und leser)?|chère lectrice, cher lecteur|cher lecteur|chers lecteurs|querid[oa]s? lector(?:a|es|as)?|estimad[oa]s? lector(?:a|es|as)?|car[oa]s? leitor(?:a|es|as)?|car[oa] lettor[ea]|cari lettori|प्रिय पाठक(?:ों)?)[,!:.]?$|^thank you for (?:choosing|reading|visiting|being)\b.{0,160}\b(?:we (?:invite|urge|request|encourage|ask) you to|please) (?:subscribe|support us|become a (?:subscriber|member))\b.{0,120}$/iu,
    weight: 4,
    reason: "a subscription page's letter to the reader",
    examples: {
      match: [
        'Dear Reader,',
        'Liebe Leserin, lieber Leser,',
        'Cher lecteur',
        'प्रिय पाठक',
        'Thank you for choosing to read with us. To keep bringing you reliable news, we invite you to subscribe.',
      ],
      noMatch: [
        'Dear Reader is the title of her new book of letters, out in May.',
        'Thank you for reading, she wrote at the end of her last column.',
      ],
    },
  },
  {
    // The head count of a membership pitch: "Join 250,000 paying members", "Rejoignez 200 000
    // abonnés", sometimes glued to the badge the page sets above it ("Premium:", "Free
    // article"). A story about a club's membership states a count; it does not invite.
    id: 'paywall/join-members',
    label: 'chrome',
    languages: ['en', 'fr', 'es', 'pt', 'it'],
    pattern:
      /^(?:(?:free|premium|exclusive|subscriber|members?)(?:[- ]only)?(?: (?:article|story|content))?\s?[:|-]?\s?)?(?:join|rejoignez|únete a|unete a|junte-se a|unisciti a)(?: (?:over|more than|plus de|más de|mais de|oltre))? \d[\d,. ]*(?:\s?(?:million|millions|k|m|millones|milhões|milioni)(?: de| di)?)? (?:(?:other|premium|paying|happy|fellow|smart)\s)?(?:members|subscribers|readers|investors|professionals|abonnés|membres|lecteurs|suscriptores|miembros|lectores|assinantes|membros|leitores|abbonati|iscritti|lettori)\b.{0,100}$/iu,
    weight: 4,
    needsDigit: true,
    reason: 'a membership pitch that counts its members',
    examples: {
      match: [
        'Join over 250,000 paying members and get our weekly market briefing',
        'Join 40,000 readers who get our morning briefing',
        'Rejoignez plus de 200 000 abonnés',
        'Únete a más de 5 millones de lectores',
        'Premium: Join more than 80,000 subscribers today',
        'Free story Join 12,000 readers of our weekly letter',
      ],
      noMatch: [
        'The club said 1 million members had renewed this year.',
        'Join the 40 volunteers at the harbour on Saturday morning.',
      ],
    },
  },
  {
    // A house ad for another title of the same publisher, set after the story as a paragraph
    // of its own: "Subscribe to our sister magazine …".
    id: 'paywall/sister-title',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:subscri(?:be|ption|bing)|sign up|signing up) (?:to|of|for|with) (?:our|its|their) (?:sister|partner|companion) (?:titles?|publications?|magazines?|sites?|papers?|newspapers?|brands?|newsletters?)\b/iu,
    weight: 4,
    reason: 'a house ad for a sister publication',
    maxLength: 300,
    examples: {
      match: [
        'Love gardening? Subscribe to our sister magazine "Green Fingers" for monthly tips.',
        'Want more history? Get a subscription of our sister publication Past Times.',
      ],
      noMatch: ['The publisher said its sister magazine would close in the spring.'],
    },
  },
  {
    id: 'paywall/click-to-subscribe',
    label: 'chrome',
    languages: ['en'],
    pattern: /\b(?:click|tap|press) (?:here |below )?to subscribe\b\W{0,3}$/iu,
    weight: 4,
    reason: 'a call to subscribe at the end of a promo',
    maxLength: 300,
    examples: {
      match: [
        'Every Friday our science editor answers your questions. Click to subscribe!',
        'Tap here to subscribe.',
      ],
      noMatch: ['Readers who click to subscribe are asked for a postcode, the regulator found.'],
    },
  },
];
