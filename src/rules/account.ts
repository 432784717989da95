import type { RuleSpec } from '../types.js';

/** Sign-in, registration and account prompts. */
export const accountRules: RuleSpec[] = [
  {
    id: 'account/sign-in',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:please |click here to |tap here to )?(?:sign|log) ?(?:in|out|on|up)|login|logout|register|create (?:an |a |your )?(?:free )?account|my account|your account|account|profile|forgot(?: your)? password\??|sign in with (?:google|apple|facebook|email)|(?:or )?continue with (?:google|apple|facebook|e-?mail)|edit (?:my |your )?profile|(?:my |your )?(?:account|profile) settings|manage (?:my |your )?(?:subscription|account|newsletters)|(?:give |send )?(?:a )?gift (?:a )?subscription|redeem (?:a |your )?(?:gift|code|voucher)(?: subscription)?|compare (?:plans|subscriptions|offers)|(?:don(?:'|’)t|do not) have an account\?\s?(?:sign up|register|create one|join)(?: (?:now|here|for free))?|create (?:an |a free |your )?account to (?:keep|continue) reading)(?:(?:\s?(?:\/|\||or|and)\s?|\s)(?:sign|log) ?(?:in|out|up)|\s?(?:\/|\||or)\s?register|\s(?:here|now|for free|to (?:comment|save|follow|continue|your account|access)\b[^.]{0,40}))?[.!:>→]?$/iu,
    weight: 4,
    reason: 'a sign-in or register prompt',
    examples: {
      match: [
        'Compare plans',
        'or continue with email',
        'Edit profile',
        'Redeem a gift',
        'Gift a subscription',
        'Manage subscription',
        'Create a free account to keep reading',
        "Don't have an account? Sign up",
        'Sign in',
        'Log In',
        'Sign In / Register',
        'Log out Sign in',
        'Create a free account',
        'Create your free account',
        'Sign in to comment',
      ],
      noMatch: ['Sign in the window said the shop would reopen on Monday.'],
    },
  },
  {
    // Managing, cancelling or giving a subscription, and redeeming a voucher, in the pack
    // languages: links of the account menu.
    id: 'account/manage-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:hier können sie )?(?:mein |ihr )?abo(?:nnement)? (?:verwalten|verschenken|kündigen)|gutschein(?:code)? einlösen|(?:gérer|résilier) (?:mon |votre )?abonnement|offrir (?:un )?abonnement|(?:gestionar|cancelar) (?:mi |tu )?suscripción|regalar (?:una )?suscripción|(?:gerenciar|cancelar) (?:minha |sua )?assinatura|(?:dar|presentear com) (?:uma )?assinatura(?: de presente)?|(?:gestisci|disdici) (?:il (?:tuo |mio ))?abbonamento|regala (?:un )?abbonamento)$/iu,
    weight: 4,
    reason: 'a link to manage or give a subscription',
    examples: {
      match: [
        'Abo verwalten',
        'Gutschein einlösen',
        'Gérer mon abonnement',
        'Offrir un abonnement',
        'Gestionar suscripción',
        'Dar uma assinatura de presente',
        'Regala un abbonamento',
      ],
      noMatch: ['Abo verwalten ist in der App einfacher geworden, sagt der Verlag.'],
    },
  },
  {
    // Making an account and registering to read on, in the packs' languages (English is
    // account/sign-in and account/login-required).
    id: 'account/register-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:jetzt )?(?:ein )?kostenlos(?:es)? (?:konto|benutzerkonto|nutzerkonto) (?:erstellen|anlegen)|(?:jetzt )?(?:kostenlos )?registrieren(?: sie sich)?(?: kostenlos)?,? (?:und|um) (?:weiter(?:zu)?lesen|weiterzulesen)|(?:créer|créez) (?:un|votre) compte(?: gratuit(?:ement)?)?|inscrivez-vous gratuitement (?:pour|et) (?:continuer|lire)\b.{0,40}|(?:crear|crea|créate) (?:una |tu )?cuenta(?: gratuita| gratis)?|reg[íi]strate (?:gratis )?(?:para|y) (?:seguir|continuar) leyendo|(?:criar|crie) (?:uma |sua )?conta(?: gratuita| grátis)?|cadastre-se (?:gratuitamente |grátis )?(?:para|e) (?:continuar|seguir) lendo|(?:crea|creare) (?:un |il tuo )?account(?: gratuito| gratis)?|registrati (?:gratuitamente |gratis )?(?:per|e) (?:continuare a leggere|leggere)\b.{0,40})[.!]?$/iu,
    weight: 4,
    reason: 'a register or make-an-account prompt',
    examples: {
      match: [
        'Kostenloses Konto erstellen',
        'Registrieren Sie sich kostenlos, um weiterzulesen.',
        'Créer un compte gratuit',
        'Crea tu cuenta gratuita',
        'Regístrate gratis para seguir leyendo',
        'Crie sua conta grátis',
        'Registrati gratuitamente per continuare a leggere',
      ],
      noMatch: ['Ein kostenloses Konto erstellen zu können, war für viele Senioren neu, sagte die Bank.'],
    },
  },
  {
    id: 'account/login-required',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:you (?:must|need to) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? in|register(?:ed)?)|(?:please )?(?:log|sign) in or (?:register|create an account|sign up)|(?:register|sign up) (?:for free )?to (?:comment|continue|save|follow|read|get)|(?:register|sign up)(?: (?:now|today|for free|free)){1,2} and (?:read|get|enjoy|access|unlock|keep reading))\b.{0,90}$/iu,
    weight: 5,
    reason: 'says the reader must log in',
    examples: {
      match: [
        'You must log in or create an account to leave a comment.',
        'Register for free to continue reading',
        'Register now for free and read 3 articles a month.',
        'Sign up today and get unlimited access.',
      ],
      noMatch: [
        'Voters must register by Friday, officials said, or they will not be able to vote in the primary next month.',
        'Register early and get a discount, the festival organisers told fans.',
      ],
    },
  },
  {
    id: 'account/join-discussion',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:please )?(?:sign up|register|log ?in|sign in|subscribe)(?: or (?:log ?in|sign in|register|sign up|subscribe))? to (?:comment|join|continue|save|follow|reply|post|vote|like|read|get|access|view|see|unlock|keep reading|listen|watch)\b.{0,80}$/iu,
    weight: 4,
    reason: 'asks the reader to sign up or log in to take part',
    examples: {
      match: [
        'Sign up or login to join the conversation!',
        'Log in to comment',
        'Log in or subscribe to view the full article',
      ],
      noMatch: ['Sign up to the charter was slow, the minister admitted, because the rules kept changing.'],
    },
  },
  {
    id: 'account/form-field',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:password|username|user ?name|remember me|keep me (?:logged|signed) in|stay (?:logged|signed) in|other ways to (?:sign|log) in|or (?:sign|log) in with|(?:log|sign) in (?:with|via|using) (?:facebook|google|apple|twitter|x|vk|linkedin|microsoft|email|your (?:email|google|facebook|apple) account))\s?[:*]?$/iu,
    weight: 3,
    reason: 'a field or button of a sign-in form',
    examples: {
      match: [
        'Password:',
        'Remember me',
        'Username *',
        'Other ways to sign in:',
        'Log in with Facebook',
        'Sign in with your email account',
      ],
      noMatch: ['Password rules were tightened after the breach.', 'Remember me to your mother, he wrote.'],
    },
  },
];
