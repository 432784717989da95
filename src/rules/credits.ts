import type { RuleSpec } from '../types.js';

const PHOTO_AGENCIES =
  'getty images|getty|afp|ap|ap photo|afp photo|reuters|epa|epa-efe|efe|shutterstock|istock|istockphoto|alamy|ansa|dpa|picture alliance|picture-alliance|imago|keystone|sipa|bloomberg|pti|pti photo|ians|ani|xinhua|unsplash|pexels|wikimedia commons|handout|file photo|file|courtesy|supplied|stock\\.adobe\\.com|adobe stock';

/** Photo, video and graphic credits on their own line. */
export const creditRules: RuleSpec[] = [
  {
    // Where a syndicated story came from, named by its site alone: "Via example.info".
    id: 'credit/via-domain',
    label: 'byline',
    pattern:
      /^(?:via|source|quelle|fuente|fonte)\s?:?\s(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,12}$/iu,
    weight: 4,
    reason: 'the site a story came from (Via example.com)',
    examples: {
      match: ['Via harbourtimes.co.uk', 'Source: valleypost.com', 'Quelle: www.beispiel-zeitung.de'],
      noMatch: ['Via Appia', 'Source: the city council', 'Via the old harbour road, the bus takes an hour.'],
    },
  },
  {
    id: 'credit/labelled',
    label: 'byline',
    pattern:
      /^[([]?\s?(?:photo|photos|photograph|photography|picture|pictures|pic|image|images|img|video|graphic|graphics|gráfico|gráficos|grafico|grafici|illustration|illustrations|credit|credits|image credit|photo credit|image source|photo source|cover image|top image|lead image|foto|fotos|bild|bilder|grafik|imagen|imágenes|crédito|crédit|crédits|fonte|immagine|immagini|फोटो|तस्वीर|चित्र|सौजन्य)(?:\s(?:by|courtesy(?: of)?|credit|via|de|von))?\s?[:|/]\s?.{1,140}$|^(?:image|photo|picture|video) source,\s\S.{1,80}$/iu,
    weight: 4,
    reason: 'a photo or image credit',
    examples: {
      match: [
        'Gráfico: EFE',
        'Photo: Getty Images',
        'Image: Lena Ortmann / The Daily Ledger',
        'Credit: lili sams/mashable',
        '(Foto: Anja Wendler/dpa)',
        '(Bild: Audi)',
        'Image source: Getty Images.',
        'Image source, Harbour Photo Agency',
      ],
      noMatch: [
        // A map's label comes before its title, not its maker.
        'Map: Flow of migrants across the border',
        'Photography is her passion, she said.',
      ],
    },
  },
  {
    id: 'credit/agency-photo',
    label: 'byline',
    pattern: new RegExp(
      `^[([]?\\s?(?:(?:photo|image|picture|foto|bild|imagen|immagine)s?(?:\\s(?:by|courtesy of|von|de|di)\\s|\\s?:\\s?))?(?:[\\p{L}\\p{M}.'’-]{1,25}(?: [\\p{L}\\p{M}.'’-]{1,25}){0,3}\\s?(?:[/|]|,)\\s?)?(?:${PHOTO_AGENCIES})(?:\\s?[/|]\\s?[\\p{L}\\p{M}.'’ -]{2,50}){0,2}(?:\\s\\((?:file|handout|ausschnitt)\\))?\\s?[)\\]]?\\.?$`,
      'iu',
    ),
    // Above a link label such as 'Photo: …' (related/read-also): the agency says it is a credit.
    weight: 4.5,
    reason: 'a photo agency credit',
    examples: {
      match: [
        'REUTERS/Brendan McDermid',
        'Noah Berger / AP',
        'Getty Images',
        '(AP Photo/Jane Roe)',
        'Andrew Harnik/Shutterstock',
        'Photo: Reuters',
        'Foto: dpa',
      ],
      // A caption with its credit glued on is the caption: at most four words of a
      // photographer's name go before the agency.
      noMatch: [
        'The photo was taken by a tourist from Ohio.',
        'Photos: Reuters reporters inside the flooded town',
        'Fishing boats wait out the storm in the inner harbour Jane Roe/Reuters',
      ],
    },
  },
  {
    id: 'credit/photo-by',
    label: 'byline',
    pattern:
      /^[([]?\s?(?:photo|photograph|picture|image|video|illustration|foto|bild)s?\s(?:by|courtesy of|von|de|di)\s(?!(?:the|a|an|this|that|our|my|his|her|their|der|die|das|la|le|el|il)\s|(?:photo|picture|image|frame|bild|foto)s?[\s,]).{1,100}[)\]]?$/iu,
    weight: 4,
    reason: 'a "photo by …" credit',
    examples: {
      match: ['(Photo by Jane Doe/Getty Images)', 'Image by Getty Images', 'Illustration by Ana Ruiz'],
      noMatch: [
        'Photos by the dozen were posted online, and the police began an inquiry into who had taken them.',
        'Photo by photo, the family rebuilt the album the flood had washed away.',
      ],
    },
  },
  {
    // A picture credit that says where the picture came from, not who took it: "Submitted
    // photo", "Jane Roe / Contributed photo".
    id: 'credit/provided-photo',
    label: 'byline',
    pattern:
      /^[([]?\s?(?:[\p{L}\p{M}.'’ -]{2,60}?(?:\s?[/|,]\s?|\s))?(?:submitted|contributed|provided|supplied|handout|staff|file|courtesy|special|reader|family|stock) (?:photo|photograph|image|picture|graphic|video)s?[)\]]?\.?$/iu,
    weight: 4,
    maxLength: 90,
    reason: 'a picture credit that names where the picture came from',
    examples: {
      match: [
        'Submitted photo',
        'Maria Lopes Submitted photo',
        'Dan Hale / Contributed photo',
        '(File photo)',
      ],
      noMatch: ['She submitted photo after photo to the contest.', 'Photo'],
    },
  },
  {
    id: 'credit/courtesy',
    label: 'byline',
    // A picture's source alone on its line: "Courtesy of NASA", "Courtesy Google",
    // "(Photo courtesy of the family)". A sentence that thanks someone runs on.
    pattern:
      /^[([]?\s?(?:(?:photos?|image|picture|video|illustration)\s)?courtesy(?: of)?\s(?!(?:of|the way|is|was)\b)[\p{L}\p{N}&.'’ /-]{2,60}[)\]]?\.?$/iu,
    weight: 4,
    reason: 'a "courtesy of …" picture credit',
    examples: {
      match: [
        'Courtesy Google',
        'Courtesy of NASA',
        '(Photo courtesy of the Hale family)',
        'Image courtesy Sony',
      ],
      noMatch: [
        'Courtesy of the hotel, guests were given a free breakfast and a ride to the airport.',
        'Courtesy',
      ],
    },
    maxLength: 80,
  },
  {
    id: 'credit/copyright-holder',
    label: 'byline',
    pattern:
      /^(?:[\p{L} ]{2,30}:\s?)?©\s?(?!\s?(?:19|20)\d\d)(?!.*\b(?:rights|reserved|copyright)\b)[^©]{1,300}$/iu,
    weight: 3,
    // A chart's credit names its sources too ("© A. Roe / Weekly, after Lee et al.: …").
    maxLength: 320,
    reason: 'a © credit of a picture',
    examples: {
      match: [
        '© Ana Lind / Harbour Weekly, after Okafor, T. et al.: Seasonal salt-marsh migration in the northern estuary, Journal of Coastal Studies 14, 2021 (redrawn and simplified)',
        '© Fotograf123 / stock.adobe.com (Ausschnitt)',
        '© picture alliance/dpa',
        'Rubriklistenbild: © Jens Kalaene/dpa',
        '© Aton',
      ],
      noMatch: ['© 2021 Northfield Media Group Inc. All Rights Reserved.'],
    },
  },
  {
    id: 'credit/name-slash-outlet',
    label: 'byline',
    pattern:
      /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3}\s?\/\s?\p{Lu}[\p{L}\p{M}.&'’ -]{1,40}$/u,
    weight: 2.5,
    reason: 'a "Name/Outlet" picture credit',
    examples: { match: ['Scott Heins/Gothamist', 'Jane Doe / The Herald'], noMatch: ['Yes/No'] },
  },
  {
    id: 'credit/via-agency',
    label: 'byline',
    pattern:
      /^\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /&-]\s?\p{Lu}[\p{L}\p{M}.'’-]*|\s(?:of|the|and|de|da|van|von|for))*\svia\s(?:[Gg]etty(?: [Ii]mages)?|AP|AFP|Reuters|REUTERS|[Ss]hutterstock|EPA|[Aa]lamy|[Ii]mago|dpa|ZUMA(?: [Pp]ress| [Ww]ire)?|[Ss]ipa(?: USA)?|TNS|Bloomberg|Newscom|[Ww]ire[Ii]mage|USA TODAY Sports|[Ii]nstagram|[Tt]witter|X|[Ff]acebook)(?:\s?\([^)]{0,20}\))?\.?$/u,
    weight: 4,
    reason: 'a photo credit through an agency',
    examples: {
      match: [
        'Jane Roe/The Daily Star/TNS via Getty Images',
        'John Q. Public via AP',
        'Courtesy of Ana Lee via Instagram',
      ],
      noMatch: ['Officials were warned via Reuters', 'the report came via AP'],
    },
  },
];
