import type { RuleSpec } from '../types.js';

/** Shortest phrase taken for a doubled link title: shorter repeats ("Yes yes yes") are prose. */
const DOUBLED_PHRASE_MIN_CHARS = 12;

/**
 * A line that is one phrase said two to four times over, as a scraper writes a teaser whose
 * picture, heading and link carry the same title ("How to Save Money How to Save Money").
 * The phrase must have three words or more.
 */
export function isDoubledPhrase(line: string): boolean {
  const text = line.trim();
  for (let times = 2; times <= 4; times++) {
    const size = (text.length - (times - 1)) / times;
    if (!Number.isInteger(size) || size < DOUBLED_PHRASE_MIN_CHARS) continue;
    if (saysPhraseTimes(text, size, times)) return true;
  }
  return false;
}

/**
 * The predicate runs on every short line, and about half of them have a length that fits:
 * the repeat is compared first, in place, and the words are only counted once it holds.
 */
function saysPhraseTimes(text: string, size: number, times: number): boolean {
  // A repeat starts with the phrase's first character: most lines fail here, before a slice.
  if (text.charCodeAt(size + 1) !== text.charCodeAt(0)) return false;
  const phrase = text.slice(0, size);
  for (let k = 1; k < times; k++) {
    const at = k * (size + 1);
    if (!/\s/.test(text.charAt(at - 1)) || !text.startsWith(phrase, at)) return false;
  }
  return phrase.trim().split(/\s+/).length >= 3;
}

/**
 * How a sentence (or a label) ends: what /[.!?:]$/ looks for, read from the last character
 * (the regex tried every full stop of a long line before it reached the end).
 */
const SENTENCE_END = '.!?:';

/** Fewest items of a keyword list, and most words in one item. */
const KEYWORD_ITEMS = 5;
const KEYWORD_ITEM_WORDS = 6;
/** Share of the items that carry the list's common word. */
const KEYWORD_SHARE = 0.8;

/**
 * A line of search keywords a page prints for search engines: five or more short
 * comma-separated phrases, nearly all of them carrying the same word ("ferry times, ferry
 * fares, ferry timetable 2024, …"). A list in a sentence names different things, and ends
 * like a sentence.
 */
export function isKeywordList(line: string): boolean {
  const text = line.trim();
  // Cheap refusals first: this runs on every line.
  if (text.indexOf(',') < 0 || SENTENCE_END.includes(text.charAt(text.length - 1))) return false;
  const items = text.split(/\s*,\s*/);
  if (items.length < KEYWORD_ITEMS) return false;
  const uses = new Map<string, number>();
  for (const item of items) {
    const words = item
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((word) => word.length > 0);
    if (words.length === 0 || words.length > KEYWORD_ITEM_WORDS) return false;
    for (const word of new Set(words)) if (word.length >= 3) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  let most = 0;
  for (const count of uses.values()) most = Math.max(most, count);
  return most >= KEYWORD_SHARE * items.length;
}

/** "Also read", "Read more", related-story headings and teaser prefixes. */
export const relatedRules: RuleSpec[] = [
  {
    id: 'related/read-also',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^[[(]?\s*(?:(?:also read|read also|read more|more reading|read next|next read|read|also see|see also|related|related (?:story|stories|articles?|content|coverage|reading|news|links?|topics?|video)|more on (?:this|that)(?: story| topic)?|don(?:'|’)t miss|must read|recommended(?: reading)?|also on \w+|further reading|more coverage|for more(?:,? (?:read|see|on (?:this|that)(?: story| topic)?))?)\s*(?::|\||–|—|-|>>?|»|→)\s*|(?:more|also|watch|listen|video|photos?|gallery|explainer|opinion|analysis|live|latest|breaking|in depth|in pictures|previously|catch up)\s*(?::|\||–|—|-|>>?|»|→)\s*(?!.{0,220}[\p{L}\p{N})”"’'»]\.$))(?!.{0,60}\b(?:reuters|ap|afp|getty images|getty|epa|dpa|ansa|efe|pti|ians|ani|xinhua|shutterstock|alamy|istock|imago)[^\p{L}]*$)\S.{0,220}$/iu,
    weight: 4,
    reason: 'a link to another story (Also read, Read more, Related)',
    examples: {
      match: [
        'Also Read: Sensex rises 300 points',
        'READ MORE | Markets rally',
        '[Read: Why the bridge failed]',
        'Related: Strike planned at O’Hare',
        'More: Flagship to launch in March',
        'WATCH: The moment the roof fell',
        'For more, read: Ferry operator doubles its summer timetable',
      ],
      noMatch: [
        'Read the signs: the economy is slowing, she wrote.',
        'Also, the mayor said the budget would be balanced by June.',
        'For more than a decade: that is how long the pier has been closed.',
        'Photo: Reuters',
        'Video: Jane Roe/AP',
        'Watch: the moment the bridge fell was filmed by a passer-by.',
        'Latest: police have closed the road in both directions.',
      ],
    },
  },
  {
    // The site's domain stands where the colon would: "Also on example.org Council approves …".
    id: 'related/also-on-site',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:also|more|read more|also read) on (?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,12}\s+\S.{10,220}$/iu,
    weight: 4,
    reason: 'a link to another story on a site, named by its domain ("Also on example.org …")',
    examples: {
      match: [
        'Also on harbourtimes.co.uk Council approves the new ferry terminal after a long fight',
        'More on valleypost.com Why the bridge repairs will take another year',
      ],
      noMatch: [
        'Also on Tuesday, the council approved the new ferry terminal after a long fight.',
        'Also on the agenda is the ferry terminal, which the council will vote on next week.',
      ],
    },
  },
  {
    // A link to an agency's or site's wider coverage ("Follow AP's coverage of the election at …").
    id: 'related/coverage-link',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:[Ff]ollow|[Ff]ind|[Ss]ee|[Rr]ead|[Gg]et|[Mm]ore) (?:more |all |the latest )?(?:of )?(?:the )?(?:\p{Lu}[\p{L}&.'’-]*\s){1,3}(?:full |latest |complete |live |ongoing )?coverage (?:of|on|at)\b.{1,160}$/u,
    weight: 4,
    reason: 'a link to the wider coverage of the story',
    examples: {
      match: [
        "Follow AP's coverage of the election at https://apnews.com/hub/election",
        'More AP coverage of the war: https://apnews.com/hub/war',
      ],
      noMatch: ['Read coverage of the trial was thin, the lawyer complained.'],
    },
  },
  {
    // "… here" links to more of the site's stories or to a live page.
    id: 'related/more-here',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:find|follow|read|get|check out|see|catch|track)\b.{0,60}\b(?:latest|live|more|all|full)\b.{0,20}\b(?:news|updates|stories|coverage|headlines|story|blog)\b.{0,40}\bhere\.?$|^click here (?:for|to read|to see|to get|to follow|to know) (?:more|all|the latest|the full|our)\b.{0,60}$/iu,
    weight: 4,
    reason: 'a link to more stories or a live page',
    examples: {
      match: [
        'Find all the latest news on the elections here.',
        'Follow the LIVE updates here.',
        'Click here for more stories',
      ],
      noMatch: ['See all the latest news here and there, she joked, but nothing about the strike.'],
    },
  },
  {
    id: 'related/heading',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:related(?: stories| articles| content| coverage| news| links| posts| topics| videos?)?|more (?:stories|news|articles|videos|from [\w .&'’-]{1,40}|in [\w .&'’-]{1,30}|like this|to read|on this story|top stories|world|u\.s\.|us|politics|business|sports?|tech(?:nology)?|science|health|entertainment|opinion|lifestyle|culture|travel|local|national|international|money|markets|economy|style|food|arts|books|music|movies|tv|television|education|environment|climate)|(?:most|top) (?:read|popular|viewed|shared|commented|recent|stories|news)|trending(?: now| stories| news| topics)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading| videos)?|(?:editor(?:'|’)s|our|top) picks?|popular(?: now| stories| on [\w .'’-]{1,30})?|latest(?: news| stories| headlines| videos| from [\w .'’-]{1,30})?|read (?:next|more)|what to read next|further reading|keep reading|(?:explore|discover) more(?: stories| news| articles| from [\w .&'’-]{1,40}| in [\w .&'’-]{1,30})?|up next|next (?:story|article|up)|previous (?:story|article|post)|next post|around the web|from (?:around )?the web|(?:also|more) (?:in|on|from) [\w .&'’-]{1,40}|(?:sponsored )?stories (?:from|you may like)[\w .'’-]{0,30}|don(?:'|’)t miss(?: out| this| these)?|must reads?|(?:in|on) other news|elsewhere(?: on [\w .'’-]{1,30})?|visual stories|web stories|top videos?|watch (?:more|next|now)(?: videos?)?|(?:read )?more stories like this|in this (?:article|story)|(?:photo )?galler(?:y|ies)|videos?|podcasts?|topics?|tags?|keywords?|filed under|categories|themes|more about|see also|see more|view more|show more|load more|see all|view all|more (?:articles|stories|posts|columns) (?:from|by) [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})\s*(?:[:.>»›→]|\.\.\.|…)?$/iu,
    weight: 4,
    reason: 'a heading of a related-stories block',
    examples: {
      match: [
        'Explore more',
        'Discover more from The Valley Times',
        'In this article',
        'Watch more videos',
        'Related Stories',
        'More from Politics',
        'Most Read',
        'You may also like',
        'Recommended for you',
        'Visual Stories',
        'Tags:',
        'Up next',
        'You may also like...',
        'More Sports',
        'More articles from Dana Whitfield',
        'More U.S.',
        'See also',
        "Don't miss out",
      ],
      noMatch: [
        'Explore more of the coast this summer, the agency said.',
        'Trending downwards, the index closed at its lowest level since 2009.',
        'More science is needed before the drug is approved.',
      ],
    },
  },
  {
    // Its own family: one teaser among paragraphs is no section marker ("related" rules end the
    // article cheaply), the article may go on under it.
    id: 'teaser/bracket-tag',
    label: 'chrome',
    // Case-sensitive: the tag is in capitals; "[sic]" or "[laughs]" in a quote is not one.
    pattern: /^[^[\]]{12,200}\s\[\p{Lu}{3,12}(?:\s\p{Lu}{2,12})?\]$/u,
    weight: 3,
    reason: 'a link to another story tagged in brackets ("… [VIDEO]", "… [INSIGHT]")',
    examples: {
      match: [
        'Storm warning: rivers expected to burst their banks overnight [LATEST]',
        'Village fete cancelled after mystery illness [PICTURES]',
        'Ferry fares to rise again next spring [FULL STORY]',
      ],
      noMatch: [
        'He said the plan was "dead in the water [sic]" and walked out.',
        'The ministry said it would publish the report [in full] next week.',
        'Scores [LIVE]',
      ],
    },
  },
  {
    id: 'related/teaser-prefix',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:photos|pictures|video|videos|watch|listen|quiz|poll|podcast|live updates|live blog|gallery|slideshow|in pictures|in photos|explained|factbox)\s*[:|]\s*(?!.{0,160}[\p{L}\p{N})”"’'»]\.$)\S.{0,160}$/iu,
    weight: 3,
    reason: 'a teaser for a video, gallery or other page',
    examples: {
      match: ['PHOTOS: The city under snow', 'VIDEO | How the vote works'],
      noMatch: [
        'Photos taken that day show the crowd.',
        'Watch: the moment the bridge fell was filmed by a passer-by.',
      ],
    },
  },
  {
    id: 'related/end-of-article',
    label: 'chrome',
    pattern: /^(?:end of (?:the )?(?:article|story)|\(?end\)?|-?\s?30\s?-?|###|fin|ende|fine|fim)$/iu,
    weight: 3,
    reason: 'an end-of-article marker',
    examples: { match: ['end of article', '(END)', '###'], noMatch: ['The end of the war came in 1945.'] },
  },
  {
    id: 'related/picked-for-you',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:stories|articles|videos|reads) (?:chosen|picked|selected|recommended|curated) for you|must[- ]read stories|more on|more about this|read more about|more in this series|in case you missed it|you might have missed)[:.]?$/iu,
    weight: 4,
    reason: 'a heading of a recommended-stories block',
    examples: {
      match: ['Stories Chosen For You', 'Must Read Stories', 'More On:'],
      noMatch: ['More on that later, she said.'],
    },
  },
  {
    id: 'media/player-widget',
    label: 'chrome',
    pattern:
      /^(?:featured video|(?:listen to|watch) (?:the |our |this )?(?:podcast|video|episode|audio)|scroll down for (?:the )?video|video continues below|slideshow|gallery|photo gallery|image|images|photo|picture|video|watch video|play video|watch|listen|audio|podcast|play)(?:\s?\(\s?\d+\s?(?:images?|photos?|pictures?|slides?)\s?\)|\s\d{1,2}:\d{2}(?::\d{2})?|\s\d+\s(?:images?|photos?|slides?))?$|^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine) )?\d{1,3} (?:of|von|sur|de|di) \d{1,3}$|^(?:(?:video|audio|clip|episode|podcast) )?(?:duration|length|running time|runtime)\s?:?\s?\d{1,2}:\d{2}(?::\d{2})?(?: min(?:utes)?)?$/iu,
    weight: 3,
    reason: 'a media player or gallery widget',
    examples: {
      match: [
        'Slideshow ( 3 images )',
        'Featured Video',
        'Listen to the podcast',
        'Scroll down for video',
        'Watch video 02:17',
        'Image',
        'Gallery 12 photos',
        'Image 3 of 14',
        '2 of 9',
        'Bild 4 von 12',
        'Video duration 02:31',
        'Duration: 1:04:12',
      ],
      noMatch: [
        'Image is everything, he said.',
        '3 of 5 voters back the plan',
        'Duration of the strike: 14 days',
      ],
    },
  },
  {
    // The buttons around a picture or a gallery: its caption toggle, the photo shop, the
    // save-for-later bookmark, the countdown before the next slide.
    id: 'media/gallery-buttons',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:view|see|open|browse) (?:all |more |the )?(?:\d+ )?(?:photos|pictures|images|galleries|gallery|slideshow)(?:\s?\(\d{1,3}\s(?:photos|pictures|images|slides)\))?|add to (?:my |your )?(?:reading list|favou?rites|bookmarks)|buy (?:this )?(?:photo|print|image)|(?:hide|show|toggle|view) caption|caption|(?:image|media|video|photo|picture) caption|enlarge (?:this )?(?:image|photo|picture)|(?:tap|click|pinch) (?:here )?to (?:enlarge|expand|zoom)(?: (?:the )?(?:image|photo|picture|map|graphic))?|swipe (?:left |right |up )?(?:for|to see) (?:more|the next)(?: (?:photos|pictures|images|slides))?|(?:photo|image|picture|slide|foto|bild) \d{1,3}\s?(?:\/|of|von|de|di|sur)\s?\d{1,3}|embedded (?:video|content|tweet|post|media)|watch the (?:full |whole )?(?:video|interview|clip|report|segment) (?:below|above|here)|read later|save for later|save (?:this )?(?:article|story)|wait \d+ seconds? to continue)[.!]?$/iu,
    weight: 3,
    reason: 'a button of a picture or gallery',
    examples: {
      match: [
        'Watch the full interview below.',
        'Tap to enlarge',
        'Swipe for more photos',
        'Photo 3/10',
        'Image caption',
        'Media caption',
        'View Photos',
        'View gallery (8 photos)',
        'Add to reading list',
        'Buy Photo',
        'Caption',
        'Hide caption',
        'Read later',
        'Wait 1 second to continue.',
      ],
      noMatch: [
        'View photos of the flood on our gallery page, the mayor said.',
        'Caption contest winners',
        'Watch the full interview below the bridge, where the river is loudest, one fisherman told us.',
      ],
    },
  },
  {
    // media/gallery-buttons in the pack languages: open the gallery, play the video.
    id: 'media/gallery-buttons-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:die )?(?:bilder)?galerie (?:ansehen|öffnen|starten)|(?:alle )?bilder (?:ansehen|anzeigen)|video (?:abspielen|ansehen|starten)|(?:voir|ouvrir) (?:la |le |les )?(?:galerie|diaporama|photos?)(?: photos?)?|(?:lire|voir|regarder) la vidéo|(?:ver|abrir) (?:la |las )?(?:galería|fotos|imágenes)(?: de fotos| completa)?|(?:reproducir|ver) (?:el )?vídeo|(?:guarda|apri|sfoglia) (?:la )?(?:gallery|galleria|fotogallery)|(?:guarda|riproduci|avvia) (?:il )?video|(?:ver|abrir) (?:a )?(?:galeria|fotos)(?: de fotos| completa)?|(?:assistir|ver|assista) (?:ao |o )?vídeo)(?:\s?\(\d{1,3}\s?(?:fotos?|photos?|bilder|immagini|imágenes)\))?[.!]?$/iu,
    weight: 3,
    reason: 'a button of a picture gallery or video',
    examples: {
      match: [
        'Bildergalerie ansehen',
        'Video abspielen',
        'Voir la galerie photos',
        'Lire la vidéo',
        'Ver galería',
        'Reproducir vídeo',
        'Guarda la gallery',
        'Riproduci video',
        'Ver galeria (12 fotos)',
        'Assistir ao vídeo',
      ],
      noMatch: ['Ver galería de arte era su pasión, contó su hermana.'],
    },
  },
  {
    id: 'media/player-settings',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:this is a modal window|close (?:this )?modal (?:window|dialog)|beginning of dialog window\..{0,80}|end of dialog window|escape will cancel and close the window|(?:closed )?captions? settings(?:, opens captions settings dialog)?|(?:closed )?captions? (?:not available|off(?:, selected)?)|captions will look like this|video quality|playback (?:rate|speed)|text edge style|font family|(?:text|background|window|caption area) (?:colou?r|opacity)|\d{1,3}% \((?:transparency|opaque)\)|semi-transparent|reset restore all settings to the default values|current time \d+:\d{2}|duration(?: time)? \d+:\d{2}|remaining time -?\d+:\d{2}|stream type live|seek to live, currently (?:behind|playing) live|(?:loaded|progress): \d+(?:\.\d+)?%|no compatible source was found for this media|the media could not be loaded\b.{0,160})[.!]?$/iu,
    weight: 4,
    reason: "a video player's controls or caption settings rendered as text",
    examples: {
      match: [
        'This is a modal window.',
        'Beginning of dialog window. Press Escape to leave it.',
        'Closed Caption Settings',
        'Captions off, selected',
        '50% (transparency)',
        'Current Time 0:00',
        'Loaded: 0%',
        'Text Edge Style',
      ],
      noMatch: [
        'Video quality has improved on every network since the upgrade, the regulator said.',
        'Font size matters less than contrast for older readers, the study found.',
      ],
    },
  },
  {
    id: 'nav/reprint-link',
    label: 'chrome',
    // English button text, which sites in other languages print as it is ("ORDER REPRINT →"
    // on a Spanish page): a whole line of it is never prose.
    languages: ['*'],
    pattern:
      /^(?:order|buy|request|purchase) (?:a )?(?:reprints?|licensing|permissions?)(?: (?:of|for) this (?:story|article))?\.?\s?[→»›>]?$|^(?:republish|reprint) (?:this )?(?:article|story|post)$|^(?:read|open|view) (?:the )?(?:full )?(?:article|story)$/iu,
    weight: 3,
    reason: 'a reprint or read-article link',
    examples: {
      match: ['Order Reprint of this Story', 'Read article', 'ORDER REPRINT →', 'Republish this article'],
      noMatch: ['Order was restored by the evening.'],
    },
  },
  {
    // A pointer from the story to the site's other coverage ("Follow our coverage of the
    // election at …", "More stories like this are available on …") and the reuse links under
    // it. It speaks of the coverage, not of the events.
    id: 'related/coverage-pointer',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:follow|read|see|find|get) (?:all of )?(?:our|the [\p{L}'’]+|[\p{L}'’]+['’]s) (?:full |latest |ongoing |complete |live )?coverage (?:of|on)\s.{1,80}\s(?:at|on|here)(?:\s.{0,120})?$|^more (?:stories|articles|news|coverage|reports) like this (?:are|is) available (?:on|at)\s.{1,60}$|^(?:reuse|republish|license|syndicate) this (?:content|article|story|photo|image)$|^reprints?(?: (?:&|and) permissions)?$/iu,
    weight: 4,
    maxLength: 250,
    reason: "a pointer to the site's other coverage, or a reuse link",
    examples: {
      match: [
        'Follow our coverage of the elections at https://example.com/hub/elections',
        'More stories like this are available on example.com',
        'Reuse this content',
      ],
      noMatch: [
        'Follow the coverage of the trial on television and you would think the case was already decided.',
      ],
    },
  },
  {
    id: 'related/tag-list',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:filed (?:under|to(?=\s?:)|in)|posted in|categori[sz]ed (?:as|in|under)|tagged(?: with| as)?|topics|subjects|tags|keywords|in this (?:article|story)|related topics|more on these topics|categories|see more on|read more on|more about)\s?:\s[^.!?]{1,200}$|^(?:filed (?:under|to(?=\s?:)|in)|posted in|categori[sz]ed (?:as|in|under)|tagged(?: with| as)?|topics|subjects|tags|keywords|in this (?:article|story)|related topics|more on these topics|categories)\s?:?\s[^.!?]{1,200}$|^explore more (?:on|about) (?:these|this|the) (?:topics?|subjects?|stories|issues?)$/iu,
    weight: 3.5,
    reason: 'a list of tags or topics',
    examples: {
      match: [
        'Explore more on these topics',
        'See more on: Elections, Transport',
        'Filed under: Science, Space, Mars',
        'Topics: housing, rents, city council',
        'In this article: phones, gadgets, reviews',
        'Filed under city budget , transit , schools',
        'Filed to: parks',
        'Subjects: Housing, Transport, Council budget',
        'Posted in Local News',
      ],
      noMatch: [
        'See more on the council website, residents were told.',
        'Topics ranged from housing to transit, and the debate ran late.',
        'Tags on the luggage were missing.',
      ],
    },
  },
  {
    // "More news from the region" over a list of teasers, in the pack languages. No full stop:
    // a sentence that begins the same way is prose.
    id: 'related/more-news-packs',
    label: 'chrome',
    pattern:
      /^(?:(?:mehr|weitere) (?:nachrichten|news|meldungen|artikel|themen) (?:aus|zu|zum|zur|über|von) [\p{L}\p{N} '’-]{2,40}|(?:plus d['’](?:actualités?|infos?|articles?)|d['’]autres (?:actualités|articles)|toute l['’]actualité) (?:de|du|des|sur|en) [\p{L}\p{N} '’-]{2,40}|(?:más|otras) (?:noticias|información|artículos) (?:de|del|sobre|en) [\p{L}\p{N} '’-]{2,40}|(?:altre|ultime) (?:notizie|news|articoli) (?:da|dal|dalla|dalle|di|del|della|su|sul|sulla|in) [\p{L}\p{N} '’-]{2,40}|(?:mais|outras) (?:notícias|artigos|matérias) (?:de|da|do|das|dos|sobre|em) [\p{L}\p{N} '’-]{2,40})$/iu,
    weight: 3.5,
    reason: 'heads a list of more stories from a section',
    examples: {
      match: [
        'Mehr Nachrichten aus der Region',
        "Plus d'actualités de la région",
        'Más noticias de la región',
        'Altre notizie dalla regione',
        'Mais notícias da região',
      ],
      noMatch: ['Más noticias de este tipo llegarán en las próximas semanas, según el ministerio.'],
    },
  },
  {
    // related/tag-list in the pack languages: the word for tags or topics, a colon, the list.
    id: 'related/tag-list-packs',
    label: 'chrome',
    pattern:
      /^(?:schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|stichworte|themen|mots[- ]cl(?:é|e)s|th(?:è|e)mes|sujets|etiquetas|temas|palabras clave|t(?:ó|o)picos|palavras-chave|marcadores|argomenti|parole chiave|temi|tag)\s?:\s[^.!?]{1,200}$|^(?:archivado en|publicado en|classé dans|publié dans|arquivado em|archiviato in|abgelegt unter|veröffentlicht in)\s?:?$/iu,
    weight: 3.5,
    reason: 'a list of tags or topics',
    examples: {
      match: [
        'Archivado en:',
        'Schlagwörter: Politik, Wirtschaft',
        'Mots-clés : politique, économie',
        'Etiquetas: política, economía',
        'Tópicos: política, economia',
        'Argomenti: politica, economia',
      ],
      noMatch: [
        'Themen wie Rente und Pflege bestimmten den Wahlkampf.',
        'Temas: la reunión duró tres horas y terminó sin acuerdo.',
      ],
    },
  },
  {
    id: 'related/section-heading',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:(?:most (?:read|popular|viewed|shared|watched|emailed|commented)|more|other|latest|top|trending|recent|related|featured)\s(?:[\p{L}&'’-]+\s){0,2}(?:stories|articles|news|columns|posts|videos|headlines|reads|reviews|features)|more (?:about|on|in|from) [\p{L}&'’-]+(?: [\p{L}&'’-]+)?|(?:see|view|show) (?:more|all)(?: [\p{L}]+){0,2}\s?[►▶»›>→]+|[\p{L}.&'’-]+(?: [\p{L}.&'’-]+)? recommends|(?:audios?|videos?|photos?|podcasts?) and (?:audios?|videos?|photos?|podcasts?) on (?:the|this) (?:topic|subject|story))\s?[:►▶»›>→]?$/iu,
    weight: 3.5,
    reason: 'a heading of a block of other stories',
    examples: {
      match: [
        'Most Read Travel Stories',
        'Other Opinion Columns',
        'More about laptops',
        'See more latest ►',
        'Newsroom Recommends',
        'Videos and photos on the topic',
      ],
      noMatch: [
        'More stories like hers are emerging across the region.',
        'Other columns of the temple collapsed in the quake.',
        'The doctor recommends rest.',
      ],
    },
  },
  {
    id: 'related/other-languages-heading',
    label: 'chrome',
    pattern:
      /^(?:související(?: články| zprávy)?|čtěte (?:také|též|více)|lue (?:myös|lisää|aiheesta lisää|lisää aiheesta)|lisää aiheesta|aiheesta lisää|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|läs (?:också|mer)(?: om)?|relaterat|relaterte saker|lees (?:ook|meer)|gerelateerd|ilgili haberler|相关(?:新闻|阅读|文章|报道)|延伸阅读|推荐阅读|関連記事|関連ニュース|читайте (?:также|ещё|еще)|смотрите также|см\. также|похожие (?:статьи|новости|материалы|публикации)|(?:вам )?(?:также )?(?:может быть|будет) интересно|рекомендуем(?: прочитать| почитать)?|по теме|другие (?:новости|статьи|материалы))\s?:?$/iu,
    weight: 4,
    reason: 'a related-stories heading in another language',
    examples: {
      match: [
        'Související',
        'Lue aiheesta lisää:',
        'Czytaj także',
        'Läs också',
        '相关新闻',
        'Читайте также',
        'Похожие новости',
        'Вам может быть интересно',
      ],
      noMatch: [
        'Související zprávy se objevily v pondělí večer na webu ministerstva.',
        'Читайте также интервью с мэром города на нашем сайте в понедельник.',
      ],
    },
  },
  {
    id: 'related/keyword-list',
    label: 'chrome',
    predicate: isKeywordList,
    weight: 4,
    maxLength: 500,
    reason: 'a list of search keywords',
    examples: {
      match: [
        'ferry times, ferry fares, ferry timetable 2024, ferry to the island, harbour ferry, night ferry',
        'Fahrplan Fähre, Fähre Sylt, Fähre Preise, Fähre Hunde, Fähre Winter',
      ],
      noMatch: [
        'The ferry, the bus, the tram and the train all run late on Sundays, the council said.',
        'Anna, Ben, Carla, Dev and Emil all signed the letter',
        'Oslo, Bergen, Trondheim, Stavanger, Tromsø',
      ],
    },
  },
  {
    id: 'related/doubled-title',
    label: 'chrome',
    predicate: isDoubledPhrase,
    weight: 4,
    reason: 'a teaser title said twice or more (its picture, heading and link text)',
    examples: {
      match: [
        'Five Ways to Cut Your Energy Bill Five Ways to Cut Your Energy Bill',
        'Warum die Mieten steigen Warum die Mieten steigen Warum die Mieten steigen',
        'Les meilleures offres du week-end Les meilleures offres du week-end',
      ],
      noMatch: [
        'Five ways to cut your energy bill, and five more to cut your water bill.',
        'Bye bye bye bye',
        'New York, New York',
      ],
    },
  },
  {
    // A teaser's summary cut short with an ellipsis, its "Read more" link glued on: the
    // article's own paragraphs are not cut, and do not end with a link.
    id: 'teaser/cut-summary',
    label: 'chrome',
    pattern:
      /(?:…|\.\.\.)\s?(?:read more|read full (?:story|article)|continue reading|keep reading|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|leia mais|continue lendo|continua a leggere|leggi tutto)(?:\s?(?:read more|weiterlesen|lire la suite|leer más|leia mais|leggi tutto))?\s?[»›>→]?$/iu,
    weight: 4,
    maxLength: 500,
    reason: 'a teaser summary cut short, with its read-more link',
    examples: {
      match: [
        'Three towns have cut their bus routes this winter, and more may follow as fuel costs… Read more',
        'Le conseil municipal a voté hier soir un budget qui prévoit… Lire la suite',
        'The festival returns in June with a longer programme... Read more Read more',
      ],
      noMatch: [
        'She paused… and then read more of the letter aloud.',
        'Read more about the festival in our guide.',
      ],
    },
  },
];
