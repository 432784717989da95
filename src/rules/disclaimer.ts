import type { RuleSpec } from '../types.js';

/** Syndication notes, "Disclaimer:" lines, affiliate and investment disclosures, republication notes. */
export const disclaimerRules: RuleSpec[] = [
  {
    id: 'disclaimer/labelled',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:disclaimer|disclosure|note to readers|editor(?:'|’)s note|haftungsausschluss|avertissement|aviso legal|aviso|avvertenza|अस्वीकरण)\s?[:.\-–—]/iu,
    weight: 6,
    reason: 'a line that calls itself a disclaimer',
    examples: {
      match: [
        'Disclaimer: No Business Standard Journalist was involved in creation of this content',
        'Disclosure: The author owns no shares.',
      ],
      noMatch: ['Disclaimers are common on medical websites, the study found.'],
    },
    maxLength: 800,
  },
  {
    id: 'disclaimer/syndication',
    label: 'disclaimer',
    pattern:
      /^(?:distributed|syndicated) by (?:the )?[\p{L}\p{N} .&'’-]{2,50}(?:agency|syndicate|services?|features|llc|inc|ltd)\.?(?:,? (?:llc|inc|ltd)\.?)?$|\b(?:auto-?(?:generated|published|posted) (?:from|via) (?:a |the )?(?:syndicated|agency|wire|news)\b|(?:has|have) not been edited by\b.{0,60}\b(?:staff|newsroom|editors?|team|desk)\b|published (?:directly |automatically |straight )?(?:from|via|through) (?:a |an |the )?(?:syndicated|wire|agency|news)(?: (?:agency|wire|news|syndicated))? feed|only the (?:headline|image|picture)s?\b.{0,40}\b(?:may have been|has been|have been) (?:reworked|changed|edited)|(?:is|was|has been) (?:sourced|taken|published) (?:from|via) (?:a |the )?(?:syndicated|wire|agency) (?:feed|service|copy)|syndicated (?:news )?(?:feed|content|copy)|(?:apart from|except for|other than) the (?:headline|title)\b.{0,40}\bno (?:changes|edits)\b|(?:article|story|piece|column|post|report|content|interview|essay|commentary|version|it)\b.{0,30}\b(?:first|originally) (?:appeared|published|ran|posted) (?:on|in|at)\b|^(?:first|originally) (?:appeared|published) (?:on|in|at)\b|^(?:this|the) (?:article|story|piece|column|post|report|essay|interview) (?:was )?(?:first|originally) published by\b|(?:re)?published (?:here )?(?:with permission|courtesy of|under a creative commons)|(?:republished|reproduced|reprinted) (?:from|with permission|on)\b|appears? in print (?:on|in)\b|a version of this (?:article|story|piece) (?:appears|appeared|was published|ran)|this (?:article|story|piece|post) (?:was|is|has been) (?:produced|published|written|created|republished|syndicated) (?:by|in partnership with|in collaboration with|as part of|under)\b|is (?:part of|a member of) (?:the )?\b.{0,40}\bnetwork\b)/iu,
    weight: 6,
    reason: 'a syndication or republication note',
    examples: {
      match: [
        'Distributed by Harbour Content Agency, LLC.',
        '(This article is part of a syndicated news feed. Apart from the headline, no changes have been made to the text.)',
        'This story was originally published by The Valley Post.',
        '(This story has not been edited by Daily Ledger staff and is auto-generated from a syndicated feed.)',
        'This article originally appeared on Example.com.',
        'A version of this article appears in print on March 3, on Page A7.',
        'Only the headline of this report may have been reworked by our staff; the rest is published from a syndicated feed.',
        'This report was published automatically from a wire feed.',
        'This story has been published from a wire agency feed without modifications to the text.',
      ],
      noMatch: ['The band first appeared on television in 1964, and the show made them famous overnight.'],
    },
    maxLength: 600,
  },
  {
    // The page's own disclosure: "this article contains affiliate links", "we may earn a
    // commission if you buy". Speaking of itself (this, we, you) is what sets it apart from
    // prose about affiliate marketing, which disclaimer/affiliate also names but weighs less.
    id: 'disclaimer/affiliate-self',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:(?:note: |disclosure: )?(?:this|our) (?:article|post|page|story|piece|guide|review|list|content|site) (?:contains|includes|may (?:contain|include)|has|uses) (?:affiliate|sponsored|partner|paid) links?(?:\s?[.,;:!)]\s?.{0,200})?|we (?:may |might |could )?(?:earn|receive|get|make) (?:a |an )?(?:small )?(?:affiliate )?(?:commission|compensation|fee|share of (?:the )?(?:sales?|revenue))\b.{0,80}\b(?:if|when) you\b.{0,160})$/iu,
    weight: 6.5,
    reason: 'an affiliate or sponsorship disclosure',
    examples: {
      match: [
        'This article contains affiliate links. We may earn a commission if you buy through them.',
        'We may earn a small commission when you buy something through our links.',
        '(This post may contain affiliate links.)',
      ],
      noMatch: [
        'We may earn less this year, the chief executive warned, if demand stays weak.',
        'The article contains affiliate links to six retailers, the regulator found.',
      ],
    },
  },
  {
    // disclaimer/affiliate-self in the pack languages: this article has affiliate links, we
    // may get a commission.
    id: 'disclaimer/affiliate-self-packs',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:[\p{L}-]{1,20}\s?:\s?)?(?:(?:dieser|unser) (?:artikel|beitrag|text|ratgeber|test) enthält (?:sogenannte )?(?:affiliate|partner|provisions|werbe)-?links|(?:cet|notre) (?:article|contenu|guide) (?:contient|comporte) des liens (?:affiliés|d['’]affiliation|sponsorisés|commerciaux)|(?:este|nuestro) (?:artículo|texto|contenido|post) (?:contiene|incluye) enlaces (?:de afiliados?|afiliados|patrocinados)|(?:este|nosso) (?:artigo|texto|conteúdo|post) (?:contém|inclui) links (?:de afiliados?|afiliados|patrocinados)|(?:questo|il nostro) (?:articolo|testo|contenuto) (?:contiene|include) (?:dei )?link (?:di affiliazione|affiliati|sponsorizzati)|(?=.{0,200}(?:link|kauf|bestell))(?:.{0,60}\s)?(?:wir (?:erhalten|bekommen)|(?:erhalten|bekommen) wir) (?:dafür |ggf\. |gegebenenfalls |unter umständen )?(?:von dem händler |vom händler )?eine (?:kleine )?provision|nous (?:pouvons|pourrions) (?:percevoir|recevoir|toucher) une (?:petite )?commission|(?:podemos|podríamos) recibir una (?:pequeña )?comisión|(?:podemos|poderemos|poderíamos) receber uma (?:pequena )?comissão|(?:potremmo|possiamo) ricevere una (?:piccola )?commissione)(?![\p{L}]).{0,240}$/iu,
    weight: 6.5,
    reason: 'an affiliate or sponsorship disclosure',
    examples: {
      match: [
        'Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber einkaufen, erhalten wir eine Provision.',
        '*Affiliate-Link: Beim Kauf über diesen Link erhalten wir eine Provision.',
        "Cet article contient des liens affiliés. Nous pouvons percevoir une commission en cas d'achat.",
        'Este artículo contiene enlaces de afiliados. Podemos recibir una comisión si compras a través de ellos.',
        'Este artigo contém links afiliados. Podemos receber uma comissão se você comprar por meio deles.',
        'Questo articolo contiene link di affiliazione. Potremmo ricevere una commissione se acquisti tramite questi link.',
      ],
      noMatch: [
        'Der Händler zahlt den Bloggern eine Provision, wie der Verband kritisiert.',
        'Für jede vermittelte Wohnung erhalten wir eine Provision, sagte der Makler.',
        'Nous recevons une commission de la mairie chaque année, a expliqué le directeur.',
      ],
    },
  },
  {
    // The editor's note that the article was updated, corrected or (an interview) edited, in
    // the pack languages: the text speaks of itself, so like disclaimer/correction-labelled it
    // goes wherever it sits.
    id: 'disclaimer/update-note-packs',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:(?:hinweis|anmerkung der redaktion|note de la rédaction|nota (?:del editor|de la redacción|della redazione|do editor|da redação)|n\. ?d\. ?l\. ?r\.|ndr)\s?:\s?)?(?:(?:dieser (?:artikel|beitrag|text)|der (?:artikel|beitrag|text)) wurde (?:aktualisiert|korrigiert|ergänzt)|(?:das (?:interview|gespräch)) wurde (?:gekürzt|redigiert|bearbeitet)|cet article a été (?:mis à jour|corrigé|modifié|complété)|cet (?:entretien|entrevue) a été (?:édité|raccourci|condensé|modifié)|este (?:artículo|texto) (?:ha sido|fue) (?:actualizado|corregido|ampliado)|esta entrevista (?:ha sido|fue) (?:editada|condensada|resumida)|questo articolo è stato (?:aggiornato|corretto|modificato)|l['’]intervista è stata (?:editata|condensata|modificata|ridotta)|este (?:artigo|texto) foi (?:atualizado|corrigido|modificado)|esta entrevista foi (?:editada|condensada|resumida))(?![\p{L}]).{0,200}$/iu,
    weight: 6.5,
    reason: "an editor's note that the article was updated or edited",
    examples: {
      match: [
        'Hinweis: Dieser Artikel wurde aktualisiert.',
        'Cet article a été mis à jour.',
        'Note de la rédaction : cet entretien a été édité pour plus de clarté.',
        'Este artículo ha sido actualizado.',
        'Questo articolo è stato aggiornato.',
        'Este artigo foi atualizado.',
        'Das Interview wurde gekürzt und redigiert.',
      ],
      noMatch: [
        'Der Text des Gesetzes wurde nie veröffentlicht, sagte die Ministerin.',
        'Cet article de loi a été voté hier.',
      ],
    },
    maxLength: 300,
  },
  {
    // The seed's note ("This story is auto-generated from a syndicated feed") in the pack
    // languages: the text says of itself that it was published automatically or not edited.
    id: 'disclaimer/agency-feed-packs',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:(?:hinweis|anmerkung(?: der redaktion)?|note|nota|remarque|aviso|avviso)\s?:\s?)?(?:dieser (?:artikel|beitrag|text|bericht)|diese (?:meldung|nachricht)|cet article|cette (?:dépêche|information|actualité)|este (?:artículo|texto|contenido)|esta (?:noticia|información|nota)|este (?:artigo|texto|conteúdo)|esta (?:notícia|matéria|reportagem)|questo (?:articolo|testo|contenuto)|questa (?:notizia|news)|(?:यह|ये|इस) (?:खबर|ख़बर|लेख|स्टोरी|समाचार|न्यूज़|न्यूज))\s.{0,160}(?:automatisch|automatiquement|automáticamente|automaticamente|ऑटो|सिंडिकेट|agenturfeed|nicht (?:redaktionell )?bearbeitet|pas été (?:modifiée?|éditée?|relue?)|no ha sido (?:editad|modificad)|não foi (?:editad|modificad)|non è stat[oa] (?:modificat|redatt|editat)|संपादित नहीं).{0,200}$/iu,
    weight: 6.5,
    reason: 'a note that the story came from a syndicated feed',
    examples: {
      match: [
        'Dieser Text wurde automatisch aus einem Agenturfeed übernommen.',
        'Hinweis: Diese Meldung wurde automatisch aus dem Agenturfeed erstellt.',
        "Cet article a été publié automatiquement à partir d'une dépêche d'agence.",
        'Esta noticia ha sido publicada automáticamente desde un servicio de agencia.',
        'Esta notícia foi publicada automaticamente a partir de um serviço de agência.',
        'Questo articolo è stato pubblicato automaticamente da un flusso di agenzia.',
        'यह खबर सिंडिकेट फीड से ऑटो-जेनरेटेड है, इसे हमारे स्टाफ ने संपादित नहीं किया है।',
      ],
      noMatch: [
        'Der Text der Verordnung wird automatisch verlängert, wenn der Landtag nicht widerspricht.',
        'Esta noticia llegó a la redacción a las tres de la mañana, cuando el puerto ya estaba cerrado.',
      ],
    },
  },
  {
    id: 'disclaimer/affiliate',
    label: 'disclaimer',
    pattern:
      /\b(?:we (?:may|might) (?:earn|receive|get|collect) (?:a |an )?(?:small |affiliate |share of |commission|compensation)|(?:earn|receive) (?:an? )?(?:affiliate )?commission\b.{0,60}\b(?:links?|purchases?)|affiliate (?:links?|partnerships?|commission|program)|(?:when|if) you (?:buy|purchase|shop|click|sign up)(?: for)? (?:something |anything |a product |an item )?(?:through|via|using|from|on) (?:the |this |these |our |one of (?:our|these|the) )?(?:links?|our|retail|post|article|page|story)|(?:our )?editors (?:independently )?(?:select|choose|review|research|test)(?:ed)? (?:these|all|every|the) (?:products|items|deals|services)|(?:independently )?(?:selected|chosen|reviewed|recommended) by (?:our )?(?:editors|editorial team)\b.{0,40}\b(?:independent|commission|earn)|supported by (?:its|our) (?:audience|readers)|this (?:post|article|content|page) (?:contains|may contain|includes) (?:affiliate|sponsored|paid)|(?:^|\bthis (?:post|article|story|content|series|page|feature|report|newsletter|podcast|episode|video) (?:is|was|has been) )sponsored by\b(?!.{0,60},\s(?:the|a|an|it|he|she|they|this|his|her|its|their)\s).{0,60}$|paid (?:for|content) by\b)/iu,
    weight: 4.5,
    reason: 'an affiliate or sponsorship disclosure',
    examples: {
      match: [
        'Our editors independently select these products.',
        'We may earn a commission when you buy through links on our site.',
        'All products are independently selected by our editors; we may earn a commission.',
        'Sam Lee writes our deals column.If you buy something through this post, the site may get a share of the sale.',
      ],
      noMatch: [
        'The agent earned a commission of 3% on the sale of the house, the court heard.',
        'Sponsored by the council, the race drew 5,000 runners.',
        'The race was sponsored by the council.',
      ],
    },
    maxLength: 600,
  },
  {
    id: 'disclaimer/investment',
    label: 'disclaimer',
    pattern:
      /\b(?:owns? (?:shares|stock|positions?|units) (?:of|in)|(?:does not|doesn(?:'|’)t|do not|don(?:'|’)t) (?:hold|own|have) (?:any )?(?:positions?|shares|stakes?|stock) in\b|(?:has|have|holds?) no (?:position|positions|financial interest|stake)s? in (?:any of )?(?:the )?(?:stocks?|companies|shares)|(?:has|have) a disclosure policy|(?:owns|recommends) (?:and recommends )?(?:shares of )?\p{Lu}[\p{L}.]+(?:,|\s(?:and|Inc|Corp))|(?:is|are|does) not (?:constitute )?(?:investment|financial|legal) advice|past performance (?:is|does) not\b|average returns? of all recommendations|(?:quotes?|data) (?:are |is )?delayed (?:by |a minimum of )?\d+|market data (?:provided|powered) by)\b/u,
    weight: 4.5,
    reason: 'an investment or market-data disclosure',
    examples: {
      match: [
        'Jane Doe owns shares of Apple. The Fool has a disclosure policy.',
        'This is not investment advice.',
        'All quotes delayed a minimum of 20 minutes.',
      ],
      noMatch: ['The pension fund owns 12% of the airport.'],
    },
    maxLength: 800,
  },
  {
    // The writer's positions stated as a house disclosure: wordings no article uses for its own
    // story, so they outweigh a long line's prose (an article may say who owns shares of what).
    id: 'disclaimer/positions-policy',
    label: 'disclaimer',
    pattern:
      /\b(?:(?:has|have) a disclosure policy|(?:has|have|holds?) no (?:position|financial interest|stake)s? in (?:any of )?the (?:stocks?|companies|securities) mentioned|^(?:[Tt]he (?:author|writer|columnist|reporter)s?|I|[Ww]e) (?:holds?|owns?|has|have) (?:(?:no|a|an) )?(?:shares|stock|positions?|(?:long|short) positions?|(?:financial )?interests?|stakes?) in (?:some of |any of |one of |all of )?the (?:stocks?|companies|securities|firms|funds|shares) (?:mentioned|discussed|named|covered|cited)(?: (?:in this (?:article|story|piece|column)|here|above))?(?=\.?$)|(?:owns?|holds?) (?:shares|positions?) (?:of|in) \p{Lu}[^.]{0,120}\.\s(?:The\s)?\p{Lu}[\p{L} ]{1,30} (?:owns|recommends|has))\b/u,
    weight: 6,
    reason: "a writer's positions in the stocks mentioned, with the house's disclosure",
    examples: {
      match: [
        'Ana Ruiz owns shares of Harbour Foods. The Harbour Investor owns shares of and recommends Harbour Foods.',
        'The Harbour Investor has a disclosure policy.',
        'Tom Vale has no position in any of the stocks mentioned.',
        'The author holds shares in some of the companies mentioned.',
        'I own no stock in the companies discussed in this column.',
      ],
      noMatch: [
        'The pension fund owns shares of Harbour Foods and plans to sell them next year.',
        'Regulators asked whether the bank has a policy on disclosure of bonuses.',
      ],
    },
    maxLength: 800,
  },
  {
    // A press release's legal small print: the forward-looking statements warning, its safe
    // harbour heading, the wire's source line. A news story reporting a company's outlook
    // does not quote the securities act or call itself a press release.
    id: 'disclaimer/forward-looking',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^(?:(?:cautionary (?:note|statement) (?:regarding|concerning|about|on) )?forward[- ]looking (?:statements?|information)|safe harbou?r statement|cautionary (?:note|statement)s?)[.:]?$|\bforward[- ]looking statements?\b.{0,200}\b(?:within the meaning of|securities litigation reform act|safe harbou?r|involve (?:known and unknown )?risks|actual results (?:may|could|might) differ materially|undertakes? no (?:obligation|duty))\b|^(?:this|the) (?:press|news) release (?:contains|includes|may contain)\b.{0,300}$/iu,
    weight: 5,
    maxLength: 1500,
    reason: "a press release's forward-looking-statements warning",
    examples: {
      match: [
        'Forward-Looking Statements',
        'This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.',
        'Safe Harbor Statement',
      ],
      noMatch: [
        'The company warned investors that its forward-looking statements about demand were less certain than usual this year.',
      ],
    },
  },
  {
    id: 'disclaimer/market-data',
    label: 'disclaimer',
    // The delay and source notice under a quote box on finance pages.
    pattern:
      /^(?:(?:stock |market )?(?:quotes?|data|prices?) (?:are |is )?delayed (?:by )?(?:at least |up to )?\d+ (?:minutes?|mins?)(?:\.\s.{0,480}|\.)?|(?:real-time )?(?:quotes?|market data|stock data|quote data)(?: are| is)? (?:provided|powered|supplied) by [\p{L}\p{N}&.,'’ -]{2,60}\.?(?: .{0,200})?)$/iu,
    // Anchored at both ends, so it can outweigh a sentence-like line wherever it sits.
    weight: 6,
    reason: 'a market-data delay or source notice',
    examples: {
      match: [
        'Quotes delayed at least 15 minutes. Real-time quotes provided by BATS.',
        'Market data provided by Interactive Data.',
        'Prices delayed by 20 minutes',
      ],
      noMatch: [
        'Quotes delayed by 15 minutes cost the fund millions, the regulator said.',
        'Data provided by the ministry show a rise in cases over the winter, which doctors had expected.',
      ],
    },
    // The delay notice often runs on with the data vendors and their terms.
    maxLength: 600,
  },
  {
    // Who funds the coverage, and that the newsroom alone answers for it ("The AP is solely
    // responsible for all content").
    id: 'disclaimer/funding-note',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /\b(?:is|are) solely responsible for (?:all |this |the )?content\b|\b(?:receives?|received) (?:financial )?support from\b.{0,120}\b(?:its|their|our) (?:coverage|reporting|journalism)\b/iu,
    weight: 6.5,
    maxLength: 400,
    reason: 'a note on who funds the coverage',
    examples: {
      match: [
        'The Associated Press receives support from several private foundations to enhance its coverage of climate and education. The AP is solely responsible for all content.',
        'The Ledger receives financial support from the Harbour Trust for its reporting on schools.',
      ],
      noMatch: ['The charity receives support from the council for its work with the homeless.'],
    },
  },
  {
    // The formula of a views disclaimer: the views are the author's own or do not necessarily
    // reflect the publication's. Weighed as heavily as a syndication notice, since the note is
    // a long sentence that reads as prose and sits right under the last paragraph.
    id: 'disclaimer/views-formula',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:(?:disclaimer|note)\s?:\s?)?(?:the |any |all )?(?:views|opinions)(?: and (?:views|opinions))? (?:expressed|stated|presented|contained)\b.{0,100}\b(?:(?:are|is) (?:solely |entirely |strictly )?(?:those of the (?:authors?|writers?|contributors?)|the (?:authors?|writers?)(?:'|’)s? own|(?:his|her|their) own|personal)|(?:do|does) not necessarily (?:reflect|represent))\b.{0,200}$/iu,
    weight: 6.5,
    maxLength: 400,
    reason: "a views-are-the-author's-own note",
    examples: {
      match: [
        'The views and opinions expressed here are those of the author and do not necessarily reflect those of this publication.',
        'Opinions expressed in this column are solely those of the writer.',
        'Disclaimer: Views expressed above are the author’s own.',
      ],
      noMatch: [
        'Views differed sharply on whether the plan was legal, and the opinions expressed at the meeting were heated.',
        'The opinions expressed in the survey surprised the researchers.',
      ],
    },
  },
  {
    // Advice disclaimers that name the page itself ("This article is for informational purposes
    // only"): a story about advice rules names someone else's content, not "this article".
    id: 'disclaimer/not-advice',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:(?:disclaimer|note|important)\s?:\s?)?(?:this (?:article|story|post|content|report|material|information|page|column|piece|newsletter|video|website|site)(?! of\b)|the (?:information|content|material) (?:provided |contained |presented )?(?:in|on) this (?:article|story|post|page|site|website|report)|(?:the |all )?information (?:provided |contained )?(?:here|herein|above|below)|nothing (?:in|on) this (?:article|post|page|site|website))\b.{0,120}\b(?:(?:informational|information|educational|general information) purposes only|(?:is|are|does|do|should) (?:not )?(?:be )?(?:constitute |intended as |considered |construed as |taken as )?(?:an? )?(?:investment|financial|legal|tax|medical|trading) (?:advice|recommendation)|(?:not )?(?:a |an )?(?:recommendation|solicitation|offer) to (?:buy|sell))\b.{0,200}$/iu,
    weight: 6.5,
    maxLength: 450,
    reason: 'a not-advice disclaimer naming the page itself',
    examples: {
      match: [
        'This article is for informational purposes only and does not constitute financial advice.',
        'Disclaimer: The information provided in this article should not be construed as investment advice.',
        'Nothing on this site is a recommendation to buy or sell any security.',
      ],
      noMatch: [
        'The regulator said the posts did not constitute investment advice, and dropped the case.',
        'This article of the treaty is not a recommendation to buy weapons, the minister said.',
      ],
    },
  },
  {
    id: 'disclaimer/views',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:(?:the )?(?:views|opinions) (?:and opinions )?(?:expressed|in this (?:article|column|piece))\b.{0,240}\b(?:author|writer|contributor|personal|own|necessarily)\b.{0,120}|views (?:expressed )?(?:are )?personal\.?)[)\]]?$/iu,
    weight: 5,
    reason: 'a views-are-personal note',
    examples: {
      match: [
        'Views are personal.',
        'The views expressed are those of the author and do not necessarily reflect the policy of this site.',
      ],
      noMatch: ['The views from the summit are spectacular.'],
    },
    maxLength: 500,
  },
  {
    id: 'disclaimer/out-of-date',
    label: 'disclaimer',
    pattern:
      /\b(?:this (?:article|story|page|content) (?:is|was published) (?:more than|over) (?:\w+ )?(?:years?|months?) (?:old|ago)|(?:may|might) (?:be|contain information that is) out of date|(?:information|details|figures) (?:may|might) (?:have changed|no longer be (?:accurate|current))|(?:this|the) (?:article|story) (?:was|has been) (?:updated|corrected|amended) (?:to|on|at|since)\b)/iu,
    weight: 4,
    reason: 'a note about the article being old or amended',
    examples: {
      match: [
        'This article is more than 5 years old.',
        'This story was updated to correct the date of the vote.',
      ],
      noMatch: ['The data is out of date, critics said of the census.'],
    },
    maxLength: 400,
  },
  {
    // The newsroom's note that the story is still being written: a sentence about the text
    // itself, not about the events it reports.
    id: 'disclaimer/developing-story',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:this is a (?:developing|breaking|live|fast-moving) (?:news )?(?:story|report)|this (?:story|article|report) (?:is developing|is being updated|will be updated|has been updated))(?![\p{L}]).{0,120}$|^(?:(?:please )?check back (?:later |soon )?for (?:more |further )?updates|more (?:details|updates) (?:to (?:come|follow)|soon)|refresh (?:this page|the page) for (?:the latest )?updates)[.!…]?$/iu,
    weight: 6,
    maxLength: 200,
    reason: 'a note that the story is developing and will be updated',
    examples: {
      match: [
        'This is a developing story and will be updated.',
        'Check back for updates.',
        'More details to follow.',
      ],
      noMatch: ['More details to come out of the inquiry could embarrass the minister, aides fear.'],
    },
  },
  {
    // disclaimer/developing-story in the pack languages: "Dieser Artikel wird laufend
    // aktualisiert", "Noticia en desarrollo", "Notizia in aggiornamento", and so on. Each is
    // the whole line (or opens it): said in a sentence of the story, the words mean the events.
    id: 'disclaimer/developing-story-packs',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:(?:dieser|der) (?:artikel|text|beitrag|bericht|liveblog|ticker) wird (?:laufend |fortlaufend |ständig |regelmäßig )?aktualisiert|(?:diese|die) meldung wird (?:laufend )?aktualisiert|(?:mehr|weitere informationen|weitere details) in kürze|cet article (?:est|sera) (?:en cours d['’]actualisation|(?:régulièrement )?(?:actualisé|mis à jour))|article en cours d['’]actualisation|(?:plus d['’]informations|plus de détails|plus d['’]infos) à venir|(?:noticia|información|última hora) en (?:desarrollo|actualización|ampliación)|(?:esta|la) noticia se (?:está actualizando|actualizará|ampliará)|ampliaremos (?:la )?información(?: en breve| próximamente)?|(?:notizia|articolo|news) in (?:aggiornamento|evoluzione)|seguiranno aggiornamenti|(?:la notizia|l['’]articolo) (?:è|sarà|verrà) (?:in aggiornamento|aggiornat[oa])|in aggiornamento|(?:notícia|matéria|reportagem|informação) em (?:atualização|desenvolvimento)|(?:esta|a) (?:notícia|matéria|reportagem) (?:está sendo|será|vai ser) atualizada|em atualização|(?:mais informações|mais detalhes) em breve)(?:(?:[.!…]|\s?\.{3})(?:\s.{0,80})?)?$/iu,
    weight: 6,
    maxLength: 160,
    reason: 'a note that the story is developing and will be updated',
    examples: {
      match: [
        'Dieser Artikel wird laufend aktualisiert.',
        "Cet article est en cours d'actualisation.",
        'Noticia en desarrollo.',
        'Notizia in aggiornamento',
        'Esta matéria está sendo atualizada.',
      ],
      noMatch: ['Mehr in Kürze zu bauen ist das Ziel der Stadt, sagte die Baudezernentin.'],
    },
  },
  {
    id: 'disclaimer/update-note',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:update|updates|updated|correction|corrections|clarification|this article was originally published)\s?(?:\([^)]{0,40}\))?\s?(?::|—|–|-|\bat\b)\s?.{0,300}$/iu,
    weight: 2.5,
    reason: 'an update or correction note',
    examples: {
      match: [
        'UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with further clarification.',
        'Correction: An earlier version misstated the date.',
      ],
      noMatch: ['Updates to the software arrive monthly.'],
    },
    maxLength: 500,
  },
  {
    id: 'disclaimer/excerpt',
    label: 'disclaimer',
    pattern:
      /^(?:excerpted|adapted|reprinted|taken) (?:with permission )?from\s.{1,200}$|^(?:this is an? |an )?(?:edited |abridged |lightly edited |adapted )(?:extract|excerpt) (?:from|of)\s.{1,200}$|^this is an? (?:extract|excerpt) (?:from|of)\s.{1,200}$|^from [“"«].{1,120}[”"»],? (?:by|published by)\s.{1,100}$/iu,
    weight: 4,
    reason: 'an excerpt or adaptation note',
    examples: {
      match: [
        'Excerpted from “Small Things” by Ana Ruiz. Copyright © 2018.',
        'From “Small Things” by Ana Ruiz',
        'This is an edited extract from “Small Things” by Ana Ruiz, published by Example Press.',
      ],
      noMatch: ['From the start, the plan was doomed.', 'Extract from the report was read out in court.'],
    },
    maxLength: 400,
  },
  {
    // An update note: "UPDATE:" with the date it was added and what changed, or the note that
    // the story was updated with a statement or more detail. "Updated: <date>" alone is the
    // page's timestamp (a byline), and an "Update:" that goes straight on with news is the
    // story's own text and stays body.
    id: 'disclaimer/update-labelled',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:update|editor['’]s note)\s?(?:\((?=[^)]{0,30}\d{4}\))[^)]{1,40}\)\s?[:—–-]\s?\S.{0,300}|[:—–-]\s?(?:[\p{L}]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [\p{L}]{3,9}\.? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(?![\p{L}\p{N}])(?=.{0,40}\p{L}{4}).{0,300})$|^[([*]?\s?(?:this (?:article|story|post|report) (?:has been |was )?)?updated (?:with|to include|to add|to reflect) (?:further |more |new |additional |the latest )?(?:clarification|comments?|a statement|statements|information|details|reporting|context|developments|figures)\b.{0,200}$|^\(\s?(?:updates?|adds?|recasts?|rewrites?|changes?|corrects?|fixes|removes?|inserts?|refiles?|repeats?|writes through|tops?)\s(?:with|to|for|throughout|details|comments?|quotes?|background|byline|dateline|headline|paragraph|graphic|link|analyst|official|new|more|additional|latest|figures|reaction|context)\b[^()]{0,120}\)\.?$/iu,
    weight: 6.5,
    reason: 'an update note about the article',
    examples: {
      match: [
        '(Adds details from the statement throughout)',
        '(Updates with analyst comment in fifth paragraph.)',
        'UPDATE: March 3, 2025, 9:40 a.m. ET Updated with a statement from the harbour board.',
        'Update (March 4, 2021): The ministry has since withdrawn the plan.',
        'Updated with comment from the company.',
        'This story was updated to include a statement from the mayor.',
      ],
      noMatch: [
        'Adds details of the plan later, the minister said.',
        'Update: The council voted 7-2 on Tuesday to approve the plan.',
        'Updated: January 16, 2020',
        'UPDATE: March 3, 2025, 9:40 a.m. ET',
        'Updated maps of the flood zone were published on Friday.',
      ],
    },
    maxLength: 400,
  },
  {
    // The editor's note under (or over) an interview: the text was edited, not reported
    // differently. Only the note's own wording, whole, so it weighs like a correction and goes
    // wherever it sits: "the answers were edited" inside a sentence about a trial stays body.
    id: 'disclaimer/edited-note',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:editor['’]s note:\s?)?(?:this (?:interview|conversation|q&a|transcript|discussion|exchange)|(?:some |the )?(?:quotes|responses|answers|remarks|comments|questions and answers)) (?:has|have) been (?:lightly |slightly )?(?:edited|condensed|translated)(?: and (?:lightly )?(?:condensed|edited|translated))?(?: for (?:length|clarity|brevity|space|readability)(?:(?:,| and|, and) (?:length|clarity|brevity|space|readability)){0,2})?[.)\]]?$/iu,
    weight: 6.5,
    reason: "an editor's note that the interview was edited",
    examples: {
      match: [
        'This interview has been edited and condensed.',
        'Some quotes have been edited for length and clarity.',
        'Responses have been lightly edited for clarity.',
        "Editor's note: This conversation has been edited for length.",
      ],
      noMatch: [
        'The answers have been edited by her lawyer, the prosecutor told the jury, and should be ignored.',
      ],
    },
    maxLength: 160,
  },
  {
    // A correction or clarification that says so in its first word, or the bare note that the
    // story was corrected: never the article's own prose, so it goes wherever it sits.
    id: 'disclaimer/correction-labelled',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:(?:correction|corrections|clarification|correction appended)(?: \([^)]{1,40}\)| on [\p{L}\d ,.]{3,30})?\s?[:—–-]\s?\S.{8,500}|this (?:article|story|report|post|piece) (?:has been|was) (?:corrected|amended|clarified|updated)(?: (?:to|with|since|on|at)\b.{0,200})?)[.)\]]?$/iu,
    weight: 6.5,
    reason: 'a correction or update note about the article',
    examples: {
      match: [
        'Correction: An earlier version of this article misstated the date of the vote.',
        'Clarification: The ferry operator is owned by the county, not the city.',
        'This story has been corrected.',
        'This article has been updated to include a statement from the company.',
        'Correction (March 4): The vote was on Tuesday.',
      ],
      noMatch: [
        'Corrections officers walked out on Monday, the union said.',
        'This story has been told many times before.',
      ],
    },
  },
  {
    // Who paid for or made the piece, said of the piece itself ("This content was produced in
    // partnership with …"). A study or report the story is about is not "this content".
    id: 'disclaimer/sponsored-content',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:this (?:content|article|story|series|post|page|feature|special feature|project|coverage|reporting|newsletter|podcast|episode) (?:was|is|has been) (?:produced|created|paid for|sponsored|brought to you|supported|funded|made possible|written|presented) (?:in (?:partnership|association|collaboration) with|by|for|with (?:the )?(?:support|funding|help) (?:of|from)|on behalf of|through (?:a )?(?:grant|funding) from)\s.{1,200}|this (?:content|article|story|series|post|page|feature|project|coverage|reporting|podcast|episode) (?:is|was) (?:(?:produced|published|made|written) )?(?:as )?part of (?:a |an |the |our )?(?:[\p{L}-]+ ){0,3}(?:partnership|collaboration|reporting project|initiative|fellowship)\b.{0,200}|(?:paid|sponsored|partner|promoted) (?:content|post|feature|article)(?: (?:by|from|for|in partnership with) .{1,80})?|this (?:is|was) (?:a )?(?:paid|sponsored|partner|promoted) (?:content|post|feature|article|story))[.)\]]?$/iu,
    weight: 6.5,
    reason: 'a sponsorship disclosure',
    examples: {
      match: [
        'This is a sponsored post.',
        'This content was produced in partnership with Example Bank.',
        'This series is supported by a grant from the Example Foundation.',
        'This story is part of a partnership with the Example Foundation.',
        'Sponsored content by Example Travel',
      ],
      noMatch: ['The report was funded by the European Commission, which rejected its findings.'],
    },
  },
  {
    // A crisis help line printed under stories about suicide or abuse.
    id: 'disclaimer/help-line',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:if you(?: or someone you know)?(?: are| is| have been| feel| need| were)\b.{0,80}\b(?:suicid\w*|in crisis|self-harm|distress|affected by (?:the|these|any of the) (?:issues|topics)|mental health)\b.{0,240}|if you(?: or someone you know)? (?:are|is) struggling,? (?:please )?(?:call|text|dial|contact|reach out)\b.{0,200}|(?:the )?(?:\d{3,4} )?suicide (?:and|&) crisis lifeline\b.{0,240})[.)\]]?$/iu,
    weight: 6.5,
    reason: 'a crisis help-line note',
    examples: {
      match: [
        'If you or someone you know is struggling, call or text 988.',
        'If you have been affected by the issues in this article, support is available.',
      ],
      noMatch: [
        'If you are struggling with the new timetable, the operator said, staff at the pier can help.',
      ],
    },
  },
  {
    id: 'disclaimer/correction',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /\b(?:an earlier version of this (?:article|story|report|piece|post)|this (?:article|story) has been (?:corrected|amended) to|we (?:regret|apologi[sz]e for) the error)\b/iu,
    weight: 4.5,
    reason: 'a correction note about the article',
    examples: {
      match: ['Correction: An earlier version of this article gave the wrong date.', 'We regret the error.'],
      noMatch: ['An earlier version of the bill was rejected by the Senate in May.'],
    },
    maxLength: 500,
  },
  {
    // A site's own terms under its pages: "The information on this website is for general
    // information only …". An article does not open a paragraph by pointing at the website.
    id: 'disclaimer/site-information',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^(?:the )?(?:information|content|contents|materials?|opinions) (?:provided |contained |published |presented |found )?(?:on|in|at|through) this (?:website|web site|site|page|blog|app|podcast|channel)\b.{0,500}$/iu,
    weight: 4.5,
    maxLength: 600,
    reason: 'the site’s terms for its content',
    examples: {
      match: [
        'The information on this website is for general information only and is not medical advice.',
        'Content published on this site, including blogs and forums, is intended for readers in the UK.',
      ],
      noMatch: ['The information on this form is used to calculate your tax, the agency said.'],
    },
  },
  {
    // The house's note that a machine wrote, translated or summarised the text. It speaks of
    // itself ("this article"), which is what sets it apart from a story about AI tools.
    id: 'disclaimer/ai-assisted',
    label: 'disclaimer',
    languages: ['en'],
    pattern:
      /^[([*]?\s?(?:(?:note|disclosure|editor(?:'|’)s note|transparency note)\s?:\s?)?(?:this (?:article|story|report|text|summary|content|piece|post|translation|version|page)|parts of this (?:article|story|report)) (?:was|were|has been|is|have been) (?:(?:partly|partially|in part|fully|automatically|originally) )?(?:produced|generated|written|created|drafted|translated|summari[sz]ed|prepared|compiled|edited|researched) (?:(?:partly|partially|in part) )?(?:with (?:the )?(?:help|assistance|aid|support) of|using|by|with|through|via) (?:an? |the )?(?:ai\b|a\.i\.|artificial intelligence|generative ai|gen-?ai|machine translation|automated (?:tools?|systems?|software)|(?:a |an )?(?:large )?language models?)(?![\p{L}]).{0,200}$|^(?:this |the )?(?:audio(?: version)?|narration|voice-?over|voice|reading|listening version)(?: (?:of|for) this (?:article|story))? (?:is|was|has been) (?:(?:automatically|computer) )?(?:generated|produced|created|narrated|read|voiced) (?:by|using|with|through) (?:an? )?(?:ai\b|a\.i\.|artificial intelligence|synthetic voices?|(?:an )?automated voice|text-to-speech|computer-generated voice)(?![\p{L}]).{0,160}$|^(?:ai|artificial intelligence|an ai tool|generative ai) (?:was|has been) used to (?:help )?(?:produce|generate|write|draft|translate|summari[sz]e|create|research) (?:this|parts of this) (?:article|story|report|text|summary|content|piece)\b.{0,200}$/iu,
    weight: 5,
    maxLength: 400,
    reason: 'a note that the text was written or translated with AI',
    examples: {
      match: [
        'This story was produced with the help of AI and checked by an editor.',
        'Note: This summary was generated using artificial intelligence.',
        'This article has been translated using machine translation.',
        'AI was used to help translate this article; a journalist reviewed it.',
        'Audio is generated by AI and may contain mistakes.',
      ],
      noMatch: [
        'The report was written with the help of AI, the researchers admitted on Monday.',
        'This story was produced by our partners at the Harbour Gazette.',
      ],
    },
  },
  {
    // disclaimer/ai-assisted in the pack languages: "dieser Text wurde mit Hilfe von KI
    // erstellt", "cet article a été rédigé avec l'aide de l'IA", and so on.
    id: 'disclaimer/ai-assisted-packs',
    label: 'disclaimer',
    pattern:
      /^[([*]?\s?(?:(?:hinweis|transparenzhinweis|anmerkung(?: der redaktion)?|note|nota|aviso|avvertenza)\s?:\s?)?(?:dieser (?:artikel|text|beitrag|bericht)|diese (?:meldung|zusammenfassung|übersetzung)|cet (?:article|texte)|ce (?:texte|contenu|résumé)|cette (?:traduction|dépêche)|este (?:artículo|texto|contenido|resumen|artigo|conteúdo|resumo)|esta (?:noticia|información|nota|traducción|notícia|matéria|reportagem|tradução)|questo (?:articolo|testo|contenuto|riassunto)|questa (?:notizia|traduzione))\s(?:.{0,40}\s)?(?:wurde|ist|a été|est|ha sido|fue|foi|é|è stat[oa])\s(?:.{0,60}\s)?(?:mit hilfe (?:von |der |einer )?|mithilfe (?:von |der |einer )?|mit unterstützung (?:von |der |einer )?|mit |durch (?:eine )?|von (?:einer )?|avec l['’]aide (?:de l['’]|de la |d['’]une |de )|à l['’]aide (?:de l['’]|de la |d['’]une |de )|grâce à (?:l['’]|la |une )?|par (?:l['’]|la |une )?|avec (?:l['’]|la |une )?|con (?:la )?ayuda de (?:la |una )?|con (?:el )?apoyo de (?:la |una )?|mediante (?:la |una )?|con (?:la |una )?|por (?:la |una |a |uma )?|com (?:o |a )?(?:apoio|auxílio|ajuda) d[eao] (?:uma )?|com (?:a |uma )?|con l['’]aiuto (?:dell['’]|della |di )|con il supporto (?:dell['’]|della |di )|tramite (?:l['’]|la )?|dall['’]|dalla |da )(?:ki|künstliche[rn]? intelligenz|intelligence artificielle|ia|inteligencia artificial|inteligência artificial|intelligenza artificiale|maschineller übersetzung|traduction automatique|traducción automática|tradução automática|traduzione automatica)(?![\p{L}-]).{0,200}$/iu,
    weight: 5,
    maxLength: 400,
    reason: 'a note that the text was written or translated with AI',
    examples: {
      match: [
        'Dieser Beitrag wurde mit Hilfe von KI erstellt und von der Redaktion geprüft.',
        "Cet article a été traduit avec l'aide de l'intelligence artificielle.",
        'Este artículo fue redactado con ayuda de inteligencia artificial.',
        'Este artigo foi escrito com o apoio de inteligência artificial.',
        "Questo testo è stato generato con l'aiuto dell'intelligenza artificiale.",
      ],
      noMatch: [
        'Dieser Bericht wurde im Landtag diskutiert, nachdem die Schule KI-Kameras getestet hatte.',
        'La empresa presentó el martes su nuevo sistema de inteligencia artificial.',
      ],
    },
  },
];
