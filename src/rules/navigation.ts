import type { RuleSpec } from '../types.js';

/** Site navigation: breadcrumbs, menus, pagination and widget labels. */
export const navigationRules: RuleSpec[] = [
  {
    id: 'nav/breadcrumb',
    label: 'chrome',
    pattern:
      /^[^>›»|/]{1,30}(?:(?:\s?[>›»]\s?|\s[|/]\s)[^>›»|/]{1,30}){1,6}\s?[>›»|/]?$|^[>›»]\s?[^>›»]{1,40}$/u,
    weight: 1.5,
    reason: 'a breadcrumb or menu path',
    maxLength: 150,
    examples: {
      match: ['Home > News > World', 'Home › Wirtschaft ›', '> Life', 'News | Politics | Elections'],
      noMatch: ['He said the 2/3 majority was enough.'],
    },
  },
  {
    id: 'nav/menu-word',
    label: 'chrome',
    pattern:
      /^(?:home|homepage|home page|menu|main menu|search|close|open|back|back to top|top|skip to (?:main )?content|skip navigation|go to|next|previous|prev|more|expand|collapse|toggle navigation|navigation|site (?:information )?navigation|sections|all sections|loading|loading\.\.\.|please wait|click here|tap here|read more|see more|continue|ok|cancel|submit|send|edit|today|subscribe|log in|sign in|view|watch|listen|play|pause|mute|unmute|full ?screen|zoom|enlarge|close (?:window|gallery|menu|x)|x|×|…|\.\.\.|top stories|latest news|news|world|business|sports?|politics|opinion|entertainment|lifestyle|technology|tech|science|health|travel|culture|video|videos|photos|weather|markets|economy|local|national|international|u\.?s\.?|us news|world news)[.:]?$/iu,
    weight: 2,
    reason: 'a menu word alone on its line',
    examples: {
      match: ['Home', 'Menu', 'Back to top', 'Loading...', 'Politics', 'Site Information Navigation'],
      noMatch: ['Home is where the heart is.'],
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
    id: 'nav/symbol-only',
    label: 'chrome',
    pattern: /^[|>»›<«‹+×•·\s]{1,12}$/u,
    weight: 1.5,
    reason: 'a line of symbols only',
    examples: { match: ['|', '>', '•••', '+'], noMatch: ['* * *', '=========='] },
  },
];
