import type { RuleSpec } from '../types.js';

/** Newsletter and alert sign-ups, app promos and "get it in your inbox" lines. */
export const newsletterRules: RuleSpec[] = [
  {
    id: 'newsletter/sign-up',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:sign (?:me )?up|subscribe|register|join|get|receive|delivered)\b.{0,60}\b(?:newsletters?|news ?alerts?|breaking news alerts?|briefing|digest|inbox|e-?mail updates?)\b|\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|inbox)\b/iu,
    weight: 4,
    reason: 'a newsletter sign-up',
    examples: {
      match: [
        'Sign up for our daily newsletter',
        'Get the best stories delivered to your inbox every morning.',
        'Subscribe to Breaking News Alerts and keep your inbox happy.',
      ],
      noMatch: [
        'The newsletter, founded in 1998, was sold to a media group for $40 million in a deal that closed on Friday.',
      ],
    },
    maxLength: 220,
  },
  {
    id: 'newsletter/email-field',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:enter (?:your )?e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address|invalid e-?mail|thanks? (?:you )?for (?:signing up|subscribing|registering)|you(?:'|’)re (?:all )?(?:signed up|subscribed)|(?:you(?:'|’)ve|you have) (?:successfully |succesfully )?(?:subscribed|signed up)(?:[.!] thank you)?|an? (?:e-?mail with an? )?(?:confirmation|activation|verification) (?:e-?mail|link|message)?\s?has (?:just )?been sent to your (?:e-?mail(?: address)?|inbox)\b.{0,160}|by (?:signing up|subscribing|registering|clicking)\b.{0,150}\b(?:agree|consent|accept)\b.{0,120}|(?:check|see) your inbox\b.{0,60}|unsubscribe (?:at any time|anytime)\b.{0,60}|newsletters?)[.!:]?$/iu,
    weight: 4,
    reason: 'a newsletter form field or confirmation',
    examples: {
      match: [
        'Enter your email address',
        'Thank you for signing up!',
        'You have successfully subscribed. Thank you!',
        'An email with an activation link has just been sent to your email address. Please click it to confirm.',
        'By signing up, you agree to our Terms of Use and Privacy Policy.',
        'Newsletters',
      ],
      noMatch: [
        'The email address was traced to a server in Ohio, prosecutors said.',
        'You have successfully subscribed to the idea that rents can only rise, she told the landlords.',
      ],
    },
  },
  {
    // "Open in app" and a join-our-channel prompt, in the pack languages.
    id: 'newsletter/app-channel-packs',
    label: 'chrome',
    pattern:
      /^(?:in der app (?:öffnen|lesen)|(?:ouvrir|lire) dans l['’]appli(?:cation)?|(?:abrir|leer) en la (?:app|aplicación)|abrir (?:no|pelo) (?:app|aplicativo)|(?:apri|leggi) nell['’](?:app|applicazione)|ऐप में (?:खोलें|पढ़ें))$|^(?:(?:treten sie|tritt) (?:unserem|unserer) (?:whatsapp|telegram)[- ]?(?:kanal|gruppe|community) bei|rejoignez (?:notre|nos) (?:chaîne|canal|groupe|communauté)s? (?:whatsapp|telegram)|unisciti al (?:nostro )?(?:canale|gruppo) (?:whatsapp|telegram)|(?:jetzt )?(?:unseren|unserem) (?:whatsapp|telegram)[- ]?kanal (?:abonnieren|folgen)|(?:entre|participe) (?:no|do) (?:nosso )?(?:canal|grupo) (?:do|no) (?:whatsapp|telegram)|siga (?:o )?(?:nosso )?canal (?:no|do) (?:whatsapp|telegram))\b.{0,80}$/iu,
    weight: 4,
    reason: 'a prompt to open the app or join a messaging channel',
    examples: {
      match: [
        'In der App öffnen',
        "Ouvrir dans l'application",
        'Abrir en la app',
        'Abrir no app',
        "Apri nell'app",
        'Treten Sie unserem WhatsApp-Kanal bei',
        'Jetzt unseren WhatsApp-Kanal abonnieren',
        'Entre no nosso canal do WhatsApp',
        'Rejoignez notre chaîne WhatsApp',
        'Unisciti al nostro canale WhatsApp per le ultime notizie',
      ],
      noMatch: ['In der App öffnen sich neue Möglichkeiten für Händler.'],
    },
  },
  {
    id: 'newsletter/app-promo',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:open|read|continue) (?:this )?(?:story |article )?in (?:the |our )?app$|^(?:download|get|install|try) (?:the|our) [\w .&'’-]{0,30}\bapp\b.{0,80}$|\bavailable on (?:the )?(?:app store|google play)\b|^(?:download on|get it on|download from|available (?:on|in)) (?:the )?(?:apple )?(?:app store|google play|play store)$|^scan (?:the|this|our) qr code\b.{0,60}$|^if you(?:'|’)re (?:on|using) the [\w .&'’-]{1,30} app\b.{0,80}$/iu,
    weight: 4,
    reason: 'an app promotion',
    examples: {
      match: [
        'Download on the App Store',
        'Get it on Google Play',
        'Scan the QR code to download our app',
        'Download the NewsNow app for live updates',
        'If you’re on the City7 app, tap here to watch live',
        'Open in app',
      ],
      noMatch: ['Download speeds rose 20% last year as fibre reached more homes.'],
    },
  },
  {
    // The promo a news site puts under every story: an imperative with two news nouns ("Catch
    // all the Business News … and Latest News Updates on …"), or "for more news, visit …".
    id: 'newsletter/site-promo',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:[Cc]atch|[Gg]et|[Rr]ead|[Ss]tay|[Ff]ollow|[Cc]heck|[Ww]atch|[Kk]eep|[Ff]ind|[Dd]iscover|[Ee]xplore|[Oo]btain|[Aa]ccess)\b(?=.{0,300}\b(?:(?:on|at) (?:the )?\p{Lu}|on (?:our|this) (?:site|website|app|portal)\b))(?=.{0,100}\b(?:[Nn]ews|NEWS|[Hh]eadlines|[Uu]pdates)\b.{0,120}\b(?:[Nn]ews|NEWS|[Hh]eadlines|[Uu]pdates|[Rr]eviews|[Rr]atings|[Ii]nsights|[Vv]ideos|[Ss]cores)\b).{0,300}$|^(?=(?:[Cc]atch|[Gg]et|[Ff]ollow|[Ff]ind|[Ww]atch|[Tt]rack|[Ee]xplore)\b).{0,100}\bone[- ]stop (?:destination|shop|platform|app)\b.{0,160}$|^Read more (?:on|about|from) (?:[\p{L}&'’-]+ ){0,3}(?:by|from|at|on) \p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,4}\.?$|^[Ff]or (?:more|the latest|all the latest|latest)(?: [\p{L}-]+){0,3} (?:[Nn]ews|[Uu]pdates|[Ss]tories|[Vv]ideos|[Hh]eadlines)\b.{0,40}\b(?:visit|follow|log on to|click|download|subscribe to|stay tuned to|keep reading)\b.{0,80}$/u,
    weight: 4,
    maxLength: 300,
    reason: 'a news-site promo under the story',
    examples: {
      match: [
        'Catch every goal with ScoreDesk, a one stop destination for live scores, stats and much more.',
        'Discover the latest Business News and Market updates on Harbour Money or download the Harbour Money App to stay updated!',
        'Read more on Politics by The Daily Ledger',
        'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.',
        'Get Latest News live on Times Now along with Breaking News and Top Headlines from India and around the world.',
        'For more news like this visit The Daily Ledger.',
        'For all the latest Cities News, download the Ledger App.',
        'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on our site.',
      ],
      noMatch: [
        'Explore the old town on foot, the guide suggested, and read the news later.',
        'Residents can follow the latest updates on the council website.',
        'Get the news out, the editor told reporters, even when the updates are bad news.',
      ],
    },
  },
  {
    id: 'newsletter/by-email',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:get|receive)\b.{0,60}\bby e-?mail\b.{0,60}\b(?:sign up|subscribe|sign me up)\b|\b(?:keep up|stay (?:up to date|informed|current)|never miss a)\b.{0,60}\bnewsletters?\b|\b(?:updates|alerts|news)\s?:\s?download (?:the |our )?\p{L}/iu,
    weight: 4,
    reason: 'a newsletter or app-download prompt',
    examples: {
      match: [
        'Get our morning edition by email and never miss a thing Free Sign Up',
        'Towns are changing. Keep up with the Weekly Towns newsletter.',
        'Get live updates: Download Acme News Now',
      ],
      noMatch: ['The ministry sends its updates by email, officials said on Friday.'],
    },
  },
  {
    id: 'newsletter/blurb',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:our|the) (?:editors?|reporters|journalists|team|writers|newsroom|critics?|correspondents?) (?:hand-?)?(?:picks?|selects?|brings?|rounds? up|curates?|sends?|delivers?|chooses?|explains?)\s.{0,80}(?:inbox|(?:every|each) (?:morning|evening|weekday|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|start (?:your|the) day|in (?:\w+|\d+) minutes)(?![\p{L}])[^,;"“”]{0,40}$|^(?:(?:the|our|all the|get the) )?(?:day(?:'|’)s|week(?:'|’)s|morning(?:'|’)s|evening(?:'|’)s|latest|biggest|top|essential|best)\b.{0,40}\b(?:stories|news|headlines|reads)\b.{0,30}\b(?:explained in|delivered (?:to|straight|every|each|daily|weekly)|in your inbox|straight to your inbox|every (?:morning|evening|weekday|day|week)|in (?:\w+|\d+) minutes)\b.{0,40}$|^(?!.*\b(?:said|says|told|according|reported|found|warned|spam|phishing|scam|hackers?|fraud\w*)\b).{0,100}\b(?:(?:delivered|sent|straight|direct(?:ly)?) )?(?:to|in|into) your inbox\b.{0,60}$/iu,
    weight: 3,
    reason: 'the description of a newsletter',
    examples: {
      match: [
        'The week’s biggest stories, delivered to your inbox.',
        'Top headlines explained in three minutes every weekday.',
        'Our editors pick the three stories you need to start your day.',
        'Our reporters round up the week in science, every Friday.',
        'Our editors’ pick of the day’s news, in your inbox before breakfast.',
      ],
      noMatch: [
        'Our editors pick the best letters each week for the print edition, she explained.',
        'The day’s top stories were all about the storm, which cut power to thousands.',
        'Scam texts now land in your inbox more often than real ones, the watchdog warned.',
      ],
    },
  },
  {
    // A podcast's promo: where to listen ("on Apple Podcasts, Spotify or wherever you get your
    // podcasts"). An article names a streaming service in a sentence about it, not with a
    // list of apps to listen on.
    id: 'newsletter/podcast-promo',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:wherever you (?:get|listen to) your podcasts|(?:listen|subscribe|follow)(?: to| and subscribe to)?\b.{0,60}\b(?:on|via|in) (?:apple podcasts|spotify|google podcasts|amazon music|pocket casts|overcast|youtube music)(?:,? (?:or|and) [\p{L} ]{2,30})?[.!]?$)/iu,
    weight: 4,
    maxLength: 250,
    reason: 'a promo that says where to listen to a podcast',
    examples: {
      match: [
        'Listen to The Harbour Hour on Apple Podcasts, Spotify or wherever you get your podcasts.',
        'Subscribe on Spotify',
        'Follow the show on Apple Podcasts or Pocket Casts',
      ],
      noMatch: [
        'Listen to the minister on Spotify and you hear a man who sounds tired of the job, critics said in March.',
      ],
    },
  },
  {
    // A newsletter box's heading ("La newsletter du matin", "Boletín") and its button
    // ("Apúntate", "Iscriviti"), in the pack languages: alone on a line, they are the box.
    id: 'newsletter/heading-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:(?:la|le|notre|nos|el|nuestro|nuestra|nuestros|il|la nostra|le nostre|a|o|a nossa|o nosso|die|der|unser|unsere)\s)?(?:newsletters?|boletín|boletines|infolettres?|lettre d['’]information|lettre quotidienne)(?:\s(?:du|de la|de l['’]|des|del|de|della|dello|degli|delle|do|da|dos|am|vom|zum|zur|diaria|quotidienne|quotidiana|diária|hebdomadaire|semanal|settimanale)(?:\s?[\p{L}\p{M}'’-]+){0,3})?|apúntate|apuntarme|suscríbete|suscribirme|inscríbete|iscriviti|iscrivermi|inscreva-se|cadastre-se|quero receber|je m['’]inscris)[!.]?$/iu,
    weight: 3,
    maxLength: 60,
    reason: 'the heading or button of a newsletter box',
    examples: {
      match: [
        'La newsletter du matin',
        'Boletín',
        'Apúntate',
        'Unser Newsletter am Abend',
        'Boletín de noticias',
      ],
      noMatch: ['La newsletter a perdu la moitié de ses lecteurs en un an.', 'Boletín Oficial del Estado'],
    },
  },
  {
    id: 'newsletter/more-like-this',
    label: 'chrome',
    languages: ['en'],
    // The hook above a sign-up box, and the promise under it: we send you stories by e-mail.
    pattern:
      /^(?:(?:want|like|love|enjoy(?:ed)?|get) (?:more )?(?:stories|articles|news|reads|posts|content) like this[?!.]?|(?:every|each) (?:day|morning|evening|weekday|week),? we(?:'|’)?(?:ll)? (?:send|e-?mail|deliver)\b.{0,80}\b(?:e-?mails?|newsletters?|inbox)\b.{0,60})$/iu,
    weight: 3,
    reason: 'the hook of a newsletter sign-up',
    examples: {
      match: [
        'Want more articles like this?',
        'Enjoyed articles like this?',
        'Every morning we send an email with the five stories you should not miss.',
        'Each week, we’ll deliver the best long reads to your inbox.',
      ],
      noMatch: [
        'Readers want more stories like this one, the editor said, and fewer about celebrities.',
        'Every day we send an ambulance to the villages along the river, the nurse said.',
      ],
    },
  },
  {
    // The double opt-in note under a sign-up form: confirm the subscription from the inbox.
    id: 'newsletter/confirm-subscription',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:confirm(?:ed)? (?:a |your |the )?(?:subscription|sign-?up|e-?mail address)\b.{0,120}\b(?:inbox|spam|junk|e-?mail from us)\b|check your (?:inbox|e-?mail|spam(?: folder| filter)?|junk(?: mail)? folder)\b.{0,80}\b(?:to confirm|to verify|to activate|confirmation|an e-?mail from us))/iu,
    weight: 4,
    maxLength: 300,
    reason: 'a note to confirm a newsletter subscription',
    examples: {
      match: [
        'If you have not confirmed a subscription to one of our newsletters before, please check your inbox or spam folder for an email from us.',
        'Almost done: check your inbox to confirm your sign-up.',
      ],
      noMatch: ['The bank never asks customers to confirm their details by text message, it said.'],
    },
  },
  {
    // The fine print under a sign-up box: no spam, unsubscribe whenever, your address kept private.
    id: 'newsletter/fine-print',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:no spam(?:[,.!]|$| ever\b| we promise\b)|(?:you (?:can|may) )?unsubscribe (?:at any time|anytime|whenever you (?:like|want))\b|we(?:'|’)ll never (?:share|sell) your (?:e-?mail|details|address|data|information)\b)/iu,
    weight: 4,
    reason: "a sign-up box's fine print (no spam, unsubscribe at any time)",
    examples: {
      match: [
        'No spam, ever. One email a week, and you can leave with a single click.',
        'You can unsubscribe at any time.',
        'Unsubscribe anytime. We respect your inbox.',
        'We’ll never share your email address with third parties.',
      ],
      noMatch: [
        'No spam filter caught the messages, the investigators said.',
        'Unsubscribe rates rose after the redesign, the company admitted.',
      ],
    },
  },
  {
    // What a sign-up form says back: the address was refused, the request failed, the reader
    // is now subscribed. A failure counts only with its "try again": alone, "Something went
    // wrong." can be a paragraph of the story.
    id: 'newsletter/form-feedback',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:oops|sorry|uh[- ]oh)[!,.]?\s)?(?:something went wrong|there was (?:a problem|an error)|an error (?:has )?occurred)(?: with your (?:request|sign-?up|subscription))?[.!,]?\s(?:please )?(?:try again(?: later)?|refresh (?:the|this) page|reload (?:the|this) page)[.!]?$|^(?:please )?(?:enter|provide|use) a valid (?:e-?mail(?: address)?|address)[.!]?$|^invalid (?:e-?mail(?: address)?|address)[.!]?$|^you(?:'|’)re (?:all set|subscribed|signed up|on the list)[.!]?(?:\s.{0,80})?$/iu,
    weight: 4,
    maxLength: 140,
    reason: 'what a sign-up form says back',
    examples: {
      match: [
        'Something went wrong. Please try again.',
        'Invalid email address',
        'Please enter a valid email address.',
        "You're all set! Look out for the first issue on Monday.",
        'Oops! There was a problem with your sign-up, please try again later.',
      ],
      noMatch: ['Something went wrong at the plant, the inspectors said, and nobody noticed for weeks.'],
    },
  },
  {
    // newsletter/form-feedback in the packs' languages.
    id: 'newsletter/form-feedback-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:bitte )?geben sie eine gültige e-?mail-?adresse ein|ungültige e-?mail-?adresse|(?:etwas ist schiefgelaufen|ein fehler ist aufgetreten)[.!,]?\s(?:bitte )?(?:versuchen sie es (?:später )?(?:erneut|noch einmal)|laden sie die seite neu)|(?:veuillez )?(?:saisir|entrer|indiquer) une adresse (?:e-?mail|électronique|courriel) valide|adresse (?:e-?mail|électronique) (?:invalide|non valide)|(?:une erreur (?:est survenue|s['’]est produite)|quelque chose s['’]est mal passé)[.!,]?\s(?:veuillez |merci de )?(?:réessayer|recommencer)(?: plus tard)?|(?:introduce|introduzca|escribe|ingresa) un (?:correo(?: electrónico)?|e-?mail|email) válido|(?:correo(?: electrónico)?|e-?mail) (?:no válido|inválido)|(?:algo (?:salió|ha salido) mal|(?:se ha producido|ocurrió) un error)[.!,]?\s(?:por favor,? )?(?:inténtalo|vuelve a intentarlo|inténtelo)(?: de nuevo| más tarde)?|(?:digite|insira|informe) um e-?mail válido|e-?mail inválido|(?:algo deu errado|ocorreu um erro)[.!,]?\s(?:por favor,? )?tente novamente(?: mais tarde)?|(?:inserisci|inserire) un(?:['’]| )?(?:indirizzo )?e-?mail valid[oa]|indirizzo e-?mail non valido|(?:qualcosa è andato storto|si è verificato un errore)[.!,]?\s(?:per favore,? |si prega di )?riprova(?:re)?(?: più tardi)?)[.!]?$/iu,
    weight: 4,
    maxLength: 140,
    reason: 'what a sign-up form says back',
    examples: {
      match: [
        'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
        'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
        'Veuillez saisir une adresse e-mail valide.',
        'Une erreur est survenue. Veuillez réessayer.',
        'Introduce un correo electrónico válido.',
        'Algo salió mal. Inténtalo de nuevo.',
        'Digite um e-mail válido',
        'Si è verificato un errore. Riprova più tardi.',
      ],
      noMatch: ['Etwas ist schiefgelaufen bei der Planung, räumte der Bürgermeister ein.'],
    },
  },
  {
    // "Newsletter: the day's essentials every morning". A label and a colon, then the pitch:
    // the sign-up box's heading, in the languages that say "newsletter".
    id: 'newsletter/labelled-pitch-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:our|the|unser|unsere|der|notre|la|nuestro|el|il|la nostra|a nossa|o)\s)?(?:[\p{L}-]{2,20}\s)?(?:newsletters?|infolettres?|bolet[íi]n|boletim)\s?[:–—]\s[^.!?]{5,100}[.!]?$/iu,
    weight: 3,
    maxLength: 140,
    reason: 'a newsletter box heading: the word, a colon and its pitch',
    examples: {
      match: [
        "Newsletter: the day's top stories every morning",
        "Newsletter : recevez chaque matin l'essentiel de l'actualité",
        'Boletín: recibe cada mañana lo más importante',
        'Newsletter: ricevi ogni mattina le notizie principali',
      ],
      noMatch: [
        'The newsletter: a history of the town paper, told by its last editor. It closed in 1998.',
        'Newsletters are a growing business for small publishers, the report found.',
      ],
    },
  },
];
