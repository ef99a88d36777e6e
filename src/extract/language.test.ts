import { describe, expect, it } from 'vitest';
import { guessLanguage, normalizeLanguage } from './language.ts';

describe('normalizeLanguage', () => {
  const cases: Array<[string | null, string | null]> = [
    ['en-US', 'en'],
    ['fr_FR', 'fr'],
    [' DE ', 'de'],
    ['english', null],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (tag, expected) => expect(normalizeLanguage(tag)).toBe(expected));
});

describe('guessLanguage', () => {
  const cases: Array<[string, string | null]> = [
    ['The mayor said that the plan was fair and that it is the best one for the city.', 'en'],
    ['Le maire a dit que le plan est juste et que la ville est pour les familles qui ont des enfants.', 'fr'],
    ['Der Bürgermeister sagte, dass die Stadt und das Land nicht mit der Regierung auf einer Linie ist.', 'de'],
    ['Мэр сказал, что это не так и что в городе по вечерам, как и в деревне, тихо, но он не знает.', 'ru'],
    ['Short.', null],
  ];
  it.each(cases)('%s', (text, expected) => expect(guessLanguage(text)).toBe(expected));
});
