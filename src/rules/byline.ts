import type { RuleSpec } from '../types.js';

/** Author lines, author bios, contact lines, contributor notes and reading-time lines. */
export const bylineRules: RuleSpec[] = [
  {
    id: 'byline/by-author',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^[Bb][Yy]:?\s?(?!(?:the|a|an|this|that|these|those|then|now|far|contrast|comparison|all|some|most|many|mid|late|early|noon|midnight|law|design|default|chance|car|train|air|bus|phone|email|mail|way|night|day|nature|definition|itself|himself|herself|themselves|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b)\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ,]{1,3}(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|&|de|da|van|von|der|den|del|la|le|di|du|dos|el|al|bin|ibn|y|e)){0,9}(?:\s?@[\w.]{2,30})?(?:\s?(?:[|•·,–—-]|\s(?:on|in|at|for|[Ll]ast [Uu]pdated|[Uu]pdated|[Pp]ublished))\s?(?:[^.!?]|\b[ap]\.m\.){0,60}\.?|\s(?=\d)[\d\s,:/.apmAPM]{1,30})?$/u,
    weight: 4,
    reason: 'an author line ("By …")',
    examples: {
      match: [
        'By Jane Doe',
        'By JANE DOE and JOHN ROE',
        'By Mara Velden • 03/02/21 9:05am',
        'by: Laurie Oakes',
        'By Lisa de Moraes',
        'By Tomas Riedl - Mar 4, 2021 at 8:40AM',
        'By Ana M. Ferreira June 14, 2019',
        'By Ana Ruiz , Tom Vale on Monday, March 4th, 2019 at 11:08 a.m.',
        'By Rosa Lind@rosalind Updated May 2, 2021, 9:15am EDT',
      ],
      noMatch: [
        'By the end of the day, the river had burst its banks.',
        'By Sunday the water had receded, officials said.',
        'By 2030, emissions must halve.',
      ],
    },
  },
  {
    id: 'byline/credit-verb',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?:written|posted|reported|researched|compiled|edited|produced|photographed|photography|illustrated|illustrations?|words|text|story|interview|translated(?: from (?:the )?\p{L}{3,20})?|graphics?|design|video shot\/edited|filed|curated|fact-?checked|(?:medically |clinically |legally |expert[- ])?reviewed) by:?\s(?!.{0,60},\s(?:the|a|an|it|he|she|they|this|his|her|its|their)\s).{1,100}$|^by$/iu,
    weight: 4,
    reason: 'a credit line ("Written by …")',
    examples: {
      match: [
        'Medically reviewed by Ana Ruiz, RN',
        'Written by Ana Ruiz',
        'Posted by admin',
        'Video shot/edited by Priya Ramaswamy.',
        'By',
        'Researched by: Ana Ruiz, Tom Vale',
        'Translated from the German by Anna Weber.',
      ],
      noMatch: [
        'Written by Nora Ephron, the film was a hit in 1989.',
        'Written on paper, the letter ran to nine pages and was never sent.',
      ],
    },
  },
  {
    id: 'byline/labelled-field',
    label: 'byline',
    pattern:
      /^(?:author|authors|writer|reporter|correspondent|columnist|contributor|editor|posted by|written by|published by|edited by|compiled by|reported by|source|sources|quelle|autor|autorin|auteur|autore|fuente|fonte|redaktion|लेखक|publish(?:ed)? date|date|datum|fecha)\s?:\s?.{0,80}$|^(?:author|authors|publish date|about the author|about the authors|more by this author|more from this author|view author archive|author archive|get author rss feed|contact the author|email the author|follow the author)[.:]?$/iu,
    weight: 4,
    reason: 'an author or date field',
    examples: {
      match: [
        'Redaktion: Anna Berg',
        'Published By: Riya Sharma',
        'Author: Julia Hitz (eg)',
        'Publish date:',
        'About the Author',
        'View author archive',
      ],
      noMatch: ['The author said she would write a sequel.'],
    },
  },
  {
    // A collaborator's credit in the Romance pack languages, with no colon.
    id: 'byline/collaboration',
    label: 'byline',
    pattern:
      /^(?:[Cc]on la colaboración de|[Cc]on la collaborazione di|[Hh]a collaborato|[Hh]anno collaborato|[Aa]vec la collaboration de|[Cc]om a colaboração de|[Cc]olaboraram?|[Cc]olaborou|[Ee]ntrevista (?:de|por|a cargo de))\s\p{Lu}[\p{L}\p{M}.'’-]+(?:[\s,]{1,2}(?:\p{Lu}[\p{L}\p{M}.'’-]+|y|e|et|de|da|di|del|dos)){0,9}\.?$/u,
    weight: 4,
    reason: 'a collaborator or interviewer credit ("Con la colaboración de …", "Entrevista de …")',
    examples: {
      match: [
        'Con la colaboración de Juan Pérez',
        'Ha collaborato Anna Bianchi',
        'Avec la collaboration de Léa Roy et Tom Vale',
        'Colaborou Carlos Teste',
        'Entrevista de Luis Prueba',
      ],
      noMatch: [
        'Con la colaboración de los vecinos, el ayuntamiento limpió la playa en dos días.',
        'Entrevista de trabajo: cinco errores que debes evitar',
      ],
    },
  },
  {
    // A credit names who reported, wrote or edited. Neither lookahead lets through a sentence
    // that only opens the same way: a participle phrase and its clause ("Edited by her sister,
    // the diaries …") or a noun and its verb ("Reporting by the newspaper prompted …").
    id: 'byline/reporting-by',
    label: 'byline',
    signsOff: true,
    pattern:
      /^[([]?\s?(?:reporting|writing|editing|additional reporting|compiled|research|production|graphics|fact-?checking|reporting and writing|written|edited) by\b(?!.{0,60},\s(?:the|a|an|it|he|she|they|this|his|her|its|their)\s)(?!\s(?:the|a|an|its|their|his|her|this) [\p{L}-]+(?: [\p{L}-]+)? [\p{L}]+ed\s).{0,300}$/iu,
    weight: 5,
    reason: 'a wire credit ("Reporting by …; Editing by …")',
    examples: {
      match: [
        '(Reporting by Ana Lopez; Editing by Tom Hall)',
        'Additional reporting by Jonah Whitfield.',
        'Reporting by Jo Lee in Seoul; Writing by Sam Wu',
      ],
      noMatch: [
        'Edited by her sister, the diaries appeared after her death.',
        'Reporting on the war is dangerous work.',
        'Reporting by the newspaper prompted an inquiry.',
      ],
    },
    maxLength: 500,
  },
  {
    id: 'byline/contributed',
    label: 'byline',
    signsOff: true,
    languages: ['en'],
    pattern:
      /\b(?:(?:contributed (?:to )?(?:this |the )?(?:report|story|article|reporting|coverage)|contributed reporting)(?=(?:\s(?:from|in|for|to)\s[^.;]{1,80})?[.;)\]]*\s?$|[;)]\s)|(?:writers?|reporters?|correspondents?|journalists?) [\p{L} .,'’-]{1,80} contributed(?=\.?$)|contributed from [\p{L} .,'’-]{1,40}\p{L}(?=\.?$))\b|(?:^[([—–-]*\s?|[.;(]\s?)(?:with|additional) (?:reporting|inputs?|assistance) from\b/iu,
    weight: 5,
    reason: 'a "… contributed to this report" note',
    examples: {
      match: [
        '-- CNN’s Bill Kirk contributed to this report.',
        'Associated Press writer Jo Ray contributed to this story.',
        '—AP writer Sam Lee contributed from Boston.',
        'Associated Press writers Sam Lee and Ann Wu contributed.',
        '-- With assistance from Tom Ruiz.',
        'Jane Doe contributed reporting from Paris.',
        '(Reporting by Jane Doe; Sam Lee contributed reporting)',
        'The minister resigned. Additional reporting from Ann Wu.',
      ],
      noMatch: [
        'She contributed $5,000 to the campaign.',
        'The Associated Press contributed reporting on the election results last week, the paper said.',
        'The film, made with reporting from three continents, opens on Friday.',
      ],
    },
    maxLength: 300,
  },
  {
    // A house byline that shares the story between the paper's own reporters and the wires:
    // "Staff and agencies", "From staff and wire reports".
    id: 'byline/staff-and-agencies',
    label: 'byline',
    signsOff: true,
    languages: ['en'],
    pattern:
      /^[([]?(?:from |by )?(?:(?:the |our )?[\p{L}.&'’-]+(?: [\p{L}.&'’-]+){0,2} )?(?:staff|correspondents?|reporters?|writers?|journalists|news desk|newsroom) (?:and|&|with|plus) (?:agencies|agency|wires|wire services|wire reports|news agencies|agency reports)[)\]]?\.?$|^[([]?(?:(?:compiled )?from )?(?:staff|wire|news service|agency) reports?[)\]]?\.?$|^[([]?(?:compiled )?from (?:wire|news) services[)\]]?\.?$/iu,
    weight: 5,
    reason: 'a byline shared between staff and the agencies',
    examples: {
      match: [
        'Staff and agencies',
        'Harbour Gazette staff and agencies',
        'From staff and wire reports',
        '(Our correspondent with agencies)',
        'From staff reports',
        'Staff report',
        'Compiled from wire services',
      ],
      noMatch: [
        'Hospital staff and agencies were stretched to breaking point over the winter.',
        'From staff reports to board minutes, the archive holds it all.',
      ],
    },
    maxLength: 80,
  },
  {
    id: 'byline/reading-time',
    label: 'byline',
    pattern:
      /^(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|(?:lectura|leitura|lettura|lecture) d[ei]|पढ़ने का समय)\s?:?\s?(?:ca\.?\s?)?\d+\s?(?:min(?:ute)?s?|min\.?|minuten|minutos|minuti|मिनट)?\.?|(?:ca\.?\s?)?\d+(?:\s|-)?(?:min(?:ute)?s?|min\.?|minuten|minutos|minuti|मिनट)\.?\s?(?:read|reading|de lectura|de leitura|di lettura|lesezeit|lesedauer|de lecture|lecture|(?:में )?पढ़ें)?)$/iu,
    weight: 5,
    reason: 'a reading-time line',
    examples: {
      match: [
        '3 मिनट में पढ़ें',
        '5 Min Read',
        '4-minute read',
        'Reading time: 3 minutes',
        '4 Min.',
        'Lesedauer ca. 10 Minuten',
        '9 min de lectura',
        'Lectura de 3 minutos',
        'Lettura di 4 minuti',
      ],
      noMatch: ['5 minutes later, the alarm rang.'],
    },
  },
  {
    // The bio of a desk rather than a person, under "About the author": who the desk is and
    // what it delivers. The journalists and what they deliver must both be named, so a
    // sentence about some newsroom's size stays body.
    id: 'byline/desk-bio',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?:the )?[\p{L}\p{N}.&'’ -]{1,40} (?:desk|team|bureau|newsroom) (?:comprises|consists of|is made up of|is a team of|brings together)\b.{0,120}\b(?:journalists|reporters|editors|writers)\b.{0,200}\b(?:deliver|bring|cover|curate|report)\w*\b.{0,200}$/iu,
    weight: 2.5,
    maxLength: 500,
    reason: 'the bio of the desk that wrote the story',
    examples: {
      match: [
        'The TOI News Desk comprises a dedicated team of journalists who work round the clock to deliver the latest news.',
      ],
      noMatch: ['The city newsroom comprises 12 reporters, down from 40 a decade ago, the union said.'],
    },
  },
  {
    id: 'byline/author-bio',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s[\p{L}\p{M}.'’()-]+){0,4} (?:is|was|has been) (?:(?:a|an|the|our)\s(?:[\p{L}'’-]+\s){0,5}|(?:\p{Lu}[\p{L}'’-]*\s){0,4}(?=\p{Lu}))(?:[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]orrespondent|[Cc]olumnist|[Jj]ournalist|[Aa]uthor|[Cc]ontributor|[Pp]roducer|[Cc]ritic|[Ff]ellow|[Pp]hotographer|[Aa]nchor|[Hh]ost|[Ii]ntern|[Aa]nalyst|[Bb]logger|[Nn]ovelist|[Hh]istorian)\b.{0,400}$/u,
    weight: 2.5,
    maxLength: 500,
    reason: 'an author bio',
    examples: {
      match: [
        'Jane Doe is a staff writer at the Daily Planet.',
        'Ana Ruiz is the paper’s Europe correspondent. Follow her on X.',
        'Sam Lee was a former Gadget World Editor-in-Chief and later ran the reviews desk.',
        'Mara Quist is Features Editor of the Valley Ledger.',
      ],
      noMatch: [
        'Jane Doe, who is a staff writer, was not hurt.',
        'Tom Vale was eliminated in what host Ann Bell called a tough week.',
      ],
    },
  },
  {
    // An author's bio closes with where to follow the author; the story's own paragraphs
    // quote a person's account, they do not send the reader to follow "him" or "her".
    id: 'byline/bio-follow',
    label: 'byline',
    languages: ['en'],
    pattern:
      /(?:^|[.!?]\s)follow (?:him|her|them|the author|the writer)(?: on| at| via) (?:twitter|x|instagram|bluesky|threads|mastodon|facebook|linkedin|tiktok)\b(?:[^.!?]|\.(?=\S)){0,100}[.!]?$/iu,
    weight: 3.5,
    maxLength: 400,
    reason: 'an author bio that ends with where to follow the author',
    examples: {
      match: [
        'Jo Bright writes about food for the Ledger. Follow her on Twitter @jobright.',
        'Lee and Park host a weekly film podcast. Follow them on Instagram or visit leepark.example.com.',
      ],
      noMatch: ['"Follow her on Instagram," the coach told the team, laughing.'],
    },
  },
  {
    // A bio that says what the author covers and ends with how to reach them: a sentence of
    // the story about a person does not send the reader to write to "her".
    id: 'byline/bio-contact',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:covers|reports on|writes about|writes on|edits|is (?:a|an|the|our) )[^.!?]{3,140}[.!]\s(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ww]rite to) (?:him|her|them|the author|the writer)(?: at|:| via| on)\s.{3,100}$/u,
    weight: 3.5,
    maxLength: 400,
    reason: 'an author bio that ends with how to reach the author',
    examples: {
      match: [
        'Ana Ruiz covers city hall for the Ledger. Reach her at ana@example.com.',
        'Tom Vale is a health reporter at the Gazette. Email him at tvale@example.org or call 555-0142.',
      ],
      noMatch: ['Ana Ruiz covers the trial for the network. Her producer said the hearing ran late.'],
    },
  },
  {
    // The title line under a contributor's name: "Associate professor of history at …"
    // (a sentence about a professor ends with a full stop; a title line does not).
    id: 'byline/academic-role',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?:(?:assistant|associate|adjunct|visiting|emeritus|full|senior|clinical|distinguished) )?(?:professor|lecturer|research fellow|fellow|researcher|postdoctoral researcher|phd candidate|doctoral candidate) (?:of|in|at) [\p{L}\p{M}\d ,&.'’()-]{3,100}(?<!\.)$/iu,
    weight: 2.5,
    reason: 'a contributor’s academic title',
    examples: {
      match: [
        'Associate professor of history at the University of Lakeside',
        'Research fellow in economics, Northfield Institute',
      ],
      noMatch: ['Professor of history at Lakeside since 1998, she retired last spring after a long illness.'],
    },
  },
  {
    id: 'byline/contact',
    label: 'byline',
    pattern:
      /^to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible for| on| of| for)? this (?:story|article|report)\s?:.{1,200}$|^follow (?:\p{L}[\p{L}'’.-]+ ){1,3}on (?:x|twitter|instagram|bluesky|threads|mastodon|linkedin|facebook)\s?:?\s?@[\w.]{1,30}$|^(?:(?:e-?mail|contact|tel|phone|call|write to)\s?(?:(?:him|her|them|the author|us|\p{L}[\p{L}'’.-]+(?: \p{L}[\p{L}'’.-]+){0,3})\s)?(?:at|:)?\s?)?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}\.?$|^(?:\+?\d[\d ().-]{7,16}\d)$|^(?:(?:media|press|investor|news|pr|editorial)(?: relations)? (?:contacts?|enquiries|inquiries)|contacts? for (?:the )?(?:media|press|journalists|investors)|(?:media|press) (?:contacts?|enquiries|inquiries) for [\p{L}\p{N} .&'’-]{1,40})\s?:?$|^[\w.'’ -]{1,40}:\s?(?:\d{3}[-. ]\d{3}[-. ]\d{4}|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})\b.{0,120}$/iu,
    weight: 3,
    reason: 'a contact address or phone number',
    examples: {
      match: [
        'To contact the reporter on this story: Jane Roe in London at jroe@example.net',
        'jane.doe@example.com',
        '305-376-2217',
        'Email her at jane@example.org',
        'Write to Jane Roe at jane.roe@example.com',
        'Follow Jane Roe on X: @janeroe',
        'Media Contact:',
        'Investor Relations Contacts',
      ],
      noMatch: ['Call 911 now.', 'Media contacts were cut off after the ministry closed its press office.'],
    },
  },
  {
    id: 'byline/reach-reporter',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?:reach|contact|e-?mail|write to|follow) (?:the )?(?:reporters?|writers?|authors?|columnists?|correspondents?|editors?)(?: on (?:twitter|x|social media|bluesky|mastodon))? (?:at|via|on)\b.{1,160}$/iu,
    weight: 3,
    reason: 'how to reach the reporter',
    examples: {
      match: [
        'Reach the reporter on Twitter at https://x.com/example_desk',
        'Contact the writers at newsdesk@example.org',
        'Follow the author on Bluesky at @someone.example',
      ],
      noMatch: ['Follow the writer of the letter, the detective said.', 'Reach the reporters before noon.'],
    },
  },
  {
    id: 'byline/beat-line',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:covers|writes about|reports on|reports for|is based in|edits)\s[^.!?,;]{2,80}\.?$/u,
    weight: 3,
    reason: 'an author tagline ("Jane Doe covers city hall.")',
    examples: {
      match: ['Ana Quintero covers city hall.', 'Oren Castellane writes about farming and the countryside.'],
      noMatch: [
        'The mayor covers the costs herself.',
        'Ana Quintero covers city hall, and she broke the story on Monday.',
      ],
    },
  },
  {
    // "Name, correspondent in Place" under a headline, in the packs' languages (English is
    // byline/role). The role closes the line, or a place does: a sentence goes on after it.
    id: 'byline/role-packs',
    label: 'byline',
    pattern:
      /^(?!(?:in|im|am|an|auf|bei|en|à|a|au|aux|dans|em|na|no|nos|nas|para|per|da|dal|nel|nella|con|mit|avec|der|die|das|le|la|les|el|los|las|il|lo|o|os|un|una|une|ein|eine)\s)[\p{L}'’.-]+(?: [\p{L}'’.-]+){1,3},\s(?:(?:unser[e]?|notre|nuestr[oa]|nostr[oa]|noss[oa])\s)?(?:(?:leitende[r]?|stellvertretende[r]?)\s)?(?:korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|journalist(?:in)?|chefredakteur(?:in)?|correspondante?|envoyée? spéciale?|journaliste|rédact(?:eur|rice)(?: en chef)?|corresponsal|enviad[oa] especial|periodista|redactor(?:a)?(?: jefe)?|inviat[oa](?: speciale)?|corrispondente|giornalista|redat(?:tore|trice)|correspondente|jornalista|repórter)(?:\s(?:in|für|aus|à|au|aux|en|em|no|na|nos|nas|a|da|de|per|pour|para)\s[\p{L}.'’ -]{2,40})?\.?$/iu,
    weight: 2.5,
    maxLength: 100,
    reason: 'an author name with the job title or the post it files from',
    examples: {
      match: [
        'Anna Schmidt, Korrespondentin in Paris',
        'Jean Dupont, correspondant à Berlin',
        'María García, corresponsal en Bruselas',
        'Marco Rossi, inviato a Kiev',
        'João Silva, correspondente em Lisboa',
        'Luc Martin, envoyé spécial',
      ],
      noMatch: [
        'Jean Dupont, correspondant à Berlin depuis 2010, a été expulsé.',
        'En París, el corresponsal',
        'Der Minister, ein früherer Journalist',
      ],
    },
  },
  {
    // The kind of piece and its author over an opinion or review page: "Analysis by Ana Ruiz".
    // Case-sensitive: only a name after "by" makes it a byline ("Analysis by the fund shows …"
    // is a sentence).
    id: 'byline/kind-by-author',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?:[Oo]pinion|OPINION|[Aa]nalysis|ANALYSIS|[Rr]eview|REVIEW|[Cc]ommentary|[Ee]ssay|[Cc]olumn|[Pp]erspective|[Gg]uest (?:[Cc]olumn|[Ee]ssay|[Pp]ost)|A column|An essay|A review|An analysis) by:?\s\p{Lu}[\p{L}\p{M}.'’-]+(?:\s(?:(?:de|da|van|von|del|der|la|le|di|du|bin|al)\s)?\p{Lu}[\p{L}\p{M}.'’-]+){1,3}(?:(?:,| and| &)\s\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3})*$/u,
    weight: 4,
    reason: 'the kind of piece and its author ("Opinion by …")',
    examples: {
      match: ['Opinion by Jane Doe', 'Analysis by John Roe and Ana Ruiz', 'A column by Tom Vale'],
      noMatch: ['Analysis by the fund shows growth slowing.', 'Review by Ofsted'],
    },
  },
  {
    // The paper's own staff as the byline: "Ledger Staff", "By Harbour Gazette staff". Case
    // matters: "Hospital staff" in a list of who was vaccinated first is the story's.
    id: 'byline/house-staff',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?!(?:Our|Meet|About|Contact|All|Join|Editorial|Support|Medical|Hospital|School)\s)(?:The )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2} Staff(?: Writers?| Reporters?)?$|^By (?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2} staff$/u,
    weight: 3,
    reason: "the paper's own staff as the byline",
    examples: {
      match: ['Ledger Staff', 'By Harbour Gazette staff', 'The Daily Planet Staff'],
      noMatch: ['Hospital staff', 'White House staff', 'Our Staff', 'Meet the Staff'],
    },
  },
  {
    id: 'byline/role',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^(?:[-–—]\s?)?(?:[\p{L}-]+\s){0,3}(?:correspondent|reporter|writer|editor|columnist|contributor|photographer|producer|critic|analyst)$|^(?:our |the )?(?:[\p{L}-]+\s){0,2}(?:bureau|news service|(?:news|web|online|digital|city|metro|sports|business|world|national|foreign|features) desk)$|^(?:from )?(?:our|a|the) (?:own |special |staff |foreign )?correspondents? (?:in|at) [\p{L}\p{M} .'’-]{2,40}$|^special to (?:the )?[\p{L}\p{N} .&'’-]{2,40}$|^(?!(?:in|on|at|the|a|an|for|but|and|as|after|before|when|while|with|by|from|to|of|if|so|yet|then|now|later|meanwhile)\s)[\p{L}'’.-]+(?: [\p{L}'’.-]+){1,3}(?:,|\s[|–—-])\s(?!(?:the|a|an|his|her|their|its|who|which|and|but|as)\s)(?:[\p{L}-]+\s){0,3}(?:correspondent|reporter|writer|editor|columnist|contributor|photographer|producer|critic|analyst)$/iu,
    weight: 2.5,
    reason: 'a job title under an author name, or the desk that filed the story',
    examples: {
      match: [
        'Transport correspondent',
        'Staff writer',
        '— Staff reporter',
        'Deals editor',
        'Senior political reporter',
        'Our Bureau',
        'TOI News Desk',
        'Express News Service',
        'Sarah Johnson, Political Correspondent',
        'Tom Price | Senior Reporter',
        'From our correspondent in Paris',
        'Special to The Ledger',
      ],
      noMatch: [
        'The editor resigned.',
        'The bureau closed in 2019.',
        'In the end, the editor',
        'Jane Doe, a former reporter',
      ],
    },
  },
  {
    // A blog theme's post meta, run together with slashes: date, comment count, category, author.
    id: 'byline/post-meta',
    label: 'byline',
    pattern:
      /^[^/]{4,40}\/\s?\d+ (?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti)\s?\/\s?(?:in|en|em|im|dans)\s.{1,80}\/\s?(?:by|von|par|por|di)\s\S.{0,40}$/iu,
    weight: 4,
    reason: "a blog post's meta line (date / comments / category / author)",
    examples: {
      match: [
        'March 3, 2021/2 Comments/in Harbour News /by editor',
        '12 juin 2020 / 0 commentaires / dans Actualités / par admin',
      ],
      noMatch: ['The 2/3 majority voted in favour / by a wide margin, the clerk said.'],
    },
  },
  {
    id: 'byline/name-date',
    label: 'byline',
    pattern:
      /^(?:[Bb]y\s)?\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3}(?:,\s?\p{Lu}[\p{L}]+)?(?:\s@\w{2,30})?(?:\s?[-–—|/•·,]\s?|\s|(?=\d{1,2}\s(?:minutes?|hours?|days?) ago))(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Ss]ept|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:\d{4})?|\d{1,2}\s(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s(?:minutes?|hours?|days?) ago)[\d\s,:.@apmAPMUTCETSDG]{0,24}(?:\s\d{1,3}\s[Ee]dit)?$/u,
    needsDigit: true,
    weight: 4,
    reason: 'an author name beside a date',
    examples: {
      match: [
        'Jane Q. Doe - Mar 3, 2018 9:05 am UTC',
        'Sam Roe/April 2, 2019',
        'by Ann Lee @annlee May 5, 2017: 4:10 PM ET',
        'By Tom Fox 3 March 2021, 2:15 pm',
        'By Kim Park 2 hours ago',
        'By Kim Park42 minutes ago',
        'Lee Marsh Tuesday, March 1, 2016 @ 10:05 PM UTC',
      ],
      noMatch: [
        'Parliament voted on March 3, 2018 to approve the budget.',
        'New York, March 3, 2018 was a cold day.',
      ],
    },
  },
  {
    id: 'byline/date-then-author',
    label: 'byline',
    pattern:
      /^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s\d{1,2}:\d{2}\s?(?:[AaPp][Mm])?\s?(?:[A-Z]{2,4})?\s(?:BY|[Bb]y)\s[\p{L}\p{M} .'’-]{2,60}$|^\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?\s?(?:[A-Z]{2,4}\s)?\d{1,2}[./]\d{1,2}[./]\d{2,4}\s(?:BY|[Bb]y)\s[\p{L}\p{M} .'’-]{2,60}$|^\p{L}+\s\d{1,2},\s\d{4}\s(?:at\s)?\d{1,2}:\d{2}\s?[ap]\.?m\.?\s(?:[Uu]pdated|[Mm]odified)\s.{5,60}$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4}\s\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s\p{Lu}{2,5}){0,3}$/u,
    weight: 4,
    reason: 'a timestamp with an author or update time',
    examples: {
      match: [
        '3/14/2016 8:05 AM PDT BY NEWS STAFF',
        '5:45 AM PST 11/19/2019 by Dana Whitfield',
        'May 2, 2020 at 7:15 am Updated May 3, 2020 at 1:20 pm',
        'March 4, 2021 Dana Whitfield, MS, RD',
        'June 9, 2020 Harbour Health Team',
      ],
      noMatch: [
        'May 2, 2020 at 7:15 am the sirens sounded across the valley.',
        'March 4, 2021 Was a Day Nobody in Town Will Forget',
      ],
    },
  },
  {
    id: 'byline/cjk-editor',
    label: 'byline',
    pattern:
      /^[【[]?(?:纠错)?[】\]]?\s?(?:责任编辑|编辑|责编|记者|作者|来源|稿源|发稿时间|发布时间|本文来源|文)\s?[:：]\s?.{1,80}$|^(?:发稿时间|发布时间)\s?[:：].{0,120}(?:来源|作者)\s?[:：].{0,60}$/u,
    weight: 4,
    reason: 'a Chinese editor, source or time line',
    examples: {
      match: ['责任编辑：王小明', '【纠错】 责任编辑： 李华', '发稿时间：2018-01-02 09:30 来源： 新华网'],
      noMatch: ['记者在现场看到，很多人排队。'],
    },
  },
  {
    id: 'byline/ja-delivered',
    label: 'byline',
    pattern:
      /^(?:\S.{0,40}\s)?(?:\d{4}[/年])?\d{1,2}[/月]\d{1,2}日?\s?[(（][月火水木金土日][)）]\s?\d{1,2}:\d{2}\s?(?:配信|更新|掲載|公開)$/u,
    weight: 4,
    reason: 'a Japanese source and delivery time ("… 3/9(木) 18:45配信")',
    examples: {
      match: ['港北新聞 11/18(月) 9:05配信', '2019/11/18(月) 18:45更新', '11月18日（月）9:05配信'],
      noMatch: ['11月18日（月）9:05配信の記事によると、会議は延期された。'],
    },
  },
  {
    id: 'byline/word-count',
    label: 'byline',
    pattern: /^(?:word ?count|words|wortanzahl|nombre de mots|palabras)\s?:\s?\d[\d,.]*$/iu,
    weight: 4,
    reason: 'a word-count line',
    examples: { match: ['Wordcount: 812', 'Words: 1,200'], noMatch: ['Words: they matter, he said.'] },
  },
  {
    id: 'byline/story-date',
    label: 'byline',
    languages: ['en'],
    pattern:
      /^this (?:story|article|post|report) (?:is|was) (?:from|published|posted|first published)(?: on)? [\p{L}]{3,9}\.? \d{1,2},? \d{4}\.?$/iu,
    weight: 4,
    reason: 'a note of the story date',
    examples: {
      match: ['This story is from March 2, 2021', 'This article was published on May 3, 2020.'],
      noMatch: ['This story is from a reader in Ohio.'],
    },
  },
  {
    id: 'byline/name-handle',
    label: 'byline',
    // The name, or the writer's role where the handle stands for the name ("Staff reporter @x").
    pattern:
      /^(?:\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3}|(?!\p{L}+\s(?:our|my|your|the|a|an|this|their|his|her)\s)\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s(?:reporter|writer|correspondent|editor|journalist|columnist|photographer))[,:]?\s@\w{2,30}$/u,
    weight: 3.5,
    reason: 'an author name with a social handle',
    examples: {
      match: [
        'Ann Lee @annlee_news',
        'Tom Q. Fox, @tfox',
        'News reporter @AnnLee12',
        'Senior political correspondent @tfox',
      ],
      noMatch: ['Thanks to Ann Lee @annlee', 'Ask our reporter @annlee'],
    },
  },
];
