import type { RuleSpec } from '../../types.js';

/**
 * Italian: paywall ("Sei già abbonato?"), plans, login, newsletter, share and follow widgets,
 * ads, "Leggi anche" links, comments, menus, cookie banners, bylines ("di …", "A cura di"),
 * agency tags, credits, disclaimers and copyright lines.
 *
 * `\b` only knows ASCII letters, so patterns use `(?![\p{L}])` next to accented letters.
 */
export function italianRules(): RuleSpec[] {
  return [
    // ---------------------------------------------------------------------------------------
    // Paywall
    {
      // A one-line pitch that ends on the bare call to subscribe (see paywall/pitch-then-subscribe).
      id: 'paywall/it-pitch-then-subscribe',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^[^.!?]{3,60}[.!?]\s(?:[^.!?]{3,40}[.!?]\s)?(?:abbonati|registrati|iscriviti)(?: (?:ora|subito|adesso|gratis))?\s?[.!]?$/iu,
      weight: 3,
      maxLength: 120,
      reason: 'a short pitch that ends on a call to subscribe',
      examples: {
        match: [
          'Il giornalismo di qualità ha un costo. Abbonati ora.',
          'Non perdere nulla. Iscriviti subito!',
        ],
        noMatch: [
          'Il sindaco ha invitato i cittadini ad abbonarsi.',
          'Non perdere nulla. Il consiglio ha votato.',
        ],
      },
    },
    {
      id: 'paywall/it-abbonati',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:abbonati|abbonarsi|abbonamento|mi abbono|voglio abbonarmi|sottoscrivi(?: l['’]abbonamento)?)(?: (?:ora|subito|oggi|qui|a [\p{L}\p{N}' .-]{1,30}|a \d[\d,.]*\s?(?:€|euro)(?:\s?(?:al|\/|per) ?(?:mese|anno|settimana))?|(?:da|per) \d[\d,.]*\s?(?:€|euro)\S{0,10}|per (?:\d{1,2}|un|uno|due|tre|sei|dodici) (?:mesi|mese|settimane|settimana|anni|anno))){0,2}|scopri (?:l['’]offerta|le offerte|gli abbonamenti|i piani|l['’]abbonamento)(?: [\p{L}\p{N}' .-]{1,30})?|(?:prova|provalo) (?:gratis|gratuitamente)(?:\s.{0,30})?|offerta (?:speciale|limitata|lancio|esclusiva)(?:\s.{0,50})?|(?:continua a leggere|leggi l['’]articolo completo|leggi tutto l['’]articolo))[!.…]?$/iu,
      weight: 4,
      reason: 'a call to subscribe',
      examples: {
        match: [
          'Voglio abbonarmi',
          'Abbonati a 1 € al mese per tre mesi',
          'Abbonati',
          'Abbonati ora a 1 € al mese',
          'Scopri l’offerta',
          'Prova gratis per un mese',
          'Continua a leggere',
        ],
        noMatch: ['Abbonati da trent’anni, i due pensionati hanno disdetto il giornale a marzo.'],
      },
    },
    {
      id: 'paywall/it-gia-abbonato',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:sei |è )?già (?:abbonat[oa]|abbonat[oa]\/a|registrat[oa]|iscritt[oa]|cliente|utente registrato)|hai già (?:un|l['’]) ?(?:account|abbonamento)|(?:non sei|non è) (?:ancora )?(?:abbonat[oa]|registrat[oa]|iscritt[oa])|non hai (?:ancora )?(?:un )?account)(?:\s?\?.{0,60}|[\s,:.!–-]+(?:accedi|entra|clicca|effettua|registrati|abbonati|qui|login)(?![\p{L}]).{0,50})?$/iu,
      weight: 5,
      reason: 'an "already a subscriber? log in" prompt',
      examples: {
        match: [
          'Sei già abbonato? Accedi',
          'Già abbonato? Entra',
          'Hai già un account? Accedi qui',
          'Non sei ancora abbonato?',
        ],
        noMatch: ['Già abbonato alla stagione del teatro, il sindaco ha comprato altri biglietti.'],
      },
    },
    {
      id: 'paywall/it-riservato',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /(?:questo|l['’]|il|quest['’])\s?(?:articolo|contenuto|video|approfondimento)\s.{0,30}(?:è )?(?:riservat[oa]|dedicat[oa]|disponibile (?:solo|soltanto)) (?:ai|agli|per (?:gli|i)) (?:nostri )?(?:abbonati|iscritti|utenti registrati|lettori abbonati|membri)|^(?:contenuto |articolo )?(?:riservat[oa]|esclusiv[oa]) (?:agli|ai|per (?:gli|i)) (?:abbonati|iscritti|membri)(?:\s.{0,30})?$|per (?:continuare a leggere|leggere (?:tutto )?l['’]articolo|leggere il resto)[\s,].{0,40}(?:abbona|accedi|registra|iscrivi)|(?:abbonati|accedi|registrati) (?:per|e) (?:continuare|leggere|accedere|sbloccare)|hai (?:raggiunto|esaurito|superato)\s.{0,40}(?:limite|articoli gratuiti)/iu,
      weight: 5,
      reason: 'says the rest of the article is for subscribers or the limit is reached',
      examples: {
        match: [
          'Questo articolo è riservato agli abbonati.',
          'Per continuare a leggere, abbonati al giornale.',
          'Hai raggiunto il limite di articoli gratuiti di questo mese.',
          'Contenuto riservato agli abbonati',
        ],
        noMatch: ['Il parcheggio è riservato agli abbonati del servizio di bike sharing, ricorda il Comune.'],
      },
      truncates: true,
      maxLength: 250,
    },
    {
      id: 'paywall/it-premium-badge',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:premium|esclusivo|(?:solo |riservato )?(?:per |agli )?abbonati|contenuto (?:premium|esclusivo)|[\p{L}]{1,8}\s?\+)[.:!]?$/iu,
      weight: 3,
      reason: 'a subscriber-only badge',
      examples: {
        match: ['Premium', 'Riservato agli abbonati', 'Solo per abbonati'],
        noMatch: ['Esclusivo: il governo prepara il rimpasto.'],
      },
    },
    {
      id: 'paywall/it-sostieni',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:sostienici|sostieni(?: [\p{L}\p{N}' .-]{1,25})?|dona ora|fai una donazione|contribuisci)[!.]?$|sostieni (?:il|un|il nostro) giornalismo(?: indipendente| libero| di qualità)?/iu,
      weight: 3,
      reason: 'a donation or membership appeal',
      examples: {
        match: ['Sostieni il giornalismo indipendente', 'Sostienici'],
        noMatch: ['La Regione sostiene il giornalismo locale con un fondo speciale, ha detto l’assessore.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Plans and prices
    {
      id: 'plans/it-duration',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:\d{1,2}|un|uno|una|due|tre|sei|dodici)\s?(?:mes[ei]|anni|anno|settimane?|giorni|giorno)(?:\s(?:di accesso|gratis|di prova|senza vincoli))?$|^(?:mensile|annuale|semestrale|trimestrale|settimanale|abbonamento (?:mensile|annuale|digitale)|piano (?:mensile|annuale|digitale)|al mese|all['’]anno|a settimana)\.?$/iu,
      weight: 2.5,
      reason: 'a plan duration on its own line',
      examples: {
        match: ['Mensile', 'Annuale', '12 mesi', 'Abbonamento annuale', 'al mese'],
        noMatch: ['Tre mesi dopo, è tornato a casa.'],
      },
    },
    {
      id: 'plans/it-billing-terms',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:senza vincoli|(?:la )?(?:migliore|miglior) offerta$|offerta migliore$|disdici (?:quando vuoi|in qualsiasi momento|in ogni momento))|disdetta (?:in qualsiasi momento|online|quando vuoi)|poi \d+(?:[,.]\d\d)?\s?(?:€|euro)|(?:il )?primo (?:mese|anno) (?:gratis|a \d)|per i primi \d+ mesi|rinnovo automatico|si rinnova automaticamente|iva inclusa|invece di \d+(?:[,.]\d\d)?\s?(?:€|euro)|(?<!\d)\d+\s?% di sconto|risparmi(?:a)? (?:il )?\d+\s?%|(?:l['’])?offerta più (?:conveniente|popolare)/iu,
      weight: 4,
      reason: 'billing terms of a subscription offer',
      examples: {
        match: [
          'Migliore offerta',
          'Senza vincoli, disdici quando vuoi',
          '1 € al mese per i primi 3 mesi, poi 9,99 €',
          'Rinnovo automatico',
        ],
        noMatch: ['Il contratto si può disdire in qualsiasi momento, spiega l’avvocato.'],
      },
      maxLength: 160,
    },
    {
      id: 'plans/it-price',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:(?:solo|a soli|da|a partire da|poi|a)\s)*(?:\d+(?:[,.]\d\d)?\s?(?:€|euro|eur)|€\s?\d+(?:[,.]\d\d)?)(?:\s?(?:\/|al|per|a|il|i)\s?[\p{L}\p{N}.' ]{0,30})?\*?$/iu,
      weight: 3,
      reason: 'a price with its billing period',
      examples: {
        match: ['1 € al mese', 'Solo 9,99 €/mese', 'A partire da 4,99 € per il primo anno'],
        noMatch: ['Il biglietto costa 12 euro e vale per tutta la giornata.'],
      },
      maxLength: 70,
    },
    {
      id: 'plans/it-benefit-item',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:leggi senza limiti|lettura illimitata|accesso (?:illimitato|completo|a tutti gli articoli|a tutti i contenuti)(?: (?:a|al|su|di) [\p{L}\p{N}' .-]{1,40})?|senza pubblicità|navigazione senza pubblicità|(?:il )?quotidiano (?:digitale|sfogliabile)|(?:l['’])?edizione (?:digitale|cartacea|sfogliabile)|(?:l['’])?archivio(?: storico)?|newsletter esclusive|contenuti esclusivi|(?:i )?vantaggi (?:dell['’]abbonamento|per gli abbonati)|su tutti i (?:tuoi )?dispositivi)[.!]?$/iu,
      weight: 2,
      reason: 'an item of a subscription benefit list',
      examples: {
        match: [
          'Leggi senza limiti',
          'Accesso illimitato a tutti gli articoli',
          'Navigazione senza pubblicità',
          'Il quotidiano digitale',
        ],
        noMatch: ['Senza pubblicità istituzionale, il giornale ha licenziato metà della redazione.'],
      },
      maxLength: 100,
    },

    // ---------------------------------------------------------------------------------------
    // Account
    {
      id: 'account/it-accedi',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:accedi|entra|login|esci|logout|registrati|registrazione|iscriviti|crea (?:un|il tuo) account|il mio (?:account|profilo)|area (?:personale|riservata|abbonati)|password dimenticata\s?\??|hai dimenticato la password\s?\??|(?:accedi|continua) con (?:google|apple|facebook|(?:la tua )?e-?mail)|password)(?:\s?(?:\/|\||o)\s?(?:registrati|iscriviti|accedi|crea un account))?(?: gratis| gratuitamente| ora| qui)?[.!:]?$/iu,
      weight: 4,
      reason: 'a sign-in or register prompt',
      examples: {
        match: [
          'Accedi',
          'Registrati',
          'Registrati gratis',
          'Accedi / Registrati',
          'Il mio account',
          'Password dimenticata?',
        ],
        noMatch: ['Entra in vigore domani la nuova legge sui affitti brevi.'],
      },
    },
    {
      id: 'account/it-login-required',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:devi|è necessario|occorre) (?:essere (?:registrat[oa]|abbonat[oa]|loggat[oa]|iscritt[oa])|accedere|effettuare il login|registrarti)(?![\p{L}]).{0,100}$|^(?:accedi|registrati|iscriviti)(?: gratis| gratuitamente)? (?:per|e) (?:commentare|salvare|seguire|leggere|continuare)(?![\p{L}]).{0,80}$|^per (?:commentare|salvare|seguire)[\s,].{0,40}(?:accedi|registra|abbona|login|iscri).{0,80}$/iu,
      weight: 5,
      reason: 'says the reader must log in',
      examples: {
        match: [
          'Accedi per commentare',
          'Devi essere registrato per lasciare un commento.',
          'Per commentare, accedi o registrati.',
        ],
        noMatch: ['Per commentare la sentenza, il ministro ha convocato una conferenza stampa.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Newsletter and apps
    {
      id: 'newsletter/it-newsletter',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /newsletter\s.{0,60}(?:iscriv|abbona|ricev|casella|e-?mail|posta)|(?:iscriviti|ricevi|abbonati|registrati)\s.{0,40}(?:newsletter|nella tua (?:casella|mail|posta)|via e-?mail)|(?:ogni|tutte le) (?:mattin[ao]|mattine|sera|sere|giorno|settimana|venerdì|lunedì|domenica)\s.{0,40}(?:nella tua (?:casella|mail|posta)|via e-?mail)/iu,
      weight: 4,
      reason: 'a newsletter sign-up',
      examples: {
        match: [
          'Iscriviti alla newsletter del mattino',
          'Le notizie più importanti ogni mattina nella tua casella di posta',
          'Ricevi la nostra newsletter settimanale',
        ],
        noMatch: ['La newsletter del ministero, nata nel 2015, conta oggi 40 mila lettori.'],
      },
      maxLength: 220,
    },
    {
      id: 'newsletter/it-form',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:(?:la tua |inserisci (?:la tua )?|il tuo )?(?:indirizzo )?e-?mail(?: \*)?|grazie per (?:esserti|esservi|essersi) (?:iscritt[oaie]|registrat[oaie])\s?!?|(?:la tua )?iscrizione (?:è stata )?(?:confermata|completata|avvenuta con successo)|(?:iscrivendoti|registrandoti|cliccando)[\s,].{0,150}(?:accetti|acconsenti|termini|informativa|privacy)(?![\p{L}]).{0,120}|puoi (?:annullare l['’]iscrizione|disiscriverti)\s.{0,100}|(?:le nostre |le )?newsletter)[.!:]?$/iu,
      weight: 4,
      reason: 'a newsletter form field or confirmation',
      examples: {
        match: [
          'Inserisci la tua email',
          'Grazie per esserti iscritto!',
          'Newsletter',
          'Iscrivendoti accetti l’informativa sulla privacy.',
        ],
        noMatch: ['L’indirizzo email del sospettato ha portato gli investigatori a un server in Romania.'],
      },
    },
    {
      id: 'newsletter/it-app-promo',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:scarica|installa) (?:gratis )?(?:l['’]|la nostra )?(?:app|applicazione)(?![\p{L}]).{0,80}$|disponibile (?:gratis )?su (?:app store|google play)|^(?:segui|iscriviti a|entra nel) (?:il )?(?:nostro )?canale (?:whatsapp|telegram)(?![\p{L}]).{0,60}$/iu,
      weight: 4,
      reason: 'an app or channel promotion',
      examples: {
        match: ['Scarica l’app per ricevere le notifiche', 'Segui il nostro canale WhatsApp'],
        noMatch: ['L’applicazione è stata scaricata un milione di volte lo scorso anno.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Share and follow
    {
      id: 'share/it-condividi',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:condividi|condividi (?:su|via|per) (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail)|condividi (?:questo|l['’])\s?articolo|twitta|invia|invia (?:per|via) e-?mail|stampa|stampa (?:l['’]|questo )\s?articolo|copia (?:il )?link|link copiato|copia|salva|salva (?:l['’]|questo )?\s?articolo|ascolta|ascolta (?:l['’]|questo )\s?articolo|regala(?: l['’]articolo| questo articolo)?|facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest|flipboard|e-?mail|dimensione (?:del )?testo)(?:[\s|/,•·:]+(?:condividi|twitta|invia|stampa|copia|salva|ascolta|facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest|flipboard|e-?mail|\d+ (?:commenti|condivisioni)))*[:.]?$/iu,
      weight: 4,
      reason: 'share, save or print buttons',
      examples: {
        match: [
          'Condividi',
          'Condividi su Facebook',
          'Copia link',
          'Facebook | Twitter | WhatsApp',
          'Ascolta l’articolo',
        ],
        noMatch: ['Condividi le tue paure, consiglia lo psicologo ai ragazzi.'],
      },
      maxLength: 120,
    },
    {
      id: 'share/it-seguici',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:seguici|segui [\p{L}\p{N}@.' -]{1,30}) (?:su|sui) (?:facebook|twitter|x|instagram|tiktok|youtube|whatsapp|telegram|linkedin|threads|google news|social)(?![\p{L}]).{0,60}$|^(?:segui|seguito|smetti di seguire|segui (?:l['’]autore|l['’]argomento|questo argomento|il tema))\s?\+?$/iu,
      weight: 4,
      reason: 'a follow-us prompt or follow button',
      examples: {
        match: [
          'Seguici su Facebook e Instagram',
          'Segui il Giornale Esempio su Google News',
          'Segui l’autore',
        ],
        noMatch: ['Segui la strada fino al ponte, poi gira a destra, spiega il vigile.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Ads
    {
      id: 'ads/it-label',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^[-–—_*\s[(]*(?:contenut[oi] sponsorizzat[oi]|articolo sponsorizzato|sponsorizzato|pubbliredazionale|informazione pubblicitaria|messaggio promozionale|(?:in collaborazione con|contenuto offerto da|offerto da|presentato da|a cura di [\p{L}\p{N}.&' -]{1,30} per) [\p{L}\p{N}.&' -]{1,40})[\s)\]*_–—-]*$/iu,
      weight: 5,
      reason: 'an advertisement or sponsor label',
      examples: {
        match: [
          'Contenuto sponsorizzato',
          'Informazione pubblicitaria',
          'In collaborazione con Banca Esempio',
        ],
        noMatch: ['Sponsorizzato dal Comune, il festival torna in piazza a luglio.'],
      },
    },
    {
      id: 'ads/it-continues-below',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:(?:l['’]articolo|il testo) (?:continua|prosegue) (?:sotto|dopo)(?: la (?:pubblicità|pubblicita))?|continua a leggere (?:dopo|sotto) la pubblicità|(?:chiudi|salta) (?:la )?pubblicità)[.…]?$/iu,
      weight: 6,
      reason: 'an ad-slot marker inside the text',
      examples: {
        match: [
          'L’articolo continua sotto la pubblicità',
          'Continua a leggere dopo la pubblicità',
          'Salta pubblicità',
        ],
        noMatch: ['L’articolo continua sotto forma di inchiesta nel numero di domani.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Consent, footer links and browser notices
    {
      id: 'consent/it-cookie-notice',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:(?:questo|il nostro) sito(?: web)? (?:utilizza|usa) (?:i )?cookie|(?:noi e (?:i nostri|terze parti selezionate) )?(?:utilizziamo|usiamo) (?:i )?cookie(?: tecnici| di profilazione| propri e di terze parti| di terze parti)?(?: e (?:tecnologie simili|altre tecnologie))?,? (?:per|e|che|o)|(?:proseguendo|continuando) (?:la navigazione|a navigare)|chiudendo questo banner|la tua privacy è importante|noi e i nostri partner)(?![\p{L}]).{0,300}$/iu,
      weight: 6,
      // Cookie notices run to two or three sentences.
      maxLength: 400,
      reason: 'a cookie notice',
      examples: {
        match: [
          'Questo sito utilizza cookie tecnici e di profilazione.',
          'Proseguendo la navigazione acconsenti all’uso dei cookie.',
        ],
        noMatch: ['Usiamo i cookie al burro per questa ricetta, spiega la pasticciera.'],
      },
    },
    {
      id: 'consent/it-buttons',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:accetta(?: tutt[oi]| tutti i cookie| i cookie| e (?:chiudi|continua))?|accetto|rifiuta(?: tutt[oi])?|continua senza accettare|(?:gestisci|personalizza|impostazioni) (?:le )?(?:preferenze|cookie|opzioni)|impostazioni (?:dei )?cookie|personalizza|ho capito|ok,? ho capito|maggiori informazioni|scopri di più)[.!]?$/iu,
      weight: 3,
      reason: 'a consent button',
      examples: {
        match: ['Accetta tutti', 'Rifiuta', 'Gestisci preferenze', 'Ho capito'],
        noMatch: ['Accetta la sconfitta, ha detto l’allenatore ai suoi.'],
      },
    },
    {
      id: 'consent/it-footer-links',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:(?:informativa (?:sulla )?)?privacy(?: policy)?|cookie policy|informativa cookie|note legali|condizioni (?:d['’]uso|generali)|termini (?:e condizioni|di utilizzo|d['’]uso)|contatti|contattaci|chi siamo|lavora con noi|mappa del sito|gerenza|dichiarazione di accessibilità|(?:p\.?\s?iva|partita iva|c\.f\.)\s?:?\s?\d{11}.{0,60})(?:\s?[|•·/,-]\s?(?:(?:informativa (?:sulla )?)?privacy(?: policy)?|cookie policy|informativa cookie|note legali|condizioni (?:d['’]uso|generali)|termini (?:e condizioni|di utilizzo|d['’]uso)|contatti|chi siamo|redazione|pubblicità|lavora con noi|mappa del sito|rss|(?:p\.?\s?iva|partita iva)\s?:?\s?\d{11}))*[.]?$/iu,
      weight: 3,
      reason: 'footer links (Privacy, Note legali, P.IVA)',
      examples: {
        match: ['Privacy policy', 'Note legali | Cookie policy | Contatti', 'Chi siamo', 'P.IVA 01234567890'],
        noMatch: ['Contatti con la criminalità: il sindaco è indagato.'],
      },
      maxLength: 200,
    },
    {
      id: 'consent/it-browser-notice',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /(?:stai|sta) (?:usando|utilizzando) (?:un )?(?:ad ?blocker|blocco (?:della )?pubblicità)|disattiva (?:il tuo |l['’])?(?:ad ?blocker|adblock)|(?:attiva|abilita) (?:il )?javascript|javascript (?:è )?(?:disattivato|disabilitato|necessario)|il tuo browser (?:non è supportato|non supporta|non è aggiornato)|aggiorna il (?:tuo )?browser/iu,
      weight: 5,
      reason: 'a browser or ad-blocker notice',
      examples: {
        match: ['Stai usando un AdBlocker.', 'Abilita JavaScript per vedere questo contenuto.'],
        noMatch: ['Gli adblocker costano milioni agli editori, secondo uno studio.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Related links and headings
    {
      id: 'related/it-leggi-anche',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^[[(]?\s?(?:leggi (?:anche|pure|di più|tutto)(?: su)?|leggi|(?:ti )?potrebbe (?:anche )?interessar(?:ti|e)|vedi anche|guarda (?:anche|il video)|guarda|approfondisci|approfondimento|(?:articoli|notizie) correlat[ie]|correlat[oi]|video|fotogallery|gallery|ascolta|podcast|da non perdere)\s*(?::|\||–|—|-|>>?|»|→)\s*\S.{0,220}$/iu,
      weight: 4,
      reason: 'a link to another story (Leggi anche, Potrebbe interessarti)',
      examples: {
        match: [
          '(Leggi anche su: Il ponte riapre a marzo –FOTO)',
          'Leggi anche: Il governo approva la manovra',
          'LEGGI ANCHE | Cosa cambia per le pensioni',
          'Approfondisci: tutte le date del campionato',
          'Video - Le immagini della frana',
        ],
        noMatch: ['Leggi anche tu il romanzo, consigliò la professoressa agli studenti.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/it-title',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:Leggi anche|LEGGI ANCHE|Potrebbe interessarti|POTREBBE INTERESSARTI|Vedi anche|VEDI ANCHE|Guarda anche|GUARDA ANCHE)\s(?:[«"“]\s?)?\p{Lu}.{0,220}$/u,
      weight: 4,
      reason: 'a "Leggi anche" link followed by a headline',
      examples: {
        match: ['Leggi anche Il prezzo del pane sale ancora', 'LEGGI ANCHE «Non ci arrendiamo»'],
        noMatch: ['Leggi anche le note a piè di pagina prima di firmare.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/it-heading',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:leggi anche|leggi di più|(?:segui )?(?:la )?(?:diretta|in diretta)|leggi tutto|(?:ti )?potrebbe(?: anche)? interessar(?:ti|e)(?: anche)?|potrebbero interessarti|(?:articoli|notizie|contenuti) correlat[ie]|correlat[ie]|(?:i |le )?più (?:lett[ie]|vist[ie]|condivis[ie]|commentat[ie]|popolari)|(?:ultime|altre) (?:notizie|news)|ultim['’]ora|(?:dello stesso autore|altri articoli(?: di [\p{L}\p{N}' .-]{1,30})?)|scelti per te|consigliati(?: per te)?|in evidenza|da non perdere|vedi anche|guarda anche|approfondimenti|argomenti|tag|temi|parole chiave|(?:altro|altri) (?:su|da|di) [\p{L}\p{N}' .-]{1,30}|vedi (?:tutti|tutte|altro)|mostra (?:altro|di più)|carica altr[ie]|video|fotogallery|galleria fotografica|podcast)\s*[:.>»›→-]?$/iu,
      weight: 4,
      reason: 'a heading of a related-stories block',
      examples: {
        match: [
          'In diretta',
          'Potrebbe interessarti anche',
          'Leggi anche',
          'Potrebbe interessarti',
          'I più letti',
          'Articoli correlati',
          'Argomenti',
        ],
        noMatch: ['I più letti del mese sono stati i racconti di guerra.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Comments
    {
      id: 'comments/it-widget',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:\d+\s)?(?:commenti|commento|(?:i )?più (?:recenti|vecchi|votati)|(?:i )?meno recenti|(?:mostra|vedi|leggi|carica|nascondi)(?: i| tutti i| altri)?(?: \d+)? commenti|(?:lascia|scrivi|aggiungi|invia|pubblica|inserisci) (?:un|il tuo) commento|commenta(?: la notizia| l['’]articolo)?|partecipa alla discussione|(?:sii|diventa) il primo a commentare|commenta per prim[oa]|rispondi|segnala(?: commento| abuso)?|ordina per\s?.{0,20}|\d+ (?:commenti|risposte)|commenti\s?\(\d+\)|(?:regole|policy) (?:dei commenti|della community))[+:.!]?$/iu,
      weight: 4,
      reason: 'a comment-section widget',
      examples: {
        match: [
          'Più recenti',
          'Inserisci il tuo commento',
          'Commenta per primo',
          'Commenti',
          '12 commenti',
          'Lascia un commento',
          'Commenta la notizia',
          'Mostra commenti',
        ],
        noMatch: ['Commenti razzisti contro il giocatore hanno portato alla sospensione della partita.'],
      },
    },
    {
      id: 'comments/it-policy',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /i commenti (?:sono|sono stati) (?:chiusi|disattivati|moderati|sospesi)|(?:i )?commenti (?:sono )?riservati (?:agli|ai) (?:abbonati|utenti registrati|iscritti)/iu,
      weight: 4,
      reason: 'a comment policy',
      examples: {
        match: ['I commenti sono chiusi.', 'I commenti sono riservati agli abbonati.'],
        noMatch: ['I commenti del ministro hanno creato imbarazzo a Bruxelles.'],
      },
      maxLength: 400,
    },

    // ---------------------------------------------------------------------------------------
    // Navigation
    {
      id: 'nav/it-menu-word',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^[[(]?\s?(?:torna (?:alla home(?:page)?|su|all['’]inizio|indietro)|vai alla home(?:page)?|home page|cerca|ricerca|chiudi|apri|indietro|successivo|precedente|sezioni|tutte le sezioni|vai al contenuto(?: principale)?|salta al contenuto|caricamento(?: in corso)?(?:\.\.\.|…)?|notizie|politica|economia|cronaca|esteri|sport|cultura|spettacoli|tecnologia|salute|scienza|motori|viaggi|opinioni|editoriali|meteo|italia|mondo|ultim['’]ora|edicola|rubriche|lifestyle|moda|cucina|ambiente|lavoro|finanza|mercati|borsa|regioni|fotogallery|blog)\s?[)\]]?[.:]?$/iu,
      weight: 2,
      reason: 'a menu word alone on its line',
      examples: {
        match: ['Torna alla home', 'Cronaca', 'Esteri', 'Vai al contenuto principale'],
        noMatch: ['Cerca casa da due anni senza trovare nulla di adatto.'],
      },
    },
    {
      id: 'nav/it-pagination',
      label: 'chrome',
      languages: ['it'],
      pattern:
        /^(?:pagina \d+(?: di \d+)?|(?:«|‹|<)?\s?(?:successiv[oa]|precedente|pagina successiva|pagina precedente|articolo (?:successivo|precedente))\s?(?:»|›|>)?|foto \d+ di \d+|\d+ di \d+)$/iu,
      weight: 2.5,
      reason: 'pagination or a gallery counter',
      examples: {
        match: ['Pagina 2 di 5', 'Articolo successivo', 'Foto 3 di 10'],
        noMatch: ['Pagina dopo pagina, il libro rivela il suo segreto.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Bylines, datelines, agencies and credits
    {
      id: 'byline/it-di-autore',
      label: 'byline',
      languages: ['it'],
      pattern:
        /^(?:[Dd]i|DI|[Aa] cura di|A CURA DI|[Dd]al(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)(?: (?:a|ad|in|da) \p{Lu}[\p{L}'’ ]{1,25})?)\s\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|di|del|della|da|dal|lo|la|van|von)\s|d['’]){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s?|\s(?:e|&)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|di|del|della|da|dal|lo|la|van|von)\s|d['’]){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}){0,4}(?:(?:,\s?|\s?[|•·–—-]\s?|\s\()[^!?]{1,60})?$|^(?:(?:[Dd]i |DI |[Aa] cura (?:di|della) )?(?:[Ll]a |LA )?(?:[Rr]edazione|REDAZIONE)(?:\s\p{Lu}[\p{L}\p{N}.' -]{0,30})?)$/u,
      weight: 4,
      reason: 'an author line ("di …", "A cura di …")',
      examples: {
        match: [
          'Di Mario Rossi',
          'di Giulia Bianchi e Luca Verdi',
          'A cura di Anna De Luca',
          'Dal nostro inviato Marco Esempio',
          'La Redazione',
        ],
        noMatch: ['Di notte la città si svuota e restano solo i turisti.', 'Di Maio'],
      },
      maxLength: 140,
    },
    {
      id: 'byline/it-labelled',
      label: 'byline',
      languages: ['it'],
      pattern:
        /^(?:(?:[Ss]critto|[Pp]ubblicato|[Tt]esto|[Ff]oto|[Vv]ideo|[Tt]radotto|[Tt]raduzione|[Rr]ealizzato|[Ii]nfografica) (?:da|di)\s\p{Lu}|(?:[Tt]est[oi]|[Aa]utor[ei]|[Aa]utrice|[Rr]edazione|[Cc]oordinamento|TESTO|AUTORE)\s?:\s?\S).{0,80}$/u,
      weight: 4,
      reason: 'a labelled author or contributor field',
      examples: {
        match: ['Scritto da Paolo Esempio', 'Testo: Chiara Modello'],
        noMatch: ['Scritto da un monaco nel XII secolo, il manoscritto è sopravvissuto a due incendi.'],
      },
      maxLength: 110,
    },
    {
      id: 'byline/it-author-bio',
      label: 'byline',
      languages: ['it'],
      pattern:
        /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:è|era) (?:[\p{L}'’-]+ ){0,4}(?:giornalista|redattore|redattrice|inviat[oa]|corrispondente|editorialista|cronista|collaboratore|collaboratrice)(?![\p{L}]).{0,300}$|^(?:[Gg]iornalista|[Rr]edattore|[Rr]edattrice|[Ii]nviat[oa]|[Cc]orrispondente|[Ee]ditorialista|[Cc]ronista)(?: (?:a|ad|di|del|della|per|da|in|e)\s[^!?]{0,100})?\.?$/u,
      weight: 2.5,
      reason: 'an author bio',
      examples: {
        match: [
          'Mario Esempio è giornalista e scrive di economia.',
          'Corrispondente da Bruxelles',
          'Giornalista',
        ],
        noMatch: ['Mario Esempio è medico a Torino e dirige il pronto soccorso.'],
      },
      maxLength: 400,
    },
    {
      id: 'dateline/it-labelled',
      label: 'byline',
      languages: ['it'],
      pattern:
        /^(?:pubblicato|aggiornato|ultimo aggiornamento|modificato|aggiornamento)(?: il| alle| ore)?\s?:?\s?(?!.{0,40},\s(?:il|lo|la|i|gli|le|un|una|uno|l['’]|suo|sua|questo|questa)(?![\p{L}])).{0,30}\d.{0,50}$/iu,
      weight: 4,
      reason: 'a published or updated timestamp',
      examples: {
        match: ['Pubblicato il 12 marzo 2021, ore 10.30', 'Ultimo aggiornamento: 12/03/2021 10.30'],
        noMatch: [
          'Aggiornato il regolamento, il consiglio comunale ha approvato 3 nuove norme per i mercati rionali.',
          'Pubblicato nel 1954, il romanzo è stato tradotto in trenta lingue.',
        ],
      },
      maxLength: 80,
    },
    {
      id: 'agency/it-agenzie',
      label: 'byline',
      signsOff: true,
      languages: ['it'],
      pattern:
        /^[([]?\s?(?:lapresse|askanews|italpress|agenzia dire|dire|agenzia nova|ansamed|ansa\.it|agi\.it|adnkronos salute|public policy|(?:fonte|fonti)\s?:?\s?(?:ansa|agi|adnkronos|lapresse|askanews|italpress)|con fonti (?:ansa|agi|adnkronos|lapresse|askanews|italpress|afp|ap|reuters|agenzie|di agenzia|d['’]agenzia)|con (?:informazioni|materiale) (?:di|da|dell['’]|delle agenzie)\s?(?:ansa|agi|adnkronos|lapresse|askanews|italpress|afp|ap|reuters|dire|agenzie)?)(?:\s?[/,]\s?(?:ansa|agi|adnkronos|lapresse|askanews|italpress|afp|ap|reuters|dire))*\s?[)\]]?\.?$/iu,
      weight: 5,
      reason: 'an Italian agency tag',
      examples: {
        match: [
          'Con informazioni di ANSA',
          '(con fonti Ansa)',
          'Con fonti di agenzia',
          'Con fonti agenzie',
          '(LaPresse)',
          'Askanews',
          'Italpress',
          'Agenzia Dire',
        ],
        noMatch: ['LaPresse ha diffuso le immagini della frana.'],
      },
    },
    {
      id: 'credit/it-foto',
      label: 'byline',
      languages: ['it'],
      pattern:
        /^[([]?\s?(?:©\s?)?(?:foto|immagine|immagini|fotografia|video)\s(?:ansa|lapresse|afp|ap|reuters|epa|imagoeconomica|getty(?: images)?|ipa|agf|fotogramma|istock|shutterstock|di archivio|d['’]archivio|di repertorio|da (?:facebook|instagram|twitter|web|video|archivio))(?:[\s/|,.-]{1,3}[\p{L}\p{M}.' ]{1,40})?[)\]]?$|^[([]?\s?(?:credits?|crediti|fonte foto|ph\.?)\s?:?\s?\p{L}.{0,80}$|^[([]?\s?(?:foto|immagine) (?:d['’]archivio|di repertorio|di archivio)[)\]]?$/iu,
      weight: 4,
      reason: 'a picture credit (Foto ANSA, Foto di repertorio)',
      examples: {
        match: [
          'Foto ANSA',
          '(Foto LaPresse / Mario Esempio)',
          'Credits: Giulia Modello',
          'Immagine di repertorio',
          'Ph: Luca Test',
        ],
        noMatch: ['Foto di gruppo per i ministri al vertice di Bruxelles, che si è chiuso senza accordo.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Disclaimers and copyright
    {
      id: 'disclaimer/it-labelled',
      label: 'disclaimer',
      languages: ['it'],
      pattern:
        /^[([*]?\s?(?:nota (?:della redazione|dell['’]editore|dell['’]autore)|n\.?d\.?r\.?|errata corrige|rettifica|precisazione)\s?[:.\-–—]/iu,
      weight: 6,
      reason: 'a line that calls itself an editorial note',
      examples: {
        match: [
          'Nota della redazione: l’articolo è stato aggiornato.',
          'Errata corrige: in una versione precedente la data era sbagliata.',
        ],
        noMatch: ['Rettificare il confine costò anni di trattative.'],
      },
      maxLength: 800,
    },
    {
      id: 'disclaimer/it-notes',
      label: 'disclaimer',
      languages: ['it'],
      pattern:
        /(?:questo|quest['’])\s?(?:articolo|testo|contenuto|intervento)\s.{0,40}(?:è stat[oa]|è|era stat[oa]) (?:originariamente |originalmente |inizialmente )?(?:pubblicat[oa]|ripubblicat[oa]|apparso|apparsa|uscit[oa]) (?:originariamente |originalmente |per la prima volta |inizialmente )?(?:su|in|da|nel|sul)(?![\p{L}])|(?:pubblicat[oa]|apparso|apparsa|uscit[oa]) (?:originariamente|originalmente|per la prima volta) (?:su|in|sul|nel)(?![\p{L}])|licenza creative commons|link (?:di )?affiliazione|(?:potremmo|possiamo) (?:ricevere|guadagnare) una (?:piccola )?commissione|(?:riceviamo|guadagniamo) una (?:piccola )?commissione|non (?:costituisce|rappresenta) (?:un |una )?(?:consulenza|consiglio|raccomandazione|sollecitazione) (?:finanziari[oa]|di investimento|all['’]investimento|medic[oa])|non sostituisce il (?:parere|consulto) (?:del|di un) (?:medico|professionista)|le opinioni espresse\s.{0,80}(?:dell['’]autore|responsabilità|non riflettono)|(?:questo|l['’])\s?articolo (?:ha|è stato pubblicato) (?:più di )?(?:un|\d+|due|tre) ann[oi] fa/iu,
      weight: 4.5,
      reason: 'a syndication, affiliate, advice or opinion note',
      examples: {
        match: [
          'Questo articolo è stato pubblicato originariamente su The Conversation.',
          'Questo articolo è apparso per la prima volta su Wired.',
          'Questo articolo contiene link di affiliazione: potremmo ricevere una commissione.',
          'Le opinioni espresse sono dell’autore.',
        ],
        noMatch: ['Lo studio, pubblicato sulla rivista Nature, è durato dieci anni.'],
      },
      maxLength: 600,
    },
    {
      id: 'copyright/it-notice',
      label: 'disclaimer',
      languages: ['it'],
      pattern:
        /(?:è )?vietata (?:la )?(?:riproduzione|ridistribuzione|diffusione)(?: totale o parziale| anche parziale)?(?: dei contenuti| del contenuto| di questo articolo)?(?: senza (?:autorizzazione|consenso))?[.]?$|riproduzione vietata/iu,
      weight: 5,
      reason: 'a copyright notice',
      examples: {
        match: ['È vietata la riproduzione anche parziale.', 'Riproduzione vietata'],
        noMatch: ['La legge vieta la riproduzione di specie protette in cattività.'],
      },
      maxLength: 300,
    },
  ];
}
