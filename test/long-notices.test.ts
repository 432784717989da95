/** Cookie notices run to two or three sentences: a long one is still caught on its own line. */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';

const NOTICES: readonly (readonly [string, string, string])[] = [
  [
    'de',
    'consent/de-cookie-notice',
    'Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Dazu zählen Cookies, die für den Betrieb der Seite notwendig sind, sowie solche, die wir für Statistiken und für Inhalte unserer Partner nutzen. Mehr dazu finden Sie in den Einstellungen.',
  ],
  [
    'fr',
    'consent/fr-cookie-notice',
    'En poursuivant votre navigation sur notre site, vous acceptez le dépôt de cookies destinés à mesurer l’audience, à vous proposer des offres adaptées à vos centres d’intérêt et à partager des contenus sur les réseaux sociaux. Paramétrer mes choix.',
  ],
  [
    'es',
    'consent/es-cookie-notice',
    'Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar estadísticas de navegación y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso en las condiciones de nuestra política.',
  ],
  [
    'pt',
    'consent/pt-cookie-notice',
    'Utilizamos cookies para melhorar sua experiência em nosso site, personalizar a publicidade e analisar o tráfego das nossas páginas. Ao continuar navegando, você concorda com o uso de cookies e com as condições descritas na nossa política de privacidade.',
  ],
  [
    'it',
    'consent/it-cookie-notice',
    'Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti, per migliorare la tua esperienza di navigazione e per mostrarti pubblicità in linea con le tue preferenze. Proseguendo la navigazione acconsenti all’uso dei cookie.',
  ],
  [
    'hi',
    'consent/hi-consent',
    'हम कुकीज़ का उपयोग करते हैं ताकि आपको बेहतर अनुभव मिले, हमारी सेवाओं को बेहतर बनाया जा सके और आपकी रुचि के अनुसार विज्ञापन दिखाए जा सकें। इस साइट का उपयोग जारी रखकर आप हमारी कुकी नीति और गोपनीयता नीति से सहमत होते हैं।',
  ],
];

describe('long cookie notices', () => {
  test.each(NOTICES)(
    '%s: a notice of more than 200 characters is caught (%s)',
    (language, ruleId, notice) => {
      expect(notice.length).toBeGreaterThan(200);
      const decision = classifyLines(`${notice}\n`, { language })[0];
      expect(decision).toMatchObject({ label: 'chrome', ruleId });
    },
  );
});
