import type { RuleSpec } from '../../types.js';

/**
 * French: paywall ("Déjà abonné ?"), offers, login, newsletter, share and follow widgets,
 * ads, "Lire aussi" links, comments, menus, cookie banners, bylines, credits and notes.
 *
 * `\b` only knows ASCII letters, so patterns use `(?![\p{L}])` next to accented letters.
 * Apostrophes may be straight or curly, and a space may come before ? : !.
 */
export function frenchRules(): RuleSpec[] {
  return [
    // ---------------------------------------------------------------------------------------
    // Paywall
    {
      // A one-line pitch that ends on the bare call to subscribe (see paywall/pitch-then-subscribe).
      id: 'paywall/fr-pitch-then-subscribe',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^[^.!?]{3,60}[.!?]\s(?:[^.!?]{3,40}[.!?]\s)?(?:abonnez[- ]vous|je m['’]abonne|inscrivez[- ]vous)(?: (?:dès maintenant|maintenant|ici|gratuitement|dès aujourd['’]hui))?\s?[.!]?$/iu,
      weight: 3,
      maxLength: 120,
      reason: 'a short pitch that ends on a call to subscribe',
      examples: {
        match: [
          'Une information de qualité a un prix. Abonnez-vous.',
          'Ne manquez rien. Inscrivez-vous gratuitement !',
        ],
        noMatch: ["Il a conseillé aux lecteurs de s'abonner.", 'Ne manquez rien. Le maire a tranché.'],
      },
    },
    {
      id: 'paywall/fr-abonnez-vous',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:je m['’]abonne|abonnez-vous|s['’]abonner|m['’]abonner)(?: (?:maintenant|dès (?:maintenant|aujourd['’]hui)|à [\p{L}\p{N}' .-]{1,30}|pour \d[\d,.]*\s?(?:€|euros?|\$)(?:\s?(?:par|\/)\s?(?:mois|an|semaine))?|dès \d[\d,.]*\s?(?:€|euros?|\$)\S{0,10}(?: (?:le premier mois|la première année|par mois|pendant (?:\d+|un|deux|trois|six) (?:mois|ans?)|les (?:\d+|trois|six) premiers mois))?|sans engagement|gratuitement))?|(?:voir|découvrir|découvrez|profitez de|choisir|choisissez) (?:nos|les|notre|cette|votre|l['’])\s?(?:offres?|abonnements?|formules?)(?: (?:d['’]abonnement|numériques?|spéciales?|du moment))?|(?:essai|essayer|essayez) (?:gratuit(?:ement)?|sans engagement)(?:\s.{0,30})?|offre (?:spéciale|découverte|d['’]essai|de bienvenue|limitée)(?:\s.{0,50})?|(?:je )?(?:continue|poursuis) (?:ma|la) lecture|j['’]en profite|je découvre (?:les|l['’])\s?offres?)[!.…]?$/iu,
      weight: 4,
      reason: 'a call to subscribe',
      examples: {
        match: [
          'Abonnez-vous',
          'Je m’abonne',
          'Abonnez-vous dès 1€',
          'Abonnez-vous dès 1 € le premier mois',
          'Découvrez nos offres',
          'Essai gratuit pendant 30 jours',
          "S'abonner",
        ],
        noMatch: ["Abonnez-vous à la patience, conseille l'entraîneur à ses joueurs blessés."],
      },
    },
    {
      id: 'paywall/fr-deja-abonne',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:vous êtes |tu es )?d[ée]j[àa] (?:abonn[ée]e?|abonné\(e\)|inscrite?|inscrit\(e\)|cliente?|membre)|vous avez déjà un (?:compte|abonnement)|(?:vous n['’]êtes |tu n['’]es )?pas encore (?:abonn[ée]e?|abonné\(e\)|inscrite?|membre)|pas encore de compte|(?:vous )?n['’]avez pas (?:encore )?de compte)(?:\s?\?.{0,60}|[\s,:.!–-]+(?:connectez|identifiez|se connecter|me connecter|je me connecte|connexion|cliquez|ici|abonnez|inscrivez|créez|s['’]identifier|accédez)(?![\p{L}]).{0,50})?$/iu,
      weight: 5,
      reason: 'an "already a subscriber? log in" prompt',
      examples: {
        match: [
          'Déjà abonné ? Se connecter',
          'Déjà abonné ? Connectez-vous.',
          'Vous êtes déjà abonné ? Identifiez-vous',
          'Pas encore abonné ?',
        ],
        noMatch: ['Déjà abonné au club depuis vingt ans, il renouvelle sa carte chaque été.'],
      },
    },
    {
      id: 'paywall/fr-reserve-abonnes',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /(?:cet|l['’]|ce|cette)\s?(?:article|contenu|vidéo|podcast|édition|dossier|entretien)\s.{0,30}réservée? (?:aux|à nos) (?:abonnés|abonné\(e\)s|membres|inscrits|lecteurs abonnés)|^(?:article |contenu |édition )?réservée? (?:aux|à nos) (?:abonnés|membres|inscrits)(?:\s.{0,30})?$|il vous reste \d{1,3}\s?% (?:de cet article|de l['’]article|à lire)|la suite (?:de cet article |de l['’]article )?est réservée|pour (?:lire|consulter|accéder à|découvrir) (?:la suite|l['’]intégralité|cet article|ce contenu|l['’]article)(?![\p{L}]).{0,60}(?:abonn|connect|inscri|identifi)|(?:abonnez-vous|connectez-vous|inscrivez-vous|identifiez-vous) pour (?:lire|consulter|continuer|accéder|découvrir|poursuivre)/iu,
      weight: 5,
      reason: 'says the rest of the article is for subscribers',
      examples: {
        match: [
          'Cet article est réservé aux abonnés.',
          'Il vous reste 75% de cet article à lire.',
          'Pour lire la suite de cet article, abonnez-vous.',
          'Article réservé aux abonnés',
        ],
        noMatch: ['Le parking est réservé aux abonnés du service de vélos, rappelle la mairie.'],
      },
      truncates: true,
      maxLength: 250,
    },
    {
      id: 'paywall/fr-article-limit',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /(?:vous avez|tu as) (?:atteint|épuisé|consulté|lu)\s.{0,40}(?:limite|quota|articles? (?:gratuits?|offerts?))|^(?:il vous reste |plus que |encore )?\d{1,2} articles? (?:gratuits?|offerts?)(?: (?:de plus|restants?|par mois|ce mois-ci|à lire|à consulter|sur \d+)){0,3}[.!]?$/iu,
      weight: 5,
      reason: 'counts the free articles or says the limit is reached',
      examples: {
        match: [
          'Vous avez atteint la limite de 5 articles gratuits ce mois-ci.',
          '3 articles gratuits',
          'Il vous reste 2 articles offerts ce mois-ci',
        ],
        noMatch: [
          'Le quotidien propose 3 articles gratuits par mois depuis le lancement de sa formule numérique.',
        ],
      },
      truncates: true,
      maxLength: 200,
    },
    {
      id: 'paywall/fr-premium-badge',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:premium|abonnés?|réservé aux abonnés|exclusif|exclusivité(?: abonnés?)?|contenu (?:premium|abonnés?|exclusif)|article (?:premium|abonnés?)|édition abonnés|accès abonnés?|article offert|(?:cet|cette) (?:article|contenu|enquête|reportage) (?:vous )?est offert(?:e)?(?: par [\p{L} .'’-]{1,40})?|[\p{L}]{1,8}\s?\+)[.:!]?$/iu,
      weight: 3,
      reason: 'a subscriber-only badge',
      examples: {
        match: ['Abonnés', 'Réservé aux abonnés', 'Premium', 'Exclusif', 'Cet article vous est offert'],
        noMatch: ['Abonnés depuis trente ans, ils ont résilié leur contrat en mars.'],
      },
    },
    {
      id: 'paywall/fr-soutien',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:je (?:soutiens|fais un don|donne)|faire un don|faites un don|soutenez-nous|nous soutenir|soutenir (?:la rédaction|notre travail|le journal|[\p{L}\p{N}.' -]{1,25}))[!.]?$|soutenez (?:un |le |notre |une |l['’])?(?:journalisme|information|presse|rédaction)(?: indépendante?| libre| de qualité| exigeante?)?|(?:faites|faire) un don (?:à|pour)\s.{0,60}(?:journalisme|rédaction|information|indépendan)/iu,
      weight: 3,
      reason: 'a donation or membership appeal',
      examples: {
        match: ['Soutenez un journalisme indépendant', 'Faire un don', 'Je soutiens'],
        noMatch: ["L'État veut soutenir la presse locale avec un fonds de 20 millions d'euros."],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Plans and prices
    {
      id: 'plans/fr-duration',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:\d{1,2}|un|une|deux|trois|six|douze)\s?(?:mois|ans?|années?|semaines?|jours?)(?:\s(?:d['’]accès|gratuits?|offerts?|d['’]essai|sans engagement))?$|^(?:mensuel(?:le)?|annuel(?:le)?|hebdomadaire|trimestriel(?:le)?|semestriel(?:le)?|abonnement (?:mensuel|annuel|numérique|papier|intégral)|formule (?:mensuelle|annuelle|numérique|intégrale|papier)|par (?:mois|an|année|semaine))\.?$/iu,
      weight: 2.5,
      reason: 'a plan duration on its own line',
      examples: {
        match: ['Mensuel', 'Annuel', '12 mois', 'par mois', 'Abonnement annuel'],
        noMatch: ['Trois mois plus tard, il était de retour à Lyon.'],
      },
    },
    {
      id: 'plans/fr-billing-terms',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:sans engagement|résiliable (?:à tout moment|en ligne|en un clic))|résiliation (?:en un clic|en ligne|à tout moment)|(?:puis|ensuite) \d+(?:[,.]\d\d)?\s?(?:€|euros?)|(?:le |les )?(?:premier|1er|premiers) (?:mois|an|année|\d+ mois) (?:offerts?|gratuits?|à \d)|reconduction (?:tacite|automatique)|renouvel(?:ée?|lement) automatique|au lieu de \d+(?:[,.]\d\d)?\s?(?:€|euros?)|(?<!\d)\d+\s?% de réduction|(?:meilleure|la plus populaire) offre|offre la plus populaire|(?:économisez|jusqu['’]à) \d+\s?%/iu,
      weight: 4,
      reason: 'billing terms of a subscription offer',
      examples: {
        match: [
          'Sans engagement, résiliable à tout moment',
          '1 € le premier mois, puis 9,99 €/mois',
          'Reconduction tacite',
        ],
        noMatch: ["Le contrat est résiliable à tout moment, selon l'avocat du syndicat."],
      },
      maxLength: 160,
    },
    {
      id: 'plans/fr-price',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:(?:seulement|dès|à partir de|puis|pour|au lieu de|soit)\s)*(?:\d+(?:[,.]\d\d)?\s?(?:€|euros?|eur|chf|\$)|(?:€|\$)\s?\d+(?:[,.]\d\d)?)(?:\s?(?:ht|ttc))?(?:\s?(?:\/|par|le|les|pendant|pour|la)\s?[\p{L}\p{N}. ]{0,30})?\*?$/iu,
      weight: 3,
      // Every price holds a digit: the matcher skips the rule on digit-free lines.
      needsDigit: true,
      reason: 'a price with its billing period',
      examples: {
        match: ['1 € le premier mois', '9,99 € par mois', 'dès 4,50 €/mois', '€ 89'],
        noMatch: ['Le billet coûte 12 euros et reste valable toute la journée.'],
      },
      maxLength: 70,
    },
    {
      id: 'plans/fr-benefit-item',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:lisez sans limites?|lecture illimitée|accès (?:illimité|intégral|à tous les articles|à l['’]intégralité)(?: (?:au|à|aux|du|de|sur) [\p{L}\p{N}' .-]{1,40})?|(?:tous les|l['’]ensemble des) (?:articles|contenus)(?: (?:du site|premium|abonnés|en illimité|de [\p{L}\p{N}' .-]{1,25}))?|(?:le |l['’])?(?:journal|édition|e-?journal|kiosque) (?:numérique|en version numérique|du jour)(?: en pdf| dès \d{1,2}h)?|sans publicité|(?:lecture|navigation) sans (?:publicité|pub)|(?:des )?newsletters? exclusives?|(?:l['’])?application(?: mobile)?(?: incluse)?|(?:les )?avantages (?:abonnés?|de l['’]abonnement)|vos avantages|sur tous (?:vos|les) (?:supports|écrans|appareils))[.!]?$/iu,
      weight: 2,
      reason: 'an item of a subscription benefit list',
      examples: {
        match: [
          'Lisez sans limite',
          'Accès illimité à tous les articles',
          'Le journal numérique dès 6h',
          'Navigation sans publicité',
          'Vos avantages',
        ],
        noMatch: ['Tous les articles du code pénal ont été révisés par la commission en 2019.'],
      },
      maxLength: 100,
    },

    // ---------------------------------------------------------------------------------------
    // Account
    {
      id: 'account/fr-connexion',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:(?:se |me )?connecter|connexion|(?:se |me )?déconnecter|déconnexion|(?:s['’]|m['’])(?:inscrire|identifier)|inscription|identifiez-vous|connectez-vous|inscrivez-vous|créer (?:un|mon) compte|créez (?:votre|un) compte|mon compte|mon espace(?: abonné| perso(?:nnel)?)?|espace (?:abonnés?|client|membre|personnel)|mot de passe oublié\s?\??|(?:se connecter|continuer) avec (?:google|apple|facebook|(?:un |votre )?e-?mail)|identifiant|mot de passe)(?:\s?(?:\/|\||ou)\s?(?:s['’]inscrire|inscription|se connecter|connexion|créer un compte))?[.!:]?$/iu,
      weight: 4,
      reason: 'a sign-in or register prompt',
      examples: {
        match: [
          'Se connecter',
          'Connexion',
          "S'inscrire",
          'Mon compte',
          'Mot de passe oublié ?',
          'Connexion / Inscription',
        ],
        noMatch: ['Connexion internet coupée: les habitants ont attendu trois jours.'],
      },
    },
    {
      id: 'account/fr-login-required',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:vous devez (?:être|vous) (?:connecté|connectée|connecté\(e\)|inscrit|inscrite|abonné|identifié|connecter|identifier|inscrire)|(?:connectez-vous|identifiez-vous|inscrivez-vous|créez un compte)(?: gratuitement)? (?:pour|afin de) (?:commenter|réagir|ajouter|sauvegarder|suivre|lire|accéder|poursuivre|continuer))(?![\p{L}]).{0,100}$|^pour (?:commenter|réagir|sauvegarder|ajouter|suivre)[\s,].{0,40}(?:connect|identifi|inscri|abonn).{0,80}$/iu,
      weight: 5,
      reason: 'says the reader must log in',
      examples: {
        match: [
          'Vous devez être connecté pour commenter.',
          'Connectez-vous pour ajouter cet article à vos favoris',
          'Pour réagir, identifiez-vous avec votre compte.',
        ],
        noMatch: ['Pour réagir à la crise, le gouvernement a débloqué deux milliards.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Newsletter and apps
    {
      id: 'newsletter/fr-sign-up',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /(?:newsletter|infolettre|lettre d['’]information)s?\s.{0,60}(?:inscri|abonn(?!ée?s?(?![\p{L}]))|recevoir|boîte)|(?:inscrivez-vous|abonnez-vous|recevez|recevoir|s['’]inscrire|je m['’]inscris)\s.{0,40}(?:newsletter|infolettre|lettre d['’]information)|^recevez (?:chaque (?:matin|soir|jour|semaine|vendredi)|tous les (?:matins|soirs|jours)|gratuitement) (?:l['’]essentiel|le meilleur|le résumé|la sélection|nos|notre|toute l['’]actualité|les (?:dernières|principales|meilleures|infos))(?![\p{L}\p{M}])[^?]{0,80}$|(?:tous les|chaque) (?:matins?|soirs?|jours|semaines?|vendredis?|lundis?|dimanches?)\s.{0,40}(?:par (?:e-?mail|courriel|mail)|dans votre (?:boîte|messagerie))|(?:par (?:e-?mail|courriel|mail)|dans votre boîte (?:mail|e-?mail|aux lettres)?) (?:tous les|chaque) (?:matins?|soirs?|jours|semaines?)/iu,
      weight: 4,
      reason: 'a newsletter sign-up',
      examples: {
        match: [
          "Recevez chaque matin l'essentiel de l'actualité",
          'Recevez chaque matin le résumé de la journée',
          'Inscrivez-vous à notre newsletter quotidienne',
          "L'essentiel de l'actu tous les matins par email",
          'Abonnez-vous à notre infolettre du soir',
        ],
        noMatch: [
          "La newsletter de l'association compte désormais 3 000 abonnés.",
          'Recevez chaque matin un appel de votre banque ? Méfiez-vous, prévient la police.',
          "La newsletter du ministère, lancée en 2015, compte aujourd'hui 40 000 lecteurs.",
        ],
      },
      maxLength: 220,
    },
    {
      id: 'newsletter/fr-form',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:(?:votre |saisissez votre |entrez votre )?(?:adresse )?(?:e-?mail|courriel|mail)(?: \*)?|(?:merci|bravo)(?: pour votre| de votre)? (?:inscription|abonnement)(?: (?:à|a) (?:la|notre) (?:newsletter|infolettre))?\s?!?|votre inscription (?:a bien été|est) (?:prise en compte|enregistrée|confirmée)|en (?:vous inscrivant|vous abonnant|cliquant|validant)[\s,].{0,150}(?:acceptez|consentez|conditions|politique)(?![\p{L}]).{0,120}|vous pouvez vous désinscrire\s.{0,100}|(?:recevoir|recevez|je m['’]inscris (?:à|a)) (?:la|notre|nos) (?:newsletters?|infolettres?)(?: [\p{L}\p{N}' -]{1,30})?|(?:nos |les )?newsletters?|(?:nos |les )?infolettres?)[.!:]?$/iu,
      weight: 4,
      reason: 'a newsletter form field or confirmation',
      examples: {
        match: [
          'Votre adresse e-mail',
          'Merci pour votre inscription !',
          'Recevoir la newsletter',
          'Nos newsletters',
          'Vous pouvez vous désinscrire à tout moment.',
          'En vous inscrivant, vous acceptez nos conditions générales.',
        ],
        noMatch: ["L'adresse e-mail du suspect a conduit les enquêteurs jusqu'à un serveur en Roumanie."],
      },
    },
    {
      id: 'newsletter/fr-app-promo',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:télécharge[zr]?|installe[zr]?|découvrez) (?:gratuitement )?(?:l['’]|notre |la nouvelle )?appli(?:cation)?(?![\p{L}]).{0,80}$|disponible (?:gratuitement )?sur (?:l['’])?(?:app store|apple store|google play)|^(?:retrouvez|suivez) (?:toute )?l['’](?:actualité|info|actu)\s.{0,40}sur (?:notre appli(?:cation)?|l['’]appli(?:cation)?|whatsapp|google (?:actualités|news)|telegram)(?![\p{L}]).{0,30}$/iu,
      weight: 4,
      reason: 'an app promotion',
      examples: {
        match: [
          "Téléchargez l'application gratuite pour suivre les résultats en direct",
          "Suivez toute l'actualité sur notre chaîne WhatsApp ou sur Google Actualités",
        ],
        noMatch: ["L'application a été téléchargée plus d'un million de fois l'an dernier."],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Share and follow
    {
      id: 'share/fr-partager',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:partager|partagez|partager (?:sur|via|par) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail)|partager cet article|tweeter|envoyer|envoyer (?:par (?:e-?mail|mail|courriel)|à un ami)|imprimer|imprimer (?:cet|l['’])\s?article|copier le lien|lien copié|copier|enregistrer|sauvegarder|ajouter (?:à|aux) (?:mes )?favoris|favoris|écouter|écouter (?:cet|l['’])\s?article|lire sur le reader|mode zen|offrir(?: cet article| l['’]article)?|facebook|twitter|linkedin|whatsapp|messenger|pinterest|flipboard|telegram|e-?mail|mail|courriel|sms)(?:[\s|/,•·:]*(?:partager|tweeter|envoyer|imprimer|copier|enregistrer|sauvegarder|favoris|écouter|mode zen|facebook|twitter|linkedin|whatsapp|messenger|pinterest|flipboard|telegram|e-?mail|mail|courriel|sms|google\+|\d+\s?(?:partages?|commentaires?|réactions?)))*[:.]?$/iu,
      weight: 4,
      reason: 'share, save or print buttons',
      examples: {
        match: [
          'Partager',
          'Partager sur Facebook',
          'Imprimer l’articleImprimer',
          'Lire sur le readerMode zen',
          'Facebook :Facebook',
          'Envoyer par mail',
        ],
        noMatch: ['Partager les richesses, voilà le programme du nouveau parti.'],
      },
      maxLength: 120,
    },
    {
      id: 'share/fr-suivez-nous',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:suivez-nous|rejoignez-nous|retrouvez-nous|suivez[- ][\p{L}\p{N}@.' -]{1,30}) (?:sur|via|dans)\s.{0,80}$|^abonnez-vous à (?:notre|nos) (?:chaîne|compte|page|fil)s?(?![\p{L}]).{0,80}$|^(?:suivre|ne plus suivre|s['’]abonner à ce (?:sujet|thème)|suivre ce (?:sujet|thème|auteur|journaliste)|suivre (?:l['’]auteur|la journaliste|le journaliste))\s?\+?$/iu,
      weight: 4,
      reason: 'a follow-us prompt',
      examples: {
        match: [
          'Suivez-nous sur Facebook et Instagram',
          'Suivre ce sujet',
          'Suivre +',
          'Abonnez-vous à notre chaîne YouTube',
        ],
        noMatch: ['Suivez la flèche rouge, a lancé le guide aux touristes égarés.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Ads
    {
      id: 'ads/fr-label',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^[-–—_*\s[(]*(?:contenu (?:sponsorisé|partenaire|de marque|promotionnel)|article sponsorisé|sponsorisé|publi-?rédactionnel|publireportage|publi-?communiqué|en partenariat avec [\p{L}\p{N}.&' -]{1,40}|présenté par [\p{L}\p{N}.&' -]{1,40}|pub)[\s)\]*_–—-]*$/iu,
      weight: 5,
      reason: 'an advertisement or sponsor label',
      examples: {
        match: ['Contenu sponsorisé', 'Publi-rédactionnel', 'En partenariat avec Exemple Voyages', 'PUB'],
        noMatch: ['Contenu sponsorisé ou non, la frontière est floue, reconnaît le régulateur.'],
      },
    },
    {
      id: 'ads/fr-continues-below',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:la suite (?:de (?:cet |l['’])\s?article )?(?:après|sous) (?:cette |la )?(?:publicité|pub|annonce)|(?:l['’]article|le texte|la lecture) (?:continue|se poursuit|reprend) (?:ci-dessous|après (?:la|cette) (?:publicité|annonce)|sous (?:la|cette) publicité)|article continue (?:ci-dessous|après la publicité)|après cette publicité|(?:fermer|passer) la (?:publicité|pub)|publicité,? votre contenu continue ci-dessous)[.…]?$/iu,
      weight: 6,
      reason: 'an ad-slot marker inside the text',
      examples: {
        match: [
          "La suite de l'article après cette publicité",
          'Publicité, votre contenu continue ci-dessous',
          'Passer la publicité',
        ],
        noMatch: ['Après cette publicité ratée, la marque a changé d’agence.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Consent, footer links and browser notices
    {
      id: 'consent/fr-cookie-notice',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:(?:ce|notre) site (?:web |internet )?(?:utilise|emploie|dépose) (?:des )?cookies|vous avez (?:choisi de )?refus(?:er|é) (?:le dépôt de |les )?cookies|nous (?:et nos (?:\d+ )?partenaires )?(?:utilisons|déposons|stockons)\s(?:des )?cookies(?: et (?:autres|d['’]autres) (?:technologies|traceurs))?,? (?:pour|afin|sur|et)|en (?:poursuivant|continuant) (?:votre|la) navigation|en (?:continuant|poursuivant) (?:à naviguer|d['’]utiliser|sur)|(?:le respect de )?votre vie privée (?:est notre priorité|nous importe|compte)|nous respectons votre vie privée|vos choix (?:concernant|en matière de) (?:les )?cookies)(?![\p{L}]).{0,300}$/iu,
      weight: 6,
      // Cookie notices run to two or three sentences.
      maxLength: 400,
      reason: 'a cookie notice',
      examples: {
        match: [
          'Vous avez choisi de refuser le dépôt de cookies',
          'Nous utilisons des cookies pour améliorer votre expérience de navigation.',
          'En poursuivant votre navigation, vous acceptez le dépôt de cookies.',
        ],
        noMatch: ['Nous utilisons des cookies au beurre pour cette recette, explique le pâtissier.'],
      },
    },
    {
      id: 'consent/fr-buttons',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:tout accepter|accepter(?: et (?:continuer|fermer))?(?: (?:tout|tous les cookies|les cookies))?|tout refuser|refuser(?: (?:tout|les cookies))?|continuer sans accepter|j['’]accepte|je refuse|d['’]accord|(?:ok,? )?j['’]ai compris|(?:paramétrer|gérer|personnaliser|configurer) (?:les |mes |vos )?(?:cookies|choix|préférences|paramètres)|paramètres (?:des )?cookies|gestion des cookies|en savoir plus(?: sur (?:les )?cookies)?|personnaliser)[.!]?$/iu,
      weight: 3,
      reason: 'a consent button',
      examples: {
        match: ['Tout accepter', 'Continuer sans accepter', 'Paramétrer les cookies', "J'accepte"],
        noMatch: ['Accepter la défaite est difficile, admet le capitaine.'],
      },
    },
    {
      id: 'consent/fr-footer-links',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:mentions légales|politique de confidentialité|confidentialité|charte (?:de confidentialité|des données personnelles|d['’]utilisation|éditoriale|de déontologie)|données personnelles|(?:politique|gestion) (?:des|de) cookies|conditions générales(?: d['’]utilisation| de vente)?|cgu|cgv|plan du site|nous contacter|contactez-nous|contact|qui sommes-nous\s?\??|à propos|annonceurs|recrutement|nous rejoindre|aide|faq|accessibilité(?:\s?:\s?[\p{L} ]{1,30})?|flux rss|service client|paramètres de confidentialité|gérer les cookies)(?:\s?[|•·/,]\s?(?:mentions légales|politique de confidentialité|confidentialité|données personnelles|(?:politique|gestion) (?:des|de) cookies|cookies|conditions générales(?: d['’]utilisation| de vente)?|cgu|cgv|plan du site|nous contacter|contact|qui sommes-nous\s?\??|à propos|publicité|annonceurs|recrutement|aide|faq|accessibilité|flux rss|service client))*[.]?$/iu,
      weight: 3,
      reason: 'footer links (Mentions légales, CGU)',
      examples: {
        match: [
          'Mentions légales',
          'Politique de confidentialité',
          'CGU | CGV | Mentions légales',
          'Qui sommes-nous ?',
        ],
        noMatch: ['Confidentialité des échanges: le tribunal a rejeté la demande de la défense.'],
      },
      maxLength: 200,
    },
    {
      id: 'consent/fr-browser-notice',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /(?:vous utilisez|vous semblez utiliser) (?:un |une )?(?:bloqueur|adblock|logiciel anti-?pub|extension anti-?pub)|(?:désactivez|désactiver) (?:votre |le )?(?:bloqueur|adblock)|(?:activez|veuillez activer|activer) (?:le )?javascript|javascript (?:est )?(?:désactivé|requis|nécessaire)|votre navigateur (?:n['’]est pas (?:compatible|à jour|supporté)|ne prend pas en charge|est obsolète)|(?:mettez à jour|veuillez mettre à jour) votre navigateur/iu,
      weight: 5,
      reason: 'a browser or ad-blocker notice',
      examples: {
        match: [
          'Vous utilisez un bloqueur de publicité.',
          'Veuillez activer JavaScript pour afficher ce contenu.',
        ],
        noMatch: ['Les bloqueurs de publicité coûtent cher aux éditeurs, selon une étude.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Related links and headings
    {
      id: 'related/fr-lire-aussi',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^[[(]?\s?(?:[aà] lire (?:aussi|également|et à voir)|lire (?:aussi|également|la suite|plus)|[aà] (?:voir|écouter|découvrir|relire) (?:aussi|également)|voir (?:aussi|également)|(?:sur le )?même sujet|(?:notre|le) (?:dossier|direct|podcast)|vidéos?|diaporama|en images|podcast|(?:en )?direct|live|pour aller plus loin|(?:en savoir|pour en savoir) plus|(?:retrouvez|découvrez|consultez)(?: aussi| également)?(?: notre| nos| le| la| les)?\s?(?:dossier|article|carte|infographie|direct)s?|(?:l['’])?(?:info|actu) en continu)\s*(?::|\||–|—|-|>>?|»|→)\s*\S.{0,220}$/iu,
      weight: 4,
      reason: 'a link to another story (Lire aussi, À lire aussi)',
      examples: {
        match: [
          'Lire aussi : Les enjeux du sommet de Bruxelles',
          'À lire aussi | Ce que contient la réforme',
          'LIRE AUSSI >> La sécheresse menace les récoltes',
          'VIDÉO - Les images de la tempête',
        ],
        noMatch: ['Lire aussi entre les lignes : voilà ce que conseille le professeur à ses élèves.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/fr-lire-aussi-title',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:[AaÀà] lire (?:aussi|également)|Lire (?:aussi|également)|LIRE AUSSI|À LIRE AUSSI|A LIRE AUSSI|Voir aussi|VOIR AUSSI)\s(?:[«"“]\s?)?\p{Lu}.{0,220}$/u,
      weight: 4,
      reason: 'a "Lire aussi" link followed by a headline',
      examples: {
        match: ['Lire aussi Les agriculteurs bloquent les routes', 'À lire aussi « Nous ne lâcherons rien »'],
        noMatch: ['Lire aussi la notice avant de monter le meuble.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/fr-heading',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:[aà] lire (?:aussi|également)|[aà] voir (?:aussi|également)|lire aussi|lire la suite|lire plus|voir (?:aussi|plus|tout|tous les articles|toutes les actualités)|sur le même sujet|(?:(?:nos|les|des|d['’]autres) )?(?:articles?|contenus?|infos) sur (?:le même|ce) (?:sujet|thème)|sur le même thème|dans la même (?:rubrique|catégorie)|(?:les )?(?:articles?|contenus?|sujets?) (?:associés|liés|similaires|recommandés)|(?:les )?(?:plus|mieux) (?:lus|populaires|partagés|commentés|vus|consultés)|les articles les plus lus|(?:nos |les )?dernières? (?:actualités|actus|infos|informations|nouvelles|vidéos)|(?:toute l['’]|l['’])actualité(?: en continu| en direct)?|(?:l['’]info|l['’]actu|fil info) en continu|en continu|à la une|(?:[aà] )?ne pas manquer|ne (?:manquez|ratez) pas|recommandés? pour vous|(?:sélectionnés?|choisis) pour vous|vous (?:aimerez|pourriez aimer|pourriez aussi aimer)(?: aussi)?|(?:ces articles|cela|ceci) (?:peuvent|pourrait|peut) vous intéresser|(?:l['’]auteur|la rédaction) vous recommande|notre sélection|plus d['’](?:articles|actualités|infos)|tous les articles(?: de [\p{L}\p{N}' .-]{1,30})?|mots?-?clés?|thèmes?|sujets?|tags?|étiquettes?|(?:en savoir|pour en savoir) plus|pour aller plus loin|dans l['’]actualité|(?:autres|d['’]autres) (?:articles|actualités|infos)|(?:nos|les) (?:vidéos|podcasts|dossiers)|vidéos?|podcasts?|diaporamas?|en images|galerie(?: photos?)?|direct|en direct)\s*[:.>»›→]?$/iu,
      weight: 4,
      reason: 'a heading of a related-stories block',
      examples: {
        match: [
          'À voir aussi',
          'Sur le même sujet',
          'Nos articles sur le même thème',
          'Les plus lus',
          "L'auteur vous recommande",
          'À lire aussi',
          'Mots-clés :',
          'Direct',
        ],
        noMatch: ['Sur le même sujet, le ministre a refusé de répondre.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Comments
    {
      id: 'comments/fr-widget',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:\d+\s)?(?:commentaires?|réactions?|(?:voir|afficher|lire|masquer|charger)(?: les| tous les| plus de)?(?: \d+)? (?:commentaires|réactions|réponses)|(?:ajouter|laisser|écrire|publier|poster|rédiger) (?:un|votre) (?:commentaire|réaction|avis)|commenter|(?:vos|les) réactions|réagir(?: à (?:cet |l['’])article)?|réagissez|soyez (?:le premier|la première) à (?:réagir|commenter)|(?:donnez|partagez) votre avis|votre (?:commentaire|réaction)|répondre|signaler(?: un abus| ce commentaire)?|les plus (?:récents|anciens|appréciés)|trier par\s?.{0,20}|charte (?:de modération|des commentaires)|\d+ (?:commentaires?|réactions?|réponses?)|commentaires?\s?\(\d+\))[+:.!]?$/iu,
      weight: 4,
      reason: 'a comment-section widget',
      examples: {
        match: [
          'Vos réactions',
          'Réagir à cet article',
          'Commentaires',
          '12 commentaires',
          'Voir les commentaires',
          'Réagir',
          'Ajouter un commentaire',
        ],
        noMatch: ['Commentaires acerbes et menaces ont visé la députée après son discours.'],
      },
    },
    {
      id: 'comments/fr-policy',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /les commentaires (?:sont|ont été) (?:fermés|clos|désactivés|modérés|suspendus)|(?:les )?commentaires (?:sont )?réservés aux abonnés|(?:écrire|écrivez) (?:à|au) (?:la rédaction|courrier des lecteurs)|(?:cet |l['’])\s?espace (?:de )?(?:discussion|commentaires?)\s.{0,60}(?:réservé|modéré|fermé)/iu,
      weight: 4,
      reason: 'a comment policy',
      examples: {
        match: ['Les commentaires sont fermés.', 'Les commentaires sont réservés aux abonnés.'],
        noMatch: ['Les commentaires du président ont été mal reçus à Berlin.'],
      },
      maxLength: 400,
    },

    // ---------------------------------------------------------------------------------------
    // Navigation
    {
      id: 'nav/fr-menu-word',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^[[(]?\s?(?:accueil|retour à l['’]accueil|page d['’]accueil|retour|rechercher|recherche|fermer|ouvrir|haut de page|retour en haut(?: de (?:la )?page)?|lire plus tard|(?:sauvegarder|enregistrer) (?:l['’]|cet )?article|aller au contenu(?: principal)?|aller à la navigation|suivant|précédent|voir plus|afficher plus|rubriques|toutes les rubriques|chargement(?: en cours)?(?:\.\.\.|…)?|vous êtes ici|actualités?|infos?|politique|économie|monde|international|france|société|culture|sports?|sciences?|santé|planète|environnement|idées|opinions?|débats|faits divers|justice|régions?|météo|vidéos|podcasts|high-?tech|médias|people|loisirs|gastronomie|voyages?|immobilier|emploi|éducation|europe|afrique|asie|services|jeux|horoscope|kiosque|le journal)\s?[)\]]?[.:]?$/iu,
      weight: 2,
      reason: 'a menu word alone on its line',
      examples: {
        match: [
          'Lire plus tard',
          'Accueil',
          '[Accueil]',
          'Retour en haut de page',
          'Économie',
          'Vous êtes ici :',
        ],
        noMatch: ["Accueil chaleureux pour le président à Dakar, où la foule l'attendait."],
      },
    },
    {
      id: 'nav/fr-pagination',
      label: 'chrome',
      languages: ['fr'],
      pattern:
        /^(?:page \d+(?: sur \d+)?|(?:«|‹|<)?\s?(?:suivante?|précédente?|page suivante|page précédente|article suivant|article précédent)\s?(?:»|›|>)?|photo \d+ (?:sur|\/) \d+|\d+ sur \d+)$/iu,
      weight: 2.5,
      reason: 'pagination or a gallery counter',
      examples: {
        match: ['Page 2 sur 4', 'Article suivant', 'Photo 3 sur 12'],
        noMatch: ['Page 2 du rapport, on lit que la dette a doublé.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Bylines, agencies, datelines and credits
    {
      id: 'byline/fr-par-auteur',
      label: 'byline',
      languages: ['fr'],
      pattern:
        /^(?:(?:[Uu]ne? )?(?:[Tt]ribune|[Cc]hronique|[Aa]nalyse|[Éé]ditorial|[Ee]ntretien|[Ee]nquête|[Rr]eportage|[Rr]écit|[Pp]ortrait|[Cc]ritique) )?(?:[Pp]ar|PAR):?\s\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|du|des|le|la|van|von|di|da|dos|ben|el|al)\s|d['’]){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s?|\s(?:et|&)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|du|des|le|la|van|von|di|da|dos|ben|el|al)\s|d['’]){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}){0,4}(?:\s(?:avec|et) (?:l['’])?(?:AFP|Reuters|AP|agences))?(?:(?:,\s?|\s?[|•·–—-]\s?|\s\(|\s(?:à|au|en)\s)[^!?]{1,60})?$|^(?:[Pp]ar|PAR):?$/u,
      weight: 4,
      reason: 'an author line ("Par …")',
      examples: {
        match: [
          'Par Jeanne Dupont',
          'Par Jeanne Dupont et Paul Martin',
          'Par Marc Exemple (à Bruxelles)',
          'Par Louise de La Fontaine, envoyée spéciale à Kiev',
          'Par Le Quotidien avec AFP',
        ],
        noMatch: ['Par ailleurs, le ministre a annoncé une hausse des salaires.'],
      },
      maxLength: 140,
    },
    {
      id: 'byline/fr-labelled',
      label: 'byline',
      languages: ['fr'],
      pattern:
        /^(?:(?:[Pp]ropos recueillis|[Tt]extes?(?: et photos)?|[Pp]hotos?|[Vv]idéo|[Ii]nfographie|[Ii]llustrations?|[Rr]éalisée?|[Rr]édigée?|[Éé]crite?|[Tt]raduite?(?: de l['’]\p{Ll}+)?|[Mm]is en ligne|[Éé]ditée?) par\s\p{Lu}|(?:[Tt]extes?(?: et photos)?|[Rr]édaction|[Jj]ournalistes?|[Aa]uteure?s?|[Aa]utrice|[Tt]raduction|TEXTE|AUTEUR)\s?:\s?\S).{0,80}$|^(?:[Ll]a |[Pp]ar la )?[Rr]édaction(?: (?:de |du |d['’]|web|numérique|avec AFP)[\p{L}\p{M}'’ -]{0,30})?\.?$/u,
      weight: 4,
      reason: 'a labelled author or contributor field',
      examples: {
        match: [
          'La rédaction',
          'Par la rédaction du Quotidien',
          'Propos recueillis par Marie Exemple',
          "Traduit de l'anglais par Paul Test",
          'Texte : Anne Modèle',
        ],
        noMatch: ['Propos recueillis lors du procès, ces témoignages ont bouleversé la salle et les jurés.'],
      },
      maxLength: 110,
    },
    {
      id: 'byline/fr-author-bio',
      label: 'byline',
      languages: ['fr'],
      pattern:
        /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:est|était) (?:[\p{L}'’-]+ ){0,4}(?:journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|reporter|éditorialiste|envoyée? spéciale?|pigiste)(?![\p{L}]).{0,300}$|^(?:[Jj]ournaliste|[Rr]édact(?:eur|rice)|[Cc]orrespondante?|[Cc]hroniqueu(?:r|se)|[Rr]eporter|[Ee]nvoyée? spéciale?|[Gg]rande? reporter)(?: (?:à|au|aux|en|pour|chez|de|du|spécialisée?)\s[^!?]{0,100})?\.?$/u,
      weight: 2.5,
      reason: 'an author bio',
      examples: {
        match: [
          'Jeanne Exemple est journaliste au service Économie.',
          'Correspondante à Bruxelles',
          'Journaliste',
        ],
        noMatch: ['Jeanne Exemple est médecin à Lille et dirige le service des urgences.'],
      },
      maxLength: 400,
    },
    {
      id: 'agency/fr-avec-afp',
      label: 'byline',
      signsOff: true,
      languages: ['fr'],
      pattern:
        /^[([]?\s?(?:(?:[\p{L}\p{N}.' -]{1,30} )?avec (?:l['’])?(?:afp|reuters|ap|agences|belga|ats|relaxnews)(?:(?:,| et) (?:l['’])?(?:afp|reuters|ap|agences|belga|ats)){0,3}|sources?\s?:\s?(?:afp|reuters|ap|agences)|(?:d['’]après|selon) (?:l['’])?(?:afp|reuters|ap|agences)|afp\/relaxnews|(?:la )?rédaction (?:avec|et) (?:l['’])?(?:afp|agences))[)\]]?\.?$/iu,
      weight: 5,
      reason: 'an "avec AFP" agency note',
      examples: {
        match: [
          'Avec AFP',
          '(avec agences)',
          'Le Quotidien avec AFP',
          "D'après l'AFP",
          'Avec Reuters et AFP',
        ],
        noMatch: ['Avec Reuters et Bloomberg, Londres reste un centre de la finance, dit-il.'],
      },
      maxLength: 60,
    },
    {
      id: 'dateline/fr-signed-date',
      label: 'byline',
      languages: ['fr'],
      pattern:
        /^(?:[\p{Lu}]{2,10}(?:\/[\p{Lu}]{2,10})?\s)?(?:[Ll]e\s|[Pp]ublié le\s)?(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)?\s?\d{1,2}(?:er)? (?:[Jj]anvier|[Ff][ée]vrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]o[uû]t|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd][ée]cembre) \d{4}(?: à \d{1,2}[h:]\d{2})?(?:\s?[(,-]?\s?(?:[Mm]is à jour|[Mm]odifié|[Aa]ctualisé)\s?(?:le)?\s?:?\s?(?:\d{1,2}(?:er)? \p{L}+ \d{4})?(?: à \d{1,2}[h:]\d{2})?\)?)?$/u,
      weight: 4,
      reason: 'an agency or publication date line',
      examples: {
        match: [
          'AFP 12 mars 2019 à 07:19 (Mis à jour : 12 mars 2019 à 08:02)',
          'Publié le 3 juin 2021 à 18h30, modifié à 19h10',
        ],
        noMatch: ['Le 3 juin 2021 à 18h30, la foule a envahi la place.'],
      },
    },
    {
      id: 'credit/fr-credit-photo',
      label: 'byline',
      languages: ['fr'],
      pattern:
        /^[([]?\s?(?:©\s?)?(?:crédits? (?:photos?|images?|vidéos?|illustrations?)|infographie|source photo|illustration)\s?:\s?.{1,140}$|^[([]?\s?(?:photos?|image) (?:d['’]illustration|d['’]archives?|illustration|archives?|dr)(?:\s?[:/,-]\s?.{1,80})?[)\]]?\.?$|^[([]?\s?(?:dr|photo dr|droits réservés)[)\]]?$/iu,
      weight: 4,
      reason: 'a picture credit (Crédit photo, Photo d’illustration)',
      examples: {
        match: ['Crédit photo : Marc Exemple', "Photo d'illustration", 'Photo archives / AFP', '(DR)'],
        noMatch: ["Photo d'illustration d'un champ de blé prise près de Chartres en juin dernier."],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Disclaimers and copyright
    {
      id: 'disclaimer/fr-labelled',
      label: 'disclaimer',
      languages: ['fr'],
      pattern:
        /^[([*]?\s?(?:note de la rédaction|n\.?d\.?l\.?r\.?|mise en garde|erratum|rectificatif|déclaration d['’]intérêts?|transparence)\s?[:.\-–—]/iu,
      weight: 6,
      reason: 'a line that calls itself an editorial note',
      examples: {
        match: [
          'NDLR : cet entretien a été relu par la personne interrogée.',
          'Rectificatif : une version précédente indiquait une mauvaise date.',
        ],
        noMatch: ['Note de la rédaction en chef, ce mémo a fuité dans la presse.'],
      },
      maxLength: 800,
    },
    {
      id: 'disclaimer/fr-syndication',
      label: 'disclaimer',
      languages: ['fr'],
      pattern:
        /(?:cet|ce) (?:article|entretien|texte|billet|tribune) (?:a (?:initialement |originellement |d['’]abord |précédemment )?été|est|fut) (?:initialement |originellement |d['’]abord |précédemment )?(?:publié|paru|diffusé)e?\s(?:initialement |d['’]abord |originellement )?(?:dans|sur|par|en|le)(?![\p{L}])|(?:initialement|originellement|d['’]abord) (?:publiée?|parue?) (?:dans|sur|par)(?![\p{L}])|(?:est )?(?:republiée?|reproduite?) (?:à partir de|avec l['’]autorisation|avec la permission|depuis)\s.{0,60}|sous licence creative commons|(?:fait partie|est membre) du réseau\s.{0,60}|(?:cet|l['’])\s?article (?:est|a été) (?:traduit|adapté) (?:de|du|par)(?![\p{L}])/iu,
      weight: 5,
      reason: 'a syndication or republication note',
      examples: {
        match: [
          'Cet article a été initialement publié sur The Conversation.',
          'Ce billet a d’abord été publié sur le blog de son auteur.',
          'Cet article est republié à partir de The Conversation sous licence Creative Commons.',
          'Ce texte est paru dans notre édition du 4 mars.',
        ],
        noMatch: ["L'étude, publiée dans la revue Nature, a été menée pendant dix ans."],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/fr-out-of-date',
      label: 'disclaimer',
      languages: ['fr'],
      pattern:
        /pourrai(?:t|ent) (?:contenir|comporter) des (?:informations|éléments|données) (?:qui ne sont plus (?:à jour|d['’]actualité)|obsolètes|dépassées)|(?:cet|l['’])\s?article (?:a|date de) (?:plus d['’](?:un|une)|\d+) (?:ans?|années?|mois)|les informations (?:qu['’]il contient|contenues) (?:peuvent|pourraient) (?:ne plus être à jour|être obsolètes|être dépassées)/iu,
      weight: 4,
      reason: 'a note that the article is old',
      examples: {
        match: [
          'Cet article publié en 2016 pourrait contenir des informations qui ne sont plus à jour.',
          'Cet article date de plus d’un an.',
        ],
        noMatch: ['La base de données pourrait contenir des erreurs, reconnaît le ministère.'],
      },
      maxLength: 400,
    },
    {
      id: 'disclaimer/fr-affiliate',
      label: 'disclaimer',
      languages: ['fr'],
      pattern:
        /liens? (?:d['’]affiliation|affiliés?|sponsorisés?|commerciaux)|(?:peut|pourrait|peuvent) (?:percevoir|toucher|recevoir) une (?:petite )?commission|(?:nous )?(?:percevons|touchons|recevons) une (?:petite )?commission|(?:cet article|ce contenu|cette page) (?:contient|peut contenir) des liens|(?:article|contenu) (?:réalisé|rédigé|produit) (?:en partenariat avec|pour le compte de|par notre partenaire)|la rédaction n['’]a pas participé à (?:la réalisation|l['’]écriture) de (?:cet|ce) (?:article|contenu)/iu,
      weight: 4.5,
      reason: 'an affiliate or sponsorship disclosure',
      examples: {
        match: [
          'Cet article contient des liens d’affiliation : nous pouvons percevoir une commission.',
          'Contenu réalisé en partenariat avec Exemple.',
        ],
        noMatch: ["L'agent immobilier a touché une commission de 5 %, selon le notaire."],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/fr-advice',
      label: 'disclaimer',
      languages: ['fr'],
      pattern:
        /^[([*]?\s?(?:(?:ceci|cet article|ce contenu|ces informations) (?:ne (?:constitue|constituent) pas|n['’]est pas|ne sont pas) (?:un |une |des )?)(?:conseils? (?:en investissement|financiers?|d['’]investissement|médica(?:l|ux)|juridiques?)|recommandation d['’](?:achat|investissement))|ne (?:remplace(?:nt)?|se substitue(?:nt)?) pas (?:à )?(?:un |une |l['’])?(?:avis|consultation|conseil) (?:médical|d['’]un médecin|d['’]un professionnel)|les performances passées ne (?:préjugent|présagent) pas|(?:les )?(?:propos|opinions) (?:tenus|exprimé(?:e)?s)\s.{0,60}n['’]engagent que (?:leur|son|ses) auteur/iu,
      weight: 4.5,
      reason: 'an investment, health or opinion disclaimer',
      examples: {
        match: [
          'Ceci ne constitue pas un conseil en investissement.',
          'Les opinions exprimées dans cette tribune n’engagent que leur auteur.',
        ],
        noMatch: ['Le conseil en investissement est un métier réglementé en France.'],
      },
      maxLength: 500,
    },
    {
      id: 'copyright/fr-notice',
      label: 'disclaimer',
      languages: ['fr'],
      pattern:
        /(?:toute )?reproduction (?:totale ou partielle|intégrale ou partielle|même partielle|ou représentation)\s.{0,80}(?:interdite|autorisation|accord)|droits de reproduction (?:et de diffusion )?réservés|tous droits de reproduction\s.{0,40}réservés/iu,
      weight: 5,
      reason: 'a copyright notice',
      examples: {
        match: [
          'Toute reproduction totale ou partielle est interdite sans autorisation.',
          'Droits de reproduction et de diffusion réservés',
        ],
        noMatch: ['La reproduction des oiseaux a été interdite dans l’enclos pendant les travaux.'],
      },
      maxLength: 300,
    },
  ];
}
