import { StopWordIndex } from './stopword-index.js';

/**
 * The most frequent function words of each supported language. They tell prose from
 * menus and headlines, and the counts pick the language of a document.
 */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(
    'the a an and or but of to in on at for with by from as is are was were be been being it its this that these those he she they we you i his her their our your not no has have had do does did will would can could should may might must said says than then there here which who whom whose what when where why how also after before about into over under more most some any all one two',
  ),
  de: words(
    'der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war waren wird werden wurde wurden hat haben hatte im in am an auf aus bei mit nach von vor zu zum zur für über unter sich es er sie wir ihr ich auch noch nur wie als so dass daß wenn man dieser diese dieses einem sein seine ihre mehr schon',
  ),
  fr: words(
    "le la les un une des du de et ou mais ne pas est sont était été sera a ont avait dans sur sous avec pour par en au aux ce cette ces il elle ils elles nous vous on qui que quoi dont où son sa ses leur leurs plus aussi comme si se lui y qu'il c'est d'un d'une",
  ),
  es: words(
    'el la los las un una unos unas y o pero no es son era fue fueron ser ha han había en de del al con por para sobre entre sin se su sus que quien cual cuando donde como más también muy ya este esta estos estas lo le les ha sido está están',
  ),
  pt: words(
    'o a os as um uma uns umas e ou mas não é são era foi foram ser tem têm tinha em no na nos nas de do da dos das ao à com por para sobre entre sem se seu sua seus suas que quem qual quando onde como mais também muito já este esta isso ele ela eles elas pelo pela',
  ),
  it: words(
    "il lo la i gli le un uno una e o ma non è sono era erano stato stata ha hanno aveva in nel nella nei nelle di del della dei delle al alla ai alle con per su tra fra da dal dalla se suo sua suoi sue che chi cui quando dove come più anche molto già questo questa l'ha c'è",
  ),
  hi: words(
    'का की के को में है हैं था थी थे और या लेकिन नहीं यह वह ये वे इस उस एक से पर ने भी तो कि जो कर करने किया गया गई हो रहा रही रहे लिए साथ बाद अपने उन्होंने उनके इसके हुए हुआ हुई गए कहा किसी कुछ सभी तक अब जब तब वो उसके उनकी उनका इसकी इसका उसकी उसका जा जाता जाती जाते होता होती होते सकता सकती सकते बहुत ही वाले वाली वाला',
  ),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u));
}

/** Languages with their own rule entries and stop words. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(STOP_WORDS);

/** Every supported language's stop words, looked up in place; bit k is SUPPORTED_LANGUAGES[k]. */
export const STOP_WORD_INDEX = new StopWordIndex(
  SUPPORTED_LANGUAGES.map((language) => STOP_WORDS[language] as ReadonlySet<string>),
);
