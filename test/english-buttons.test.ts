/** English button text that sites in other languages print as it is. */
import { expect, test } from 'vitest';
import { classifyLines } from '../src/index.js';

test('an English reprint button on a Spanish page is chrome', () => {
  const lines = [
    'El puerto reconstruirá el viejo malecón antes del verano',
    'por Marta Quintana',
    'ORDER REPRINT →',
    'La junta del puerto votó el lunes a favor de reconstruir el viejo malecón, que se rompió dos veces durante las tormentas del invierno pasado.',
    'Las obras empezarán en primavera y durarán dos años, según explicó la junta en un comunicado enviado a los vecinos de la zona baja.',
  ];
  const decisions = classifyLines(`${lines.join('\n')}\n`);
  expect(decisions[2]).toMatchObject({ label: 'chrome', ruleId: 'nav/reprint-link' });
  expect(decisions[3]?.label).toBe('body');
});
