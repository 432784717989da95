import type { RuleSpec } from '../types.js';

/** Share buttons, follow prompts, social network names and print/copy-link widgets. */
export const socialRules: RuleSpec[] = [
  {
    id: 'share/buttons',
    label: 'chrome',
    pattern:
      /^(?:share|tweet|pin|post|e-?mail|mail|print|copy|save|like|comment|whatsapp|facebook|twitter|x|linkedin|reddit|flipboard|pinterest|telegram|messenger|pocket|threads|bluesky|mastodon|tumblr|google\+|blogger|stumbleupon|vk|vkontakte|odnoklassniki|digg|delicious|evernote|viber|xing|hacker news|sms|link|copy link|copy url|get (?:short )?(?:url|link)|copied|(?:gift|give)(?: this)? article|share (?:the )?full (?:article|story)|뒤로가기|인쇄하기|공유하기|스크랩|글자크기|목록|印刷|共有|シェア|ツイート|分享|打印|收藏|listen|bookmark|text size|a\+|aa|\+|\d+\s?(?:shares?|comments?|likes?))(?:[\s|/,•·]+(?:share|tweet|pin|post|e-?mail|mail|print|copy|save|like|comment|whatsapp|facebook|twitter|x|linkedin|reddit|flipboard|pinterest|telegram|messenger|pocket|threads|bluesky|mastodon|tumblr|sms|link|url|more|on|via|by|with|this|to|article|story|entry|page|gift|listen|bookmark|뒤로가기|인쇄하기|공유하기|스크랩|글자크기|목록|印刷|共有|シェア|ツイート|分享|打印|收藏|\d+\s?(?:shares?|comments?|likes?)))*[:.]?$/iu,
    weight: 4,
    reason: 'share, save or print buttons',
    examples: {
      match: [
        'Share this with',
        'Share',
        'Tweet',
        'twitter facebook email Share',
        '공유하기 인쇄하기 스크랩',
        'シェア ツイート',
        'Share on Facebook',
        'Share this entry',
        'StumbleUpon',
        'Google+',
        'Share by Mail',
        'Copy link',
        'Get short URL',
        'Print Article',
        'Email | Print',
        'WhatsApp',
        'Give this article',
        'Share full article',
      ],
      noMatch: ['Share prices fell 3% on Monday after the results.', 'Print media is in decline.'],
    },
  },
  {
    id: 'share/click-to-share',
    label: 'chrome',
    pattern:
      /^(?:click|tap) (?:here )?to (?:share|email|print|tweet|copy|save)\b.{0,80}$|\(opens in (?:a )?new (?:window|tab)\)|^share (?:this|the) (?:article|story|page|post|video)\b.{0,40}$|^share (?:on|via|with) \w+/iu,
    weight: 5,
    reason: 'a share widget',
    examples: {
      match: [
        'Click to share on Mastodon (Opens in new window)',
        'Share this article:',
        'Share on WhatsApp (opens in a new window)',
      ],
      noMatch: ['She shared the photo with reporters on Tuesday.'],
    },
  },
  {
    id: 'share/glued-networks',
    label: 'chrome',
    pattern:
      /^(?:(?:share (?:to|on|via|with) ?)?(?:facebook|twitter|instagram|youtube|linkedin|whatsapp|pinterest|tiktok|telegram|reddit|email|e-mail|mail|messenger|more|print|koo app|snapchat|x)\s?){2,}$/iu,
    weight: 5,
    reason: 'social network names glued together',
    examples: {
      match: [
        'FacebookTwitterInstagramYOUTUBE',
        'Facebook Twitter LinkedIn',
        'Share to LinkedInLinkedInShare to FacebookFacebookShare to EmailEmail',
      ],
      noMatch: ['Facebook fined'],
    },
  },
  {
    id: 'share/follow-us',
    label: 'chrome',
    pattern:
      /^(?:follow|like|join|find|connect with) (?:us|@\w+|[\w.]+ (?:on|at))(?:\s(?:on|at|in|for|via|and|&|today|now)\b.{0,100}|\s?[.!:]?)$|^add (?:us|[\w.]+) as (?:a |your )?(?:preferred|trusted|favou?rite) source\b.{0,60}$|^join (?:our|the) [\w .&'’-]{0,30}\b(?:whatsapp|telegram|discord|signal|viber) (?:channel|group|community|server)\b.{0,80}$|^join (?:the )?(?:whatsapp|telegram|signal|viber) (?:channel|group|community) of\b.{1,80}$|^(?:stay ahead|stay tuned|keep up|get (?:all )?(?:the )?latest(?: news)?)\b.{0,40}\bupdates? on (?:our|the) [\w .&'’-]{0,30}\b(?:whatsapp|telegram|signal|viber) (?:channel|group|community)\b.{0,60}$|^follow (?:this|the) (?:author|writer|reporter|columnist|topics?|authors|writers)(?: (?:of|in|within|from) this (?:article|story|post))?$|^follow (?:the )?(?:latest|live|our)\b.{0,60}(?:on|at) (?:twitter|facebook|instagram|x|telegram|whatsapp|google news|youtube)\b.{0,40}$|^(?:stay|keep) (?:connected|up to date|updated|informed) (?:with|on|via)\b.{0,80}$/iu,
    weight: 4,
    reason: 'a follow-us prompt',
    examples: {
      match: [
        'Stay ahead with the latest updates on our WhatsApp channel. Click here to join.',
        'Join Whatsapp Channel of The Harbour Gazette for latest updates.',
        'Follow us on Twitter and Facebook',
        'FOLLOW US ON SOCIAL MEDIA',
        'Join us on Telegram',
        'Stay updated with our WhatsApp channel',
        'Follow the writer of this story',
        'Follow the topics in this post',
        'Follow this author',
        'Add us as a preferred source on Google',
        'Join our WhatsApp channel',
        'Join the Valley Post Telegram channel for the latest updates',
      ],
      noMatch: [
        'Join us, the protesters chanted outside parliament.',
        'Follow the money, the detective told her.',
      ],
    },
  },
  {
    id: 'share/liked-this-prompt',
    label: 'chrome',
    pattern:
      /^(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:story|article|post|piece|video|read)\?\s?(?:please )?(?:share|send|pass|forward|tell)\b.{0,80}$/iu,
    weight: 4.5,
    reason: 'a prompt to share the story after asking if the reader liked it',
    examples: {
      match: [
        'Liked this article? Share it with a friend!',
        'Enjoyed this article? Please share it on your networks.',
      ],
      noMatch: [
        'Like the story of the ant and the grasshopper, the plan needed patience.',
        'Did you like this story? We asked readers.',
      ],
    },
  },
  {
    id: 'share/click-here-to-get',
    label: 'chrome',
    pattern:
      /^(?:click|tap) here (?:to|for) (?:get|download|read|watch|listen|see|view|sign up|join|follow|install)\b.{0,80}$|^(?:get|download|install)\b.{1,60}\bby (?:clicking|tapping) here[.!]?$/iu,
    weight: 4.5,
    reason: 'a click-here call to get an app, a feed or more content',
    examples: {
      match: [
        'CLICK HERE TO GET THE NEWS APP',
        'Get our podcast on the go by clicking here',
        'Tap here to download our free app.',
      ],
      noMatch: [
        'She said to click here and there until the old computer woke up.',
        'Readers can get the results by clicking on the map.',
      ],
    },
  },
  {
    id: 'share/handle-only',
    label: 'chrome',
    pattern: /^(?:@[\w.]{2,30}|#\w{2,40})(?:\s+(?:@[\w.]{2,30}|#\w{2,40})){0,8}$/u,
    weight: 2,
    reason: 'social handles or hashtags only',
    examples: { match: ['#brooklynbridge', '@newsdesk', '#tech #ai'], noMatch: ['#1 hit single'] },
  },
  {
    id: 'share/embed-placeholder',
    label: 'chrome',
    pattern:
      /^(?:(?:view|see|watch) (?:this|the (?:full|original)) (?:post|tweet|photo|video|reel|thread) on (?:x|twitter|instagram|facebook|tiktok|youtube|threads|bluesky)|(?:this )?(?:tweet|post|video|content) (?:may have been|was|has been) (?:deleted|removed)\b.{0,40}|(?:load|show) (?:embedded )?(?:tweet|post|content))[.:]?$/iu,
    weight: 4,
    reason: 'a placeholder or link of an embedded social post',
    examples: {
      match: ['View this post on X', 'Tweet may have been deleted', 'View this post on Instagram'],
      // The line under an embedded post that names who shared it and when ("A post shared by
      // … on Dec 5") is part of the post the article quotes, as a quoted tweet's "— Name
      // (@handle) date" is: body, as the corpus labels it.
      noMatch: [
        'The tweet may have been deleted by the minister after the backlash, aides said, but copies spread.',
        'A post shared by Jane Roe (@janeroe) on Dec 5, 2026 at 9:10am PST',
      ],
    },
  },
  {
    id: 'share/link-copied',
    label: 'chrome',
    pattern:
      /^(?:(?:the )?(?:link|url|address) (?:has been |was )?copied(?: to (?:the |your )?clipboard)?|copied to clipboard|link kopiert|lien copié|enlace copiado)[.!]?$/iu,
    weight: 4,
    reason: 'a copy-link confirmation',
    examples: {
      match: ['Link Copied', 'URL copied to clipboard!'],
      noMatch: ['The link was copied by other sites within hours.'],
    },
  },
  {
    // A like button's word alone on its line, in the languages without a pack of their own
    // too.
    id: 'share/like-button',
    label: 'chrome',
    pattern:
      /^(?:to se mi líbí|gefällt mir|j(?:'|’)aime|me gusta|mi piace|curtir|polub(?: to)?|tykkää|vind ik leuk|beğen|нравится|いいね！?|좋아요)$/iu,
    weight: 3,
    reason: 'a like button',
    examples: {
      match: ['To se mi líbí', 'Gefällt mir', 'Me gusta', 'いいね！'],
      noMatch: ['Me gusta mucho la ciudad.'],
    },
  },
  {
    id: 'share/like-widget',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:like loading(?:\.\.\.|…)|be the first to like this\.?|\d[\d,]* (?:bloggers?|people|readers) likes? this\.?)$/iu,
    weight: 4,
    reason: 'a blog like button and its counter ("Like Loading...", "Be the first to like this.")',
    examples: {
      match: ['Like Loading...', 'Be the first to like this.', '12 bloggers like this.'],
      noMatch: [
        'Be the first to like this new café, the owner urged neighbours.',
        '12 people like this plan, the survey found.',
      ],
    },
  },
  {
    id: 'share/sharing-options',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^(?:share\s?)?(?:(?:show|see|view) (?:more|fewer|all)|close(?: extra| more)?|more|all|extra|other) sharing options(?: for:\s?\S.{0,160})?$|^copy (?:link|url)\s?(?:link |url ?)?copied!?$/iu,
    weight: 4,
    reason:
      'a share bar toggle ("Show more sharing options") or a copy-link button with its confirmation glued on',
    examples: {
      match: [
        'Show more sharing options',
        'Close more sharing options',
        'Share All sharing options for: Tram line to close for a week of repairs',
        'Copy Link URLCopied!',
      ],
      noMatch: [
        'More sharing options for families were promised by the housing minister.',
        'Copy link checks are done by the editors before publication.',
      ],
    },
  },
  {
    id: 'share/follow-on-networks',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /^follow (?:[\p{L}\p{N}.'’&@()-]+ ){1,8}on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp)\b(?:[\p{L}\p{N} ,.'’&@()-]{0,80})$/iu,
    weight: 3.5,
    reason: 'a prompt to follow a section or desk on social networks',
    examples: {
      match: [
        'Follow the Valley Ledger sports desk on Twitter (@ledgersport) and Instagram.',
        'Follow Harbour Weekly on Facebook, X and YouTube',
      ],
      noMatch: [
        'Follow the money, the detective told her.',
        'Follow the river on foot for two miles until you reach the bridge.',
      ],
    },
  },
  {
    // The follow prompt that closes a promo paragraph ("… deals every day. Follow us on X
    // @handle."): the sentences before it are the promo.
    id: 'share/follow-us-closing',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /(?:^|[.!?]\s)follow us (?:on|at|via) (?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube)\b[^.!?]{0,40}[.!]?$/iu,
    weight: 3.5,
    maxLength: 250,
    reason: 'a promo that closes with a follow-us prompt',
    examples: {
      match: ['Welcome to Bargain Hour, our pick of the day’s deals. Follow us on Twitter @bargainhour.'],
      noMatch: ['“Follow us on Twitter,” the sign said, but nobody did.'],
    },
  },
  {
    id: 'share/follow-button',
    label: 'chrome',
    pattern:
      /^(?:\+\s?(?:follow|folgen|suivre|seguir)|(?:follow|folgen|suivre|seguir)\s?\+|unfollow|following)$/iu,
    weight: 4,
    reason: 'a follow button',
    examples: { match: ['+ FOLLOW', 'Follow +'], noMatch: ['Follow the river north.'] },
  },
  {
    id: 'share/count',
    label: 'chrome',
    pattern:
      /^\d[\d.,]*\s?[km]?\s?(?:shares?|views?|reads?|likes?|reactions?|comments?|repins?|messages?|replies|reply|votes?)$/iu,
    weight: 3.5,
    reason: 'a share, view or comment count',
    examples: {
      match: ['12,345 shares', '1.2K views', '88 comments', '3,210 messages', '1 reply'],
      noMatch: ['12 shares were sold.', '40 messages a day'],
    },
  },
  {
    // A reaction or poll bar, its percentages glued together by the scraper ("7%63%30%"). A
    // table row of percentages comes out one cell per line, or with spaces between.
    id: 'share/reaction-bar',
    label: 'chrome',
    pattern: /^(?:\d{1,3}(?:[.,]\d{1,2})?%){2,8}$/u,
    weight: 3,
    // Every reaction count holds a digit: the matcher skips the rule on digit-free lines.
    needsDigit: true,
    reason: 'the percentages of a reaction or poll bar',
    examples: { match: ['7%63%30%', '12.5%87.5%'], noMatch: ['7% 63% 30%', '63%'] },
  },
  {
    id: 'share/other-languages',
    label: 'chrome',
    pattern:
      /^(?:jaa|sdílet|sdílejte|udostępnij|dela|compartir|compartilhar|condividi|partager|teilen|delen|paylaş|поделиться)(?:\s\p{L}{1,30}){0,2}\s?\d{0,6}:?$/iu,
    weight: 3.5,
    reason: 'a share button in another language',
    examples: {
      match: ['Jaa artikkeli:', 'Sdílet článek', 'Compartir en Facebook', 'Udostępnij'],
      noMatch: ['Compartir el poder fue su propuesta central durante toda la campaña electoral.'],
    },
  },
  {
    id: 'share/cjk-networks',
    label: 'chrome',
    pattern:
      /^(?:微信|微博|新浪微博|腾讯微博|qq空间|qzone|qq|人人网|豆瓣|朋友圈|微信朋友圈|分享|分享到|收藏|点赞|\+1|line|はてブ|ツイート|シェア|いいね)[:：]?$/iu,
    weight: 3.5,
    reason: 'a Chinese or Japanese share button',
    examples: { match: ['微信', 'Qzone', '+1', 'ツイート'], noMatch: ['微信支付在全国普及了。'] },
  },
  {
    id: 'share/subscribe-channel',
    label: 'chrome',
    languages: ['en'],
    pattern:
      /\bsubscribe (?:on|to (?:us on|our channel on|our)) (?:youtube|twitch|spotify|apple podcasts|itunes|youtube channel|podcast)\b.{0,40}$/iu,
    weight: 4,
    reason: 'a prompt to subscribe to a video or podcast channel',
    examples: {
      match: ['For all our latest clips – Subscribe on YouTube!', 'Subscribe to our YouTube channel'],
      noMatch: [
        'Fans who chose to subscribe on YouTube years ago stayed loyal through the long dispute with the label.',
      ],
    },
  },
  {
    id: 'share/on-network-list',
    label: 'chrome',
    pattern:
      /^(?:share|share on|share via|share this|teilen|partager|compartir)\s?:\s?(?:facebook|twitter|x|reddit|linkedin|whatsapp|e-?mail|google\+|pinterest|telegram|tumblr|flipboard|messenger)(?:[\s,|•·]+(?:facebook|twitter|x|reddit|linkedin|whatsapp|e-?mail|google\+|pinterest|telegram|tumblr|flipboard|messenger))*$|^copied[.!]?$/iu,
    weight: 4,
    reason: 'a labelled row of share buttons',
    examples: {
      match: ['Share on: WhatsApp Facebook LinkedIn', 'Share: Email, WhatsApp', 'Copied!'],
      noMatch: ['Share: the company’s stock fell.'],
    },
  },
];
