import type { RuleSpec } from '../types.js';

/** Cookie banners, consent buttons, legal footer links and javascript warnings. */
export const consentRules: RuleSpec[] = [
  {
    // A cookie banner's heading on a line of its own, in the pack languages: the banner's
    // text under it is the other cookie rules' business.
    id: 'consent/cookie-heading',
    label: 'chrome',
    pattern:
      /^(?:we use cookies|wir (?:verwenden|nutzen|setzen) cookies(?: ein)?|nous utilisons des cookies|(?:utilizamos|usamos) cookies|(?:utilizziamo|usiamo) (?:i )?cookie|हम कुकीज़ का (?:उपयोग|इस्तेमाल) करते हैं)[.!]?$/iu,
    weight: 5,
    reason: "a cookie banner's heading",
    examples: {
      match: [
        'We use cookies',
        'Wir verwenden Cookies',
        'Nous utilisons des cookies',
        'Utilizamos cookies',
        'Utilizziamo i cookie',
      ],
      noMatch: ['We use cookies sparingly, the bakery owner joked, because the dough is expensive.'],
    },
  },
  {
    id: 'consent/cookie-notice',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:this|our) (?:site|website) uses cookies|we and our (?:\d[\d,.]* )?(?:partners|vendors|advertising partners)\s(?:store|use|process|access|collect)\b|we (?:and our partners )?use cookies (?:and (?:similar|other) technologies )?(?:to|on|for|so)|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)|by continuing to (?:browse|use),? you (?:agree|accept|consent)|cookies (?:help|are used|enable)|we value your privacy|we (?:care about|respect) your privacy(?=[.!]?$)|your privacy (?:choices|settings|matters))\b.{0,300}$/iu,
    weight: 6,
    reason: 'a cookie notice',
    examples: {
      match: [
        'We use cookies to improve your experience. By continuing you agree.',
        'This site uses cookies.',
        'We and our 212 partners store and access information on a device, such as cookies.',
        'We care about your privacy',
        'By continuing to browse, you agree to our use of cookies.',
      ],
      noMatch: [
        'We use cookies as bait, the fisherman said with a laugh.',
        'By continuing to use the drug, patients accept a small risk, the study found.',
        'We care about your privacy, the company wrote to customers after the breach.',
      ],
    },
    maxLength: 400,
  },
  {
    id: 'consent/privacy-update',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:.{0,80}\bwe(?: have|(?:'|’)ve) (?:updated|changed|revised) our (?:privacy|cookie|data protection) (?:policy|notice|statement)\b.{0,300}|(?:please )?(?:review|read) our (?:updated )?(?:privacy|cookie) (?:policy|notice)\..{0,300}|i (?:agree|consent) to the (?:processing|use|collection|storage) of my (?:personal )?data\b.{0,300})$/iu,
    weight: 4,
    reason: 'a notice that the privacy policy changed, or a consent checkbox for personal data',
    examples: {
      match: [
        'We have updated our Privacy Policy to explain how we use your data.',
        'Your privacy matters to us, and we’ve updated our privacy notice to reflect new regulations.',
        'Please review our Privacy Policy. It explains what we collect and why.',
        'I agree to the processing of my personal data for the purpose of creating an account.',
      ],
      noMatch: [
        'The bank said it had updated its privacy policy after the regulator’s ruling.',
        'Patients must agree to the processing of their data, the hospital said.',
      ],
    },
    maxLength: 500,
  },
  {
    id: 'consent/buttons',
    label: 'chrome',
    pattern:
      /^(?:accept(?: all)?(?: cookies)?|customi[sz]e(?: (?:settings|choices|cookies|preferences))?|reject(?: all)?(?: cookies)?|decline|(?:turn on|allow|enable|block|get) (?:push |browser |desktop |breaking news )?(?:notifications|alerts)(?: (?:for|about|on) (?:breaking news|(?:the )?latest (?:news|stories|updates)|(?:new )?(?:stories|articles|updates)|this (?:topic|story|author)))?|not now|maybe later|no,? thanks|agree(?: and (?:close|continue))?|i agree|i accept|got it|ok(?:ay)?|allow(?: all)?(?: cookies)?|manage (?:cookies|preferences|settings|consent|options)|cookie (?:settings|preferences|policy|consent)|privacy (?:settings|preferences|policy|notice|center)|(?:ad|your) choices|adchoices|do not sell(?: or share)? my (?:personal )?(?:info|information|data)|terms (?:of (?:use|service)|and conditions|& conditions)|privacy|terms|accessibility(?: statement)?|sitemap|site map|rss(?: feeds?)?|imprint|impressum|contact(?: us)?|(?:questions|need help)\?\s?(?:write to|email|contact|call) us\b.{0,60}|(?:(?:questions|need help)\?\s)?(?:contact |call |email )?(?:our )?(?:customer (?:service|support|care)|subscriber services|help cent(?:er|re)|help desk)(?: team)?|kundenservice|kundendienst|leserservice|service clients?|service abonnés|atención al (?:cliente|suscriptor)|atendimento ao (?:assinante|cliente)|servizio clienti|corrections(?: policy)?|editorial (?:standards|policy|guidelines)|ethics policy|about(?: us)?|careers|jobs|work (?:with|for) us|advertise(?: with us)?|help(?: center)?|faqs?|feedback|corrections|ethics(?: policy)?|masthead|subscriptions?|customer (?:service|care)|newsroom|press(?: room)?|archive)(?:\s?[|•·/,]\s?(?:terms(?: of (?:use|service)| and conditions)?|privacy(?: policy)?|cookies?(?: policy)?|contact(?: us)?|about(?: us)?|careers|help|sitemap|faq|accessibility|advertise|imprint|feedback|[\w ]{1,20}policy))*[.]?$/iu,
    weight: 3,
    reason: 'a consent button or footer link',
    examples: {
      match: [
        'Need help? Write to us at help@example.com',
        'Work for us',
        'Turn on notifications',
        'Turn on notifications for breaking news',
        'Not now',
        'Servizio clienti',
        'Kundenservice',
        'Questions? Contact customer service',
        'Accept all cookies',
        'Do Not Sell or Share My Personal Information',
        'Cookie Settings',
        'Terms of Service | Cookie Policy',
        'Contact Us',
        'Corrections policy',
        'Editorial standards',
        'Customise choices',
      ],
      noMatch: [
        'Accept the things you cannot change.',
        'Customise the dashboard to show only the trains you take.',
      ],
    },
  },
  {
    id: 'consent/javascript',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:enable|turn on|activate) javascript\b|\byour browser (?:does not|doesn(?:'|’)t) support\b|\bjavascript (?:is )?(?:disabled|required)\b|\bplease (?:update|upgrade) your browser\b|\bad ?blocker\b/iu,
    weight: 5,
    reason: 'a browser or ad-blocker notice',
    examples: {
      match: ['Please enable JavaScript to view the comments.', 'It looks like you are using an ad blocker.'],
      noMatch: ['JavaScript was created in ten days in 1995.'],
    },
    maxLength: 300,
  },
  {
    // A browser-notification prompt and its refusal button, in the pack languages.
    id: 'consent/notification-prompt-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:push-?)?benachrichtigungen (?:aktivieren|erlauben|zulassen|einschalten)|nicht jetzt|später|activer les notifications|autoriser les notifications|plus tard|pas maintenant|activar (?:las )?notificaciones|permitir (?:las )?notificaciones|ahora no|más tarde|ativar (?:as )?notificações|permitir (?:as )?notificações|agora não|mais tarde|attiva (?:le )?notifiche|consenti (?:le )?notifiche|non ora|più tardi|(?:नोटिफिकेशन|सूचनाएं) (?:चालू|ऑन) करें|अभी नहीं|बाद में)[.!]?$/iu,
    weight: 3,
    reason: 'a browser-notification prompt',
    examples: {
      match: [
        'Benachrichtigungen aktivieren',
        'Nicht jetzt',
        'Activer les notifications',
        'Ahora no',
        'Attiva le notifiche',
        'अभी नहीं',
      ],
      noMatch: ['Nicht jetzt, sagte die Ministerin, sondern erst nach der Wahl.'],
    },
  },
  {
    // What an embedded video player prints in place of the video: loading, blocked, gone.
    id: 'media/player-notice',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:the )?video player is loading|(?:sorry,? )?(?:this|the) (?:video|clip|stream|media) (?:is (?:not|no longer|currently not) available|is unavailable|(?:could not|cannot|can(?:'|’)t) be (?:loaded|played)|failed to load)(?: in your (?:region|country|location))?|(?:this|the) (?:video|content) is not available in your (?:region|country|location)|(?:this|the) (?:video|clip|media) can ?not be played|(?:media|video) playback is (?:not supported|unsupported) (?:on|by) (?:your|this) (?:device|browser)|your (?:device|browser) may not support (?:this|this video|this content|the player))[.!]?$/iu,
    weight: 4,
    reason: "a video player's own notice",
    examples: {
      match: [
        'This video can not be played',
        'Media playback is unsupported on your device',
        'Your device may not support this',
        'Video Player is loading.',
        'This video is not available in your region',
        'Sorry, this video could not be loaded.',
      ],
      noMatch: [
        'This video is not available in your region, viewers abroad complained, and the broadcaster apologised.',
      ],
    },
  },
  {
    // The notice a form protected by Google's reCAPTCHA must show.
    id: 'consent/recaptcha',
    label: 'chrome',
    pattern: /^this (?:site|page|form) is protected by recaptcha\b.{0,160}$/iu,
    weight: 5,
    reason: 'the reCAPTCHA notice of a form',
    examples: {
      match: [
        'This page is protected by reCAPTCHA: Google’s privacy rules apply to what you send us.',
        'This form is protected by reCAPTCHA.',
      ],
      noMatch: ['The site is protected by a sea wall that was built after the 1953 flood.'],
    },
  },
];
