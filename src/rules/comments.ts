import type { RuleSpec } from '../types.js';

/** Comment sections and reader-interaction widgets. */
export const commentRules: RuleSpec[] = [
  {
    id: 'comments/widget',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:\d+\s)?(?:comments?|\d+comments?|reader comments|(?:show|view|read|load|loading|see|hide|expand|add|post|leave|write)(?: all| more)?(?: \d+)? (?:comments?|a comment|a reply|your comment|replies)|comments? \(\d+\)|\d+ (?:comments?|replies)|there (?:are|is) (?:\d+|no|one) (?:comments?|responses?|replies)(?: so far| yet)?|no (?:comments|responses|replies)(?: yet| so far)?|no comment (?:yet|so far)|one (?:comment|response|reply)|cancel reply|join (?:the )?(?:conversation|discussion|debate)|start (?:a|the) conversation|be the first to comment|have your say|what do you think\??|reply|report(?: abuse| comment)?|(?:up|down)vote|sort by(?::? \w+)?|newest(?: first)?|oldest(?: first)?|most liked|comment as (?:a )?guest|(?:jump|skip|go) to (?:the )?comments(?: section)?|flag|conversation|discussion|comment policy|(?:read |see )?(?:our )?community (?:guidelines|standards|rules))(?:[.:]\s(?:click|tap) (?:here )?to (?:view|read|see|show|load|join) (?:the |all )?(?:comments?|replies|conversation|discussion))?(?:\.{3}|…|[+:.!])?$/iu,
    weight: 4,
    reason: 'a comment-section widget',
    examples: {
      match: [
        'See our community standards',
        'Sort by: Newest',
        'Loading comments...',
        'Comments',
        '12 Comments',
        'Join the conversation',
        'Start a Conversation',
        'Show Comments',
        'Leave a comment',
        '48Comments. Click to view comments',
        '7 comments: tap to join the conversation',
        'There are 13 comments',
        'No comments yet',
        'One comment',
        'Cancel reply',
      ],
      noMatch: [
        'Comments from the minister angered farmers.',
        'There are no comments from the ministry on the plan so far.',
        'No comment.',
        'Comments. Click to view the full ruling, the court said in its notice to the parties.',
      ],
    },
  },
  {
    id: 'comments/policy',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\b(?:comments (?:are|have been) (?:closed|moderated|disabled)|commenting (?:is|has been) (?:closed|disabled|turned off|not available)|(?:the )?opinions expressed (?:in|by) (?:reader )?comments|civil (?:forum|discussion|conversation)|we (?:want|would like|(?:'|’)d like) to hear (?:what you think|from you)|(?:submit|send|write) a letter to the editor|letters@)\b/iu,
    weight: 4,
    reason: 'a comment policy or letters prompt',
    examples: {
      match: [
        'Commenting is closed for this article',
        'Comments are closed.',
        'We want to hear what you think about this article. Submit a letter to the editor.',
      ],
      noMatch: ['Comments were made at the summit.'],
    },
    maxLength: 400,
  },
  {
    id: 'comments/moderation-notice',
    label: 'chrome',
    pattern:
      /^(?:(?:attention|note|atenção|atencao|atención|aviso|nota|importante|avis|achtung|hinweis)\s?:\s?)?(?:(?:the|our|reader|os|los|les|i|die) )?(?:comments?|comentários?|comentarios?|commentaires?|commenti|kommentare)\b.{0,200}?\b(?:will not be (?:approved|published|posted)|will be (?:moderated|removed|deleted)|não serão (?:aprovados|publicados)|serão (?:moderados|removidos|excluídos)|no serán (?:aprobados|publicados)|serán (?:moderados|eliminados|borrados)|ne seront pas (?:publiés|validés)|seront (?:modérés|supprimés)|non saranno (?:pubblicati|approvati)|saranno (?:moderati|rimossi|cancellati)|werden (?:nicht )?(?:freigeschaltet|moderiert|gelöscht))\b.{0,160}$/iu,
    weight: 4.5,
    maxLength: 450,
    reason: 'a notice on how reader comments are moderated',
    examples: {
      match: [
        'Note: comments with insults or spam will not be approved.',
        'ATENÇÃO: Comentários ofensivos ou fora do tema não serão publicados pela equipe.',
        'Los comentarios que incumplan las normas serán eliminados por el moderador.',
        'Kommentare mit Beleidigungen werden nicht freigeschaltet.',
      ],
      noMatch: [
        'Comments from the minister angered farmers at the summit, and a judge will be moderating the talks.',
        'The comments will be published in full on Friday, the spokesman said.',
      ],
    },
  },
  {
    id: 'comments/thread-heading',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:\d+|one|two|three) (?:responses?|replies|comments?|thoughts?|reactions?) (?:to|on) [“"«‘'].{1,160}$/iu,
    weight: 4,
    reason: 'the heading of a comment thread',
    examples: {
      match: ['34 responses to “A night to forget”', '2 thoughts on “Week 12 rankings”'],
      noMatch: ['Two responses to the crisis emerged in Brussels.'],
    },
  },
  {
    id: 'comments/author-says',
    label: 'chrome',
    languages: ['en'],
    pattern: /^[\p{L}\p{N}._' -]{1,40} (?:says|writes|replied|wrote):$/u,
    weight: 3,
    reason: 'a commenter name above a comment',
    examples: {
      match: ['thelastchargersfan says:', 'Bob. Just Bob. says:'],
      noMatch: ['The statement said:', 'Her lawyer says the case is closed.'],
    },
  },
  {
    id: 'comments/author-dated',
    label: 'chrome',
    languages: ['en'],
    // WordPress's own comment header: the name, when it was posted, then "said:". "said" alone
    // is left to prose ("The statement said:"); the date and clock time make it a comment.
    pattern:
      /^[\p{L}\p{N}._' ()-]{1,40} on [\p{L}\p{N}.,/ -]{4,30}? at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)? (?:says|said|writes|wrote|replied):?$/iu,
    // The clock time holds a digit: lines without one are not tried (most prose with " on ").
    needsDigit: true,
    weight: 3,
    reason: 'a commenter name and posting time above a comment',
    examples: {
      match: [
        'Priya K on March 3, 2021 at 9:15 am said:',
        'Tom (Site editor) on 12 June 2019 at 18:02 said:',
        'marco_b on 2020-01-05 at 7:40 PM wrote:',
      ],
      noMatch: [
        'The minister on Monday at 9:30 said the talks had failed.',
        'The statement said:',
        'Police on March 3 at 9:15 am said:the suspect fled',
      ],
    },
  },
  {
    id: 'comments/participants',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^\d[\d,]*(?: comments?)?(?: with \d[\d,]*)? (?:posters?|readers?|users?|people|members?) participating$/iu,
    weight: 4,
    reason: 'a comment-thread count',
    examples: {
      match: ['57 with 31 posters participating', '12 comments with 9 readers participating'],
      noMatch: ['57 people participating in the study fell ill.'],
    },
  },
  {
    id: 'comments/join-prompt',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:want to|would you like to|care to|why not) (?:join|start|continue) (?:the|a|this) (?:discussion|conversation|debate)\s?[?.!]?$/iu,
    weight: 4,
    reason: 'an invitation to the comments',
    examples: {
      match: ['Want to join the conversation?', 'Would you like to start a conversation?'],
      noMatch: ['Want to join the army? Read this first.'],
    },
  },
  {
    // An invitation to the site's own forum or community, not a story about one.
    id: 'comments/join-forum',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^join (?:our|the) (?:[\p{L}\p{N}&'’-]+ ){0,3}(?:forums?|community|discussion boards?|message boards?)(?: (?:to|and|for|on|at)\b.{0,160}|\s?[.!]?)$/iu,
    weight: 4,
    reason: 'an invitation to the site forum',
    examples: {
      match: [
        'Join our Gardening Forums to swap tips with other growers!',
        'Join the community and share your photos.',
        'Join our forum',
      ],
      noMatch: [
        'Join the community garden on Saturdays, the organisers said.',
        'Joining the forum was the best decision she made, she said.',
      ],
    },
  },
  {
    // The buttons of a discussion widget: "All replies", "Show all threads", "View 12 replies".
    id: 'comments/thread-buttons',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:all (?:replies|comments|threads|discussions|responses)|(?:show|view|see|load|read|hide) (?:all |more |other |the |older |newer )?(?:\d[\d,.]* )?(?:replies|comments|threads|discussions|responses)(?: \(\d[\d,.]*\))?)(?:\s?[-–—|]\s?(?:join|start) the (?:discussion|conversation|debate))?[.:]?$/iu,
    weight: 4,
    reason: 'a button of the comments widget',
    examples: {
      match: [
        'All replies',
        'Show all threads',
        'View 12 replies',
        'Hide replies',
        'See all comments (48)',
        'Read comments – Join the conversation',
      ],
      noMatch: ['All comments were removed by the moderators on Friday.'],
    },
  },
  {
    id: 'comments/count-link',
    label: 'chrome',
    languages: ['en'],
    pattern: /^(?:see|view|read|show|load|jump to) (?:all )?(?:the )?comments?\s?\(\d[\d,]*\)$/iu,
    weight: 4,
    reason: 'a link to the comments with their count',
    examples: {
      match: ['See all comments (12)', 'View comments (3)'],
      noMatch: ['See all comments before posting.'],
    },
  },
  {
    id: 'rating/widget',
    label: 'chrome',
    // A star-rating box (recipes, reviews, reader polls): its prompt, the stars, the score with
    // its count. Each part is alone on its line; a sentence that rates something is prose.
    pattern:
      /^(?:(?:was|did you find|is|was this|how (?:useful|helpful) (?:was|is|did you find)) this (?:article|story|page|information|answer|post|guide)(?: (?:useful|helpful|interesting|informative))?\s?\?|(?:was|did you find) this (?:article|story|page|information|answer|post|guide) (?:useful|helpful|interesting|informative)|(?:give|send|share) (?:us )?(?:your )?feedback(?: on this (?:article|story|page))?|(?:rate|review) this (?:recipe|article|story|post|product|page|dish)|rate this|your rating|leave a (?:rating|review)|no ratings yet|be the first to (?:rate|review)(?: this (?:recipe|article|product))?|average rating:?\s?\d(?:[.,]\d{1,2})?(?:\s?(?:\/|out of)\s?5)?|(?:dieses )?rezept bewerten|(?:jetzt )?bewerten|bewertung abgeben|(?:noter|notez|évaluez|évaluer) cette recette|donnez votre avis|(?:valora|califica|puntúa) esta receta|(?:vota|valuta) questa ricetta)[.:!]?$|^[★☆✩✪⭐]{3,5}(?:\s?\d(?:[.,]\d{1,2})?(?:\s?(?:\/|out of|von|sur|de|su)\s?5)?)?(?:\s?\(?\d[\d,.]*\s?(?:ratings?|reviews?|votes?)?\)?)?$|^\d(?:[.,]\d{1,2})?(?:\s?(?:\/|out of|von|sur|de|su)\s?5(?: stars?| sternen| étoiles| estrellas| stelle)?)?\s?\(\d[\d,.]*\s?(?:ratings?|reviews?|votes?|bewertungen|stimmen|avis|notes|valoraciones|reseñas|votos|recensioni|voti)\)$|^\d(?:[.,]\d)? (?:out of|von|sur|de|su) 5 (?:stars?|sternen|étoiles|estrellas|stelle)$|^\(?\d[\d,.]*\s(?:ratings?|reviews?|votes?|bewertungen|avis|valoraciones|reseñas|recensioni)\)?$/iu,
    weight: 4,
    reason: 'a star-rating widget: its prompt, stars or score',
    examples: {
      match: [
        'Rate this recipe',
        '★★★★☆',
        '★★★★★ 4.8 (96)',
        '4.6 (212 ratings)',
        '4,3 von 5 Sternen',
        '(1,024 reviews)',
        'Rezept bewerten',
        'Notez cette recette',
        'No ratings yet',
        'Did you find this article useful?',
        'Was this page helpful?',
      ],
      noMatch: [
        'Rate this recipe by how long it takes, one reader suggested.',
        'Was this story true? Nobody in the village could say.',
        '4.6 million people watched the final.',
        'Critics gave the show four out of 5 stars in most reviews.',
      ],
    },
  },
  {
    id: 'comments/blog-form',
    label: 'chrome',
    pattern:
      /^(?:save my name,? e-?mail,? and website in this browser for the next time i comment|your e-?mail address will not be published\.?(?: required fields are marked \*)?|required fields are marked \*|notify me of (?:follow-up comments|new posts|new comments|replies) (?:by|via) e-?mail|leave a reply(?: cancel reply)?|this (?:site|blog|website) uses [\p{L}]+ to (?:reduce|fight|prevent|block|filter) spam\.?(?: learn how your (?:comment )?data is processed)?|(?:your )?(?:name|e-?mail|comment|message)\s?\*|(?:name|e-?mail|website)\s?\((?:required|optional)\)|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\.?(?: erforderliche felder sind mit \* markiert)?|speichere meinen namen, meine e-mail-adresse und meine website in diesem browser, bis ich wieder kommentiere|votre adresse (?:e-mail|de messagerie) ne sera pas publiée\.?(?: les champs obligatoires sont indiqués avec \*)?|enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire|tu dirección de correo electrónico no será publicada\.?(?: los campos obligatorios están marcados con \*)?|guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente)\.?$/iu,
    weight: 4,
    reason: "a blog's comment form (the e-mail notice, the save-my-name box, the reply heading)",
    examples: {
      match: [
        'Save my name, e-mail and website in this browser for the next time I comment',
        'Your e-mail address will not be published.',
        'Notify me of follow-up comments via e-mail',
        'Leave a Reply Cancel reply',
        'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
        'Votre adresse e-mail ne sera pas publiée.',
        'This blog uses Akismet to fight spam.',
        'Name *',
        'Email (required)',
      ],
      noMatch: [
        'Your email address will not be published in the register, the council promised.',
        'Leave a reply on the form if you want a callback, the clinic said.',
        'Name',
      ],
    },
  },
];
