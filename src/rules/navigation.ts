import type { RuleSpec } from '../types.js';

/** Site navigation: breadcrumbs, menus, pagination and widget labels. */
export const navigationRules: RuleSpec[] = [
  {
    id: 'nav/archived-page',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:thanks? (?:you )?for visiting [\p{L}\p{N}.' -]{2,40}[.!]?|(?:archived|archive) (?:content|page|article|story)|this (?:page|article|story|content) (?:is|has been) archived[.!]?|(?:we(?:'|’)re|we are|this (?:page|site|section) is) no longer (?:maintaining|updating|maintained|updated|being updated)(?: this (?:page|site|section))?[.!]?|for (?:the )?latest [\p{L} ,&-]{2,60}, (?:please )?(?:visit|go to|head to) [\p{L}\p{N}.' -]{2,40}[.!]?)$/iu,
    weight: 3,
    reason: 'a notice that the page is archived and the site has moved on',
    examples: {
      match: [
        'Thanks for visiting ValleyNews.',
        'We are no longer updating this page.',
        'Archived content',
        'For the latest regional news and weather, please visit Valley Today',
      ],
      noMatch: [
        'Thanks for visiting, the mayor told the delegation before the talks began in earnest.',
        'The council said it was no longer maintaining the footpath along the river, which has flooded twice.',
      ],
    },
  },
  {
    id: 'nav/breadcrumb',
    label: 'chrome',
    pattern:
      // A picture's credit ("© A. Roe / Agency", "Image: A. Roe / Outlet") has the slash too.
      /^(?!©|\p{L}{3,12}\s?:\s?©|(?:photo|image|bild|foto|picture|credit|imagen|immagine)s?\s?:)[^>›»|/]{1,30}(?:(?:\s?[>›»]\s?|\s[|/]\s)[^>›»|/]{1,30}){1,6}\s?[>›»|/]?$|^[>›»]\s?[^>›»]{1,40}$/iu,
    weight: 1.5,
    reason: 'a breadcrumb or menu path',
    maxLength: 150,
    examples: {
      match: ['Home > News > World', 'Home › Wirtschaft ›', '> Life', 'News | Politics | Elections'],
      noMatch: [
        'He said the 2/3 majority was enough.',
        '© Lena Ortmann / stock.example.com',
        'Image: Lena Ortmann / The Daily Ledger',
        'Bild: © Jan Ott / dpa',
      ],
    },
  },
  {
    // A site's section menu flattened onto one line: five or more short entries between bars,
    // spaced or not, in any script ("Startseite|Politik|Wirtschaft|Sport|Kultur", "首页|新闻|…").
    // A breadcrumb has a few steps; a menu runs on. Entries start with a letter, so a row of
    // figures stays.
    id: 'nav/bar-menu',
    label: 'chrome',
    // An entry never ends in a space, so each space around a bar has one way to match.
    pattern: /^\p{L}(?:[^|.!?]{0,23}[^|.!?\s])?(?:\s?\|\s?\p{L}(?:[^|.!?]{0,23}[^|.!?\s])?){4,}\s?\|?$/u,
    weight: 3,
    reason: 'a section menu between bars',
    maxLength: 400,
    examples: {
      match: [
        'Startseite|Politik|Wirtschaft|Sport|Kultur',
        'Home | News | Sport | Business | Culture | Weather | Travel | Food | Video',
        '首页|新闻|图片|评论|娱乐|财经|体育|视频',
        'Inicio | Noticias | Deportes | Economía | Opinión |',
      ],
      noMatch: [
        '2019 | 12.5 | 13.1 | 14.2 | 15.0',
        'News | Politics | Elections',
        'The vote was close | very close | said one aide. Another disagreed | loudly.',
      ],
    },
  },
  {
    // One step of a breadcrumb trail that the scrape put on a line of its own: "HOME >",
    // "News ›", "ブログ >". A few words and the arrow that leads on, nothing after it.
    id: 'nav/breadcrumb-step',
    label: 'chrome',
    // The last step written out before its arrow, so that the literal index files the rule
    // under " >", " ›" and " »" rather than under the space every line holds.
    pattern: /^(?=[^>›»]*\p{L})(?:[^\s<>›»«]+ ){0,3}[^\s<>›»«]+ (?:>|›|»)$/u,
    weight: 4,
    reason: 'a step of a breadcrumb trail',
    examples: {
      match: ['HOME >', 'News ›', 'Local news »', 'ブログ >'],
      noMatch: ['Temperatures will stay above 30 degrees >', 'x > y', '»', '*/?>', 'Les « boîtes noires »'],
    },
  },
  {
    id: 'nav/menu-word',
    label: 'chrome',
    pattern:
      /^(?:home|homepage|home page|menu|main menu|quick links|useful links|search|close|open|back|back to top|top|skip to (?:main )?content|skip navigation|(?:skip|jump) to (?:navigation|search|footer|main navigation)|click to expand|continue to (?:the )?(?:article|story)|continue reading|keep reading|read (?:the )?original(?: article| story| post)?|jump to (?:main )?content|watch live|listen live|go to|next|previous|prev|more|expand|collapse|toggle navigation|navigation|site (?:information )?navigation|sections|all sections|loading|loading\.\.\.|please wait|please wait(?:\.\.\.|…)|now playing|(?:tap|click) to unmute|saved|click here|tap here|read more|see more|find out more|shares|continue|ok|cancel|submit|send|edit|today|subscribe|log in|sign in|view|watch|listen|play|pause|mute|unmute|full ?screen|zoom|enlarge|close (?:window|gallery|menu|x)|x|×|…|\.\.\.|top stories|latest news|all news|breaking news|breaking|(?:breaking )?news alerts?|today(?:'|’)s paper|live updates|key events|show key events(?: only)?|permalink|go to permalink|news|world|business|sports?|politics|opinion|entertainment|lifestyle|technology|tech|science|health|travel|culture|video|videos|photos|weather|markets|economy|local|national|international|u\.?s\.?|us news|world news)[.:]?$/iu,
    weight: 2,
    reason: 'a menu word alone on its line',
    examples: {
      match: [
        'Show key events only',
        'Read original article',
        'Continue to article',
        'Continue reading',
        'Home',
        'Menu',
        'Back to top',
        'Jump to navigation',
        'WATCH LIVE',
        'Please wait...',
        "Today's paper",
        'Breaking News Alerts',
        'Now playing',
        'Tap to unmute',
        'Loading...',
        'Politics',
        'Site Information Navigation',
        'Quick Links',
        'BREAKING NEWS',
        'Go to permalink',
      ],
      noMatch: ['Home is where the heart is.', 'Breaking news travels fast in a small town.'],
    },
  },
  {
    // A link to the publisher's note on its editorial standards, under the story ("Our
    // Standards: …", "Why you can trust …"): a whole line that is only the link.
    id: 'nav/editorial-standards',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:our (?:editorial )?(?:standards|principles)\s?:.{1,80}|(?:read |learn more about |see |about )?our (?:editorial )?(?:standards|guidelines|ethics policy|corrections policy|code of (?:ethics|conduct))(?: and (?:practices|policies|ethics))?\.?|why you can trust [\p{L}\d .&'’-]{1,30}\??|[\p{L}&.'’ -]{1,40} trust principles\.?|(?:[\p{L}&.'’ -]{1,40} )?(?:adheres to the (?:standards|criteria) of|learn more about|is a member of|member of) the trust project\.?)$/iu,
    weight: 5,
    reason: 'a link to the editorial standards of the publisher',
    examples: {
      match: [
        'Learn more about The Trust Project',
        'Our Standards: The Harbour Press Trust Principles.',
        'Learn more about our editorial standards',
        'Why you can trust Northfield News',
      ],
      noMatch: ['Our standards are high, the coach said after the match.'],
    },
  },
  {
    id: 'nav/pagination',
    label: 'chrome',
    pattern:
      /^(?:page \d+(?: of \d+)?|\d+(?:\s?[|/·•]\s?\d+){2,}|(?:«|‹|<)?\s?(?:prev(?:ious)?|next|older|newer)(?: page| posts?| articles?)?\s?(?:»|›|>)?|\d+\s?\/\s?\d+|[<>«»‹›]|\d{1,2})$/iu,
    weight: 1.5,
    reason: 'pagination or a slide counter',
    examples: {
      match: ['Page 2 of 5', '1 | 2 | 3 | 4', 'Next »', '3/12', '»'],
      noMatch: ['Page three of the report names him.'],
    },
  },
  {
    // A rule of underscores: wire copy draws one between sections of the story and another
    // above the notes under it. Weak on purpose: between paragraphs the block keeps it body,
    // beside the notes it goes with them.
    id: 'nav/underscore-rule',
    label: 'chrome',
    pattern: /^_{3,40}$/u,
    weight: 1,
    reason: 'a rule of underscores',
    examples: { match: ['___', '__________'], noMatch: ['__init__', '_'] },
  },
  {
    id: 'nav/symbol-only',
    label: 'chrome',
    pattern: /^[|>»›<«‹+×•·\s]{1,12}$/u,
    weight: 1.5,
    reason: 'a line of symbols only',
    examples: { match: ['|', '>', '•••', '+'], noMatch: ['* * *', '==========', '___'] },
  },
  {
    id: 'nav/menu-run',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:open|close|search|sign in|sign up|log in|log out|subscribe|share|comment|comments|print|email|menu|home|videos?|photos?|podcasts?|newsletters?|events|adjust|save|account|register|follow|listen|watch|games|puzzles|shop)(?:\s(?:open|close|search|sign in|sign up|log in|log out|subscribe|share|comment|comments|print|email|menu|home|videos?|photos?|podcasts?|newsletters?|events|adjust|save|account|register|follow|listen|watch|games|puzzles|shop)){1,7}$/iu,
    weight: 3.5,
    reason: 'a run of menu and toolbar words',
    examples: {
      match: [
        'Open Menu Close Menu Search',
        'Videos Sign In Subscribe',
        'Share Adjust Comment Print',
        'Events Newsletters',
      ],
      noMatch: ['Search and rescue teams worked through the night.', 'Close'],
    },
  },
  {
    // The footer's links run together on one line with only spaces between them ("Terms of
    // Use About Us Privacy Policy Cookies …"): four or more of the links every site has.
    id: 'nav/footer-run',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:terms of (?:use|service)|terms and conditions|about(?: us| the [\p{L}]{2,12})?|privacy(?: policy| notice| settings)?|cookies?(?: policy| settings)?|accessibility(?: help| statement)?|help|contact(?: us| the [\p{L}]{2,12})?|advertise(?: with us)?|careers|jobs|sitemap|site map|faqs?|feedback|parental guidance|adchoices|ad choices|do not sell my (?:personal )?info(?:rmation)?|newsletters?|rss|subscriptions?|corrections|archives?|why you can trust [\p{L}]{2,12}|get personali[sz]ed newsletters)(?:\s?[|•·/,]\s?|\s)){3,14}(?:terms of (?:use|service)|about(?: us)?|privacy(?: policy| notice)?|cookies?(?: policy)?|accessibility(?: help)?|help|contact(?: us)?|advertise(?: with us)?|careers|sitemap|faqs?|feedback|adchoices|rss|archives?)$/iu,
    weight: 4,
    reason: "the site footer's links on one line",
    examples: {
      match: [
        'Terms of Use About Us Privacy Policy Cookies Accessibility Help Contact Us',
        'About us Careers Advertise Privacy Sitemap',
      ],
      noMatch: ['Privacy and cookies are the subject of a new law that takes effect in May.', 'About us'],
    },
  },
  {
    // A note that links leave the site: "These are external links and will open in a new
    // window", "The site is not responsible for the content of external sites."
    id: 'nav/external-links',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:these are|this is an?) external links? (?:and|which|that) (?:will |may )?opens? in a new (?:window|tab)|(?:the |this )?[\p{L}\p{N}&.'’ -]{0,30} (?:is|are) not responsible for the content of external (?:sites|websites|links|internet sites)\b.{0,120})[.!]?$/iu,
    weight: 4,
    reason: 'a note on links that leave the site',
    examples: {
      match: [
        'These are external links and will open in a new window',
        'The Ledger is not responsible for the content of external sites. Read about our approach to external linking.',
      ],
      noMatch: [
        'The platform says it is not responsible for the content of users, a claim the court rejected.',
      ],
    },
  },
  {
    // The weather box in a page header: a temperature, perhaps a place or a word for the sky.
    id: 'nav/weather-widget',
    label: 'chrome',
    pattern:
      /^(?:(?:weather|wetter|météo|tiempo|clima|meteo|मौसम)\s?:?\s?)?(?:[\p{L} .-]{1,25}\s)?-?\d{1,2}(?:[.,]\d)?\s?°\s?[cf]?(?:\s?(?:\/|\|)\s?-?\d{1,2}\s?°\s?[cf]?)?(?:\s[\p{L} ]{1,20})?$/iu,
    needsDigit: true,
    weight: 3.5,
    reason: 'a weather box',
    examples: {
      match: ['Weather: 12°C Cloudy', 'Berlin 4 °C', '21°F', 'Météo : 18° / 9°'],
      noMatch: ['Temperatures fell to -12°C overnight, the coldest night of the winter so far.'],
    },
  },
  {
    // Header buttons that the scraper glued together ("SubscribeSign In"), in English and the
    // pack languages. Case-sensitive on purpose: each button starts with a capital, which is
    // where the glued words part, and a word such as "Photoshop" is never split.
    id: 'nav/glued-buttons',
    label: 'chrome',
    pattern:
      /^(?:(?:Sign [Ii]n|Sign [Uu]p|Sign [Oo]ut|Log [Ii]n|Log [Oo]ut|Login|Logout|Register|Subscribe(?: [Nn]ow)?|My [Aa]ccount|Account|Menu|Search|Newsletters?|E-?[Pp]aper|Home|Close|Donate|Abonnieren|Anmelden|Abmelden|Registrieren|Mein Konto|Suche|S['’]abonner|Se connecter|Connexion|Mon compte|Rechercher|Suscr[íi]bete|Iniciar [Ss]esi[óo]n|Reg[íi]strate|Mi cuenta|Buscar|Assine|Entrar|Cadastre-se|Minha conta|Abbonati|Accedi|Registrati|Cerca)\s?){2,6}$/u,
    weight: 4,
    reason: 'header buttons glued together',
    examples: {
      match: [
        'SubscribeSign In',
        'Sign InSubscribe',
        'LoginRegister',
        'Mein KontoAbmelden',
        'ConnexionS’abonner',
      ],
      noMatch: ['Photoshop', 'Home Secretary', 'Register', 'Search warrant'],
    },
  },
  {
    id: 'nav/permalink',
    label: 'chrome',
    pattern:
      /^(?:permalink|short ?link|short url|kurzlink|lien permanent|enlace permanente|link to this (?:article|page|story))\s?:?\s?(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/\S*$/iu,
    weight: 4.5,
    reason: 'a permalink of the page',
    examples: {
      match: ['Permalink: https://example.org/p/abc12', 'Short link https://exm.pl/x9'],
      noMatch: ['Permalinks keep old stories reachable, the archivist said.'],
    },
  },
  {
    id: 'nav/show-less',
    label: 'chrome',
    pattern:
      /^(?:continue reading|read more|read less|show more|show less|see more|see less|expand|collapse)(?:\s(?:continue reading|read more|read less|show more|show less|see more|see less|expand|collapse)){1,2}$|^(?:show|read|see) less$/iu,
    weight: 4,
    reason: 'an expand or collapse toggle',
    examples: {
      match: ['CONTINUE READING Show less', 'Show less', 'Read more Read less'],
      noMatch: ['Show less fear, the coach told them.'],
    },
  },
  {
    id: 'nav/page-list',
    label: 'chrome',
    pattern:
      /^(?:pages?|seite|página|pagina)\s?:?\s?\d{1,3}(?:\s\d{1,3}){0,12}(?:\s(?:next|weiter|siguiente|suivant)?\s?[→»›>]?)?$/iu,
    weight: 4,
    reason: 'a list of page numbers',
    examples: {
      match: ['Page: 1 2 3 Next →', 'Seite 1 2 3 4', 'Pages: 1 2'],
      noMatch: ['Page 12 of the report lists the names of the donors.'],
    },
  },
  {
    id: 'nav/double-chevron',
    label: 'chrome',
    pattern: /^[^>\s.,;!?][^>.,;!?]{0,30}(?:\s?>>\s?[^>.,;!?]{1,30}){1,6}\s?(?:>>)?$/u,
    weight: 4,
    reason: 'a breadcrumb with double chevrons',
    examples: {
      match: ['Home >> News >> Education', '首页 >> 教育 >> 正文'],
      noMatch: ['The ratio was 3 >> 2 in every test, she said.'],
    },
  },
  {
    id: 'nav/cjk-portal',
    label: 'chrome',
    pattern:
      /^(?:返回(?:首页|顶部|列表|目录)|【?纠错】?|关注我们|联系我们|打印本页|关闭窗口|我要评论|分享到\s?:?|扫一扫|手机版|收藏(?:本文|文章)|登录|注册|登录\s?\/\s?注册|免费注册|退出登录|ログイン|会員登録|新規登録|トップへ戻る|ページの先頭へ)\s?(?:>>|»|>)?$/u,
    weight: 4,
    reason: 'a Chinese or Japanese portal link',
    examples: {
      match: ['返回首页>>', '【纠错】', '关注我们', '登录', '收藏文章', 'ログイン'],
      noMatch: ['他返回首页后发现了问题。', '用户登录后才能发表评论。'],
    },
  },
  {
    // The same link in the pack languages.
    id: 'nav/report-error-packs',
    label: 'chrome',
    pattern:
      /^(?:fehler (?:melden|gefunden\??)|(?:einen )?fehler im (?:text|artikel) melden|signaler une (?:erreur|faute|coquille)|reportar (?:un |uma? )?(?:error|erro)|informar (?:de )?un error|comunicar (?:um )?erro|segnala(?:re)? un (?:errore|refuso))[.!?]?$/iu,
    weight: 3.5,
    reason: 'a link for reporting errors',
    examples: {
      match: [
        'Fehler melden',
        'Signaler une erreur',
        'Reportar un error',
        'Reportar erro',
        'Segnala un errore',
      ],
      noMatch: ['Fehler melden, sagte der Minister, sei die Pflicht jedes Beamten.'],
    },
  },
  {
    // The skip links at the top of a page, in the pack languages ("Zum Hauptinhalt springen").
    id: 'nav/skip-link-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:direkt )?zu(?:m|r) (?:haupt)?(?:inhalt|navigation|suche)(?: springen)?|(?:aller|passer|sauter) (?:au contenu(?: principal)?|à la (?:navigation|recherche))|(?:ir|saltar|pasar) al contenido(?: principal)?|(?:ir|pular|saltar) para o conte[úu]do(?: principal)?|(?:vai|salta|passa) al contenuto(?: principale)?|(?:मुख्य )?सामग्री पर जाएं)$/iu,
    weight: 4,
    reason: 'a link that skips to the content',
    examples: {
      match: [
        'Zum Hauptinhalt springen',
        'Direkt zum Inhalt',
        'Aller au contenu principal',
        'Ir al contenido principal',
        'Pular para o conteúdo',
        'Vai al contenuto principale',
      ],
      noMatch: ['Zum Inhalt der Verhandlungen wollte sich der Minister nicht äußern.'],
    },
  },
  {
    // The link to the next or previous story, in the packs' languages ("Next article" is
    // nav/menu-word).
    id: 'nav/next-article-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:nächster|vorheriger|voriger) (?:artikel|beitrag)|(?:article|billet) (?:suivant|précédent)|(?:artículo|noticia) (?:siguiente|anterior)|(?:siguiente|anterior) (?:artículo|noticia)|(?:próxim[oa]|anterior) (?:artigo|matéria|notícia)|(?:artigo|matéria|notícia) (?:seguinte|anterior)|(?:articolo|notizia) (?:successiv[oa]|precedente))\s?[:»›>→]?$/iu,
    weight: 4,
    reason: 'a link to the next or previous story',
    examples: {
      match: [
        'Nächster Artikel',
        'Article précédent',
        'Siguiente artículo',
        'Próxima matéria',
        'Articolo successivo',
      ],
      noMatch: ['Der nächste Artikel des Gesetzes regelt die Fristen.'],
    },
  },
  {
    // A call for readers' tips, in the pack languages: a question, then where to write.
    id: 'nav/news-tip-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:haben sie|hast du) (?:einen hinweis|eine (?:geschichte|information|info))\s?\?\s?(?:schreiben sie uns|schreib uns|kontaktieren sie uns|melden sie sich)|vous avez une (?:info(?:rmation)?|histoire|piste)\s?\?\s?(?:écrivez-nous|contactez-nous|signalez-la)|¿?(?:tienes|tiene) (?:una pista|un dato|información|una historia)\?\s?(?:escríbenos|contáctanos|cuéntanos)|(?:você )?tem uma (?:dica|pauta|denúncia)\?\s?(?:escreva para nós|fale conosco|envie para nós)|hai una (?:segnalazione|notizia|storia)\?\s?(?:scrivici|contattaci))\b.{0,60}$/iu,
    weight: 3.5,
    reason: "a call for readers' news tips",
    examples: {
      match: [
        'Haben Sie einen Hinweis? Schreiben Sie uns',
        'Vous avez une info ? Écrivez-nous',
        '¿Tienes una pista? Escríbenos',
        'Tem uma dica? Fale conosco pelo WhatsApp',
        'Hai una segnalazione? Scrivici',
      ],
      noMatch: ['Haben Sie einen Hinweis bekommen, fragte der Richter.'],
    },
  },
  {
    id: 'nav/report-error',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:report|send|submit|email) (?:a |an |any |us |this )?(?:typos?|corrections?|errors?|mistakes?)(?: (?:and|or) (?:typos?|corrections?|errors?|feedback))?(?:\s?(?::|to\b|here\b).{0,80})?[.!]?$|^(?:error report|(?:mail|e-?mail|write to|contact) the (?:editors?|newsroom))[.!]?$/iu,
    weight: 3.5,
    reason: 'a link for reporting errors',
    examples: {
      match: [
        'Report an error',
        'Error report',
        'Mail the editor',
        'Report typos and corrections to: desk@example.org',
        'Report errors',
      ],
      noMatch: ['Report errors were blamed for the late payments to farmers.'],
    },
  },
  {
    // A call for readers' tips: "Have a news tip? Email us", "Send us a tip". The article
    // itself does not tell its reader to send the newsroom a story.
    id: 'nav/news-tip',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:spotted|seen|found|noticed) an? (?:error|mistake|typo)(?: in (?:this|the|our) (?:article|story|report|page))?\s?\?(?:\s.{0,60})?|(?:do you )?(?:have|got) (?:a |any )?(?:news |story )?(?:tips?|story(?: idea)?|scoop)\??(?:\s?[-–—:]?\s?(?:e-?mail|contact|tell|send|write to|message|call|reach) (?:us|the newsroom|our newsroom|the (?:news )?desk|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})\b.{0,80})?|(?:send|write|submit) (?:us )?a letter to the editor\b.{0,80}|send (?:us )?(?:a |your )?(?:news )?tips?(?:\s(?:to|at|via|here)\b.{0,80})?|(?:submit|share) (?:a |your )?(?:news )?(?:tip|story idea)(?:\s(?:to|at|via|here|with us)\b.{0,80})?)[.!]?$/iu,
    weight: 3.5,
    reason: "a call for readers' news tips",
    examples: {
      match: [
        'Spotted an error? Let us know.',
        'Got a story? Email news@example.com',
        'Send us a letter to the editor',
        'Send us a tip',
        'Have a news tip? Email us',
        'Have a story tip? Email us at tips@example.com',
        'Got a story? Contact the newsroom',
        'Submit a tip',
      ],
      noMatch: [
        'Spotted an error in the accounts, the auditor told the board.',
        'Have a story to tell, the coach said, and you will always find an audience.',
        'Send us a tip was the only sign on the door, she recalled.',
      ],
    },
  },
  {
    id: 'nav/event-promo',
    label: 'chrome',
    pattern:
      /^(?:(?:details|more info|info)\s+)?(?:register (?:now|here|today)|(?:get|buy) (?:your )?tickets?(?: now)?|book (?:now|your (?:place|seat|tickets?))|rsvp(?: now| here)?|upcoming events?|(?:share|send|give)(?: us)? (?:your )?feedback|jetzt (?:anmelden|registrieren|tickets sichern)|kommende (?:veranstaltungen|events)|tickets sichern|inscrivez-vous(?: maintenant)?|prochains? (?:événements?|évènements?)|réservez (?:maintenant|votre place)|inscríbete(?: ahora)?|próximos eventos|reserva (?:ya|tu (?:plaza|entrada))|iscriviti(?: ora| subito)?|prossimi eventi|inscreva-se(?: já| agora)?)\s*[.!:→›»]?$/iu,
    weight: 3.5,
    reason: 'a promotion for an event or a feedback form: register, tickets, upcoming events',
    examples: {
      match: [
        'Register Now',
        'Details Register Now',
        'UPCOMING EVENTS',
        'Share your feedback',
        'Get tickets',
        'Jetzt anmelden',
        'Prochains événements',
        'Próximos eventos',
      ],
      noMatch: [
        'Register now or lose your vote, the electoral office warned.',
        'Upcoming events include a concert in the park and a lecture on the harbour.',
        'Voters were asked to share your feedback with the council, the leaflet said.',
      ],
    },
  },
  {
    id: 'nav/dash-breadcrumb',
    label: 'chrome',
    pattern: /^[^–—.!?]{1,30}(?:\s[–—]\s[^–—.!?]{1,30}){1,5}\s[–—]$/u,
    weight: 3.5,
    reason: 'a breadcrumb of sections between dashes',
    examples: {
      match: ['Home – Politik –', 'News — World — Europe —'],
      noMatch: ['Floods in the north – the army is on its way'],
    },
  },
  {
    id: 'nav/back-to',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:chevron|arrow|keyboard_arrow)_(?:left|right|back|forward)\s?|[←‹«<]\s?)?(?:(?:back|return) to|browse all|view all|see all)(?: the| all)? (?:gallery|galleries|top|home|homepage|posts|articles|stories|blog|news|search results|list|photos|videos)\s?[→›»>]?$|^(?:(?:chevron|arrow|keyboard_arrow)_(?:left|right|back|forward)\s?|[←‹«<]\s?)(?:previous|next|prev|older|newer)(?: (?:story|article|post|entry|page))?$|^(?:previous|next|prev|older|newer) (?:story|article|post|entry)\s?[→›»>]$/iu,
    weight: 4,
    reason: 'a back or previous/next link',
    examples: {
      match: ['Back to Gallery', '← Previous Story', 'chevron_left Browse All Stories', 'Next Article →'],
      noMatch: ['Back to the gallery they went, where the paintings hung.'],
    },
  },
  {
    id: 'nav/other-language-edition',
    label: 'chrome',
    languages: ['en'],
    pattern: /^read (?:this|the) (?:story|article|post|page) in [\p{L}]{3,20}[.!]?$/iu,
    weight: 4,
    reason: 'a link to the story in another language',
    examples: {
      match: ['Read this story in Spanish', 'Read the article in Tamil'],
      noMatch: ['Read this story in full before you judge it.'],
    },
  },
  {
    id: 'nav/category-count',
    label: 'chrome',
    pattern: /^\p{L}[\p{L}\p{M}\p{N} ’'&.-]{1,40} \((?!(?:1[89]|20)\d\d\))\d{1,5}\)$/u,
    weight: 2.5,
    reason: 'an entry of a category or archive list with its count of posts',
    examples: {
      match: ['Local Politics (48)', 'November 2019 (12)', 'Rezepte (7)', '書評 (15)'],
      noMatch: ['Population by region (2021)', 'The council met twice (see page 4).'],
    },
  },
  {
    id: 'nav/feed-links',
    label: 'chrome',
    pattern:
      /^(?:(?:entries|posts|comments) (?:feed|rss)|(?:feed|rss) (?:entri|komentar|des (?:articles|publications|commentaires)|de (?:entradas|comentarios|comentários|posts|artigos)|dei commenti|degli articoli)|flux (?:rss )?des (?:articles|publications|commentaires)|(?:beitrags|kommentar(?:e)?)-?feed(?: \(rss\))?|wordpress\.(?:org|com))$/iu,
    weight: 3,
    reason: "a blog sidebar's feed links (Entries feed, Comments feed)",
    examples: {
      match: [
        'Entries feed',
        'Comments RSS',
        'Feed de comentarios',
        'Flux des commentaires',
        'Kommentare-Feed',
        'WordPress.org',
      ],
      noMatch: ['Comments feed into the review, the minister said.'],
    },
  },
  {
    // A wiki's note at the head of a section that points to the page on its subject ("Main
    // article: …", "Hauptartikel: …"): the section's text is the article, the note only
    // points elsewhere.
    id: 'nav/wiki-hatnote',
    label: 'chrome',
    pattern:
      /^(?:main articles?|further information|hauptartikel|siehe auch|article détaillé|articles détaillés|artículo principal|artículos principales|artigo principal|artigos principais|voce principale|lo stesso argomento in dettaglio)\s?:\s?\S.{0,240}$/iu,
    weight: 4,
    maxLength: 400,
    reason: 'a wiki note pointing to other pages',
    examples: {
      match: [
        'Main article: Climate of Freedonia',
        'Main articles: Geography of Freedonia and Rivers of Freedonia',
        'Further information: Freedonian cuisine',
        'Hauptartikel: Geschichte Freedonias',
      ],
      noMatch: ['The main article of the treaty sets out the border, historians say.'],
    },
  },
  {
    // A page's reading tools rendered as text: the text-size buttons and the "listen to this
    // article" player, in the packs' languages. A whole line of them is never prose.
    id: 'nav/reading-tools',
    label: 'chrome',
    pattern:
      /^(?:[+-]\s?)?(?:(?:text|font) ?size|audioversion (?:dieses|des) artikels|ouvir (?:esta|a|essa) (?:matéria|reportagem|notícia)|(?:यह )?(?:लेख|ख़बर|खबर) सुनें|a\s?-\s?a\s?\+|(?:increase|decrease|enlarge|reduce) (?:the )?(?:text|font)(?: size)?|(?:larger|smaller|bigger) (?:text|font)|listen to (?:this |the )?(?:article|story)(?:\s\(?\d{1,2}:\d{2}\)?|\s\d{1,2} min(?:utes)?)?|listen\s?(?:\(\s?\d{1,2}(?::\d{2})?\s?(?:min|mins|minutes)?\s?\)|[·•|]\s?\d{1,2}(?::\d{2})?\s?(?:min|mins|minutes)?)|download (?:the )?(?:pdf|article as pdf|as pdf)|(?:an? )?audio version(?: of (?:this|the) (?:article|story))?|(?:dark|light|night) mode|a\s?a\s?a|h(?:ö|oe)ren sie (?:diesen|den) (?:artikel|beitrag)|(?:hear|play) (?:this|the) (?:article|story)|schriftgr(?:ö|oe)(?:ß|ss)e(?: (?:ändern|anpassen))?|schrift (?:vergrößern|verkleinern)|artikel (?:vorlesen|anhören)|taille du texte|(?:agrandir|réduire|diminuer|augmenter) (?:le texte|la police|la taille du texte)|écouter (?:cet |l'|l’)article|tamaño (?:del texto|de (?:la )?(?:letra|fuente))|(?:aumentar|reducir|disminuir) (?:el )?(?:texto|tamaño del texto|fuente|letra)|escucha(?:r)? (?:este |el |esta |la )?(?:artículo|texto|noticia)|tamanho (?:do texto|da fonte|da letra)|(?:aumentar|diminuir|reduzir) (?:a )?(?:fonte|letra)|(?:ouvir|ouça) (?:o |este |esta |a |essa |esse )?(?:texto|artigo|matéria|notícia|conteúdo|reportagem)|dimensione (?:del )?(?:testo|carattere)|(?:aumenta|riduci|diminuisci) (?:il )?(?:testo|carattere)|ascolta (?:l'|l’|questo )?articolo)[+-]?$/iu,
    weight: 4,
    maxLength: 60,
    reason: "the page's text-size and listen buttons",
    examples: {
      match: [
        'Text size',
        '+Text Size',
        'A- A+',
        'Increase font size',
        'Diminuir fonte',
        'Ouvir o texto',
        'Schriftgröße ändern',
        'Taille du texte',
        'Escuchar artículo',
        'Escucha este artículo',
        'Ouça este artigo',
        'Ouça este conteúdo',
        'Audio version of this article',
        'Audioversion dieses Artikels',
        'Ouvir esta matéria',
        'लेख सुनें',
        'Listen to article 4:32',
        'Listen (2 min)',
        'Download PDF',
        'Audio version',
        'Dark mode',
        'A A A',
        'Hören Sie diesen Artikel',
      ],
      noMatch: [
        'Increase the font size if you struggle with the small print, the charity advises.',
        'Listen to this: the council voted to keep every library open.',
      ],
    },
  },
  {
    // The footer a wiki prints under every page (MediaWiki's wording in the packs'
    // languages): where the page was taken from, when it was last edited, its hidden
    // categories. None of it is the page's text.
    id: 'nav/wiki-footer',
    label: 'chrome',
    pattern:
      /^(?:(?:retrieved from|abgerufen von|récupérée de|obtenido de|obtido em|obtida de|estratto da)\s?["“„«]?\s?https?:\/\/\S+?\s?["”“»]?|(?:this page was last (?:edited|modified) on|diese seite wurde zuletzt am|dernière modification de cette page le|esta página (?:se editó|fue editada) por última vez el|esta página foi (?:editada|modificada) pela última vez (?:às|em)|questa pagina è stata modificata per l'ultima volta il)\s.{4,80}|(?:hidden categories|versteckte kategorien?|catégories cachées|categorías ocultas|categorias ocultas|categorie nascoste)\s?:.{0,400})$/iu,
    weight: 4,
    maxLength: 500,
    reason: "a wiki's page footer",
    examples: {
      match: [
        'Retrieved from "https://wiki.example.org/w/index.php?title=Freedonia&oldid=1234567"',
        'Abgerufen von „https://de.wiki.example/w/index.php?title=Freedonia&oldid=7654321“',
        'This page was last edited on 3 March 2024, at 09:12 (UTC).',
        'Diese Seite wurde zuletzt am 3. März 2024 um 09:12 Uhr bearbeitet.',
        'Hidden categories: Articles with short description, Use dmy dates from May 2024',
      ],
      noMatch: [
        'The papers were retrieved from the archive in 1998, the historian said.',
        'This page was last edited by the minister herself, her office confirmed on Tuesday.',
      ],
    },
  },
];
