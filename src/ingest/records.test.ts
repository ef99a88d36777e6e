import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import { toRecord } from './records.ts';

const NO_META = { title: null, url: null, outlet: null, published: null, byline: null };

describe('toRecord', () => {
  it.each<[string, unknown, object]>([
    ['text and metadata', { id: 'a', text: 'Body', title: 'T', url: 'u', outlet: 'O', published: '2024', byline: 'B' }, { id: 'a', kind: 'text', content: 'Body', meta: { title: 'T', url: 'u', outlet: 'O', published: '2024', byline: 'B' } }],
    ['html', { id: 'h', html: '<p>x</p>' }, { kind: 'html', content: '<p>x</p>', meta: NO_META }],
    ['text preferred over html', { id: 1, text: 'plain', html: '<p>x</p>' }, { id: '1', kind: 'text', content: 'plain' }],
    ['content and body as text', { id: 'c', body: 'from body' }, { kind: 'text', content: 'from body' }],
    ['empty text falls through to html', { id: 'e', text: '  ', html: '<b>h</b>' }, { kind: 'html', content: '<b>h</b>' }],
    ['number id stringified', { id: 42, text: 'x' }, { id: '42' }],
    ['aliases: date, author list, publisher, headline, link', { id: 'x', text: 'x', date: '2024-01-02', author: ['A', 'B'], publisher: 'P', headline: 'H', link: 'L' }, { meta: { title: 'H', url: 'L', outlet: 'P', published: '2024-01-02', byline: 'A, B' } }],
    ['epoch date stringified', { id: 'x', text: 'x', published: 1700000000 }, { meta: { ...NO_META, published: '1700000000' } }],
    ['blank metadata is null', { id: 'x', text: 'x', title: '  ' }, { meta: NO_META }],
  ])('%s', (_name, input, expected) => {
    expect(toRecord(input, 's')).toMatchObject({ source: 's', ...expected });
  });

  it('leaves the id unset when the record has none (the pipeline hashes the extracted text)', () => {
    expect(toRecord({ text: 'Some text' }, 's')).not.toHaveProperty('id');
  });

  it.each<[string, unknown, ErrorCode, RegExp]>([
    ['no text at all', { title: 'T' }, 'NO_TEXT', /record has no text/],
    ['only blank text', { text: ' \n ' }, 'NO_TEXT', /record has no text/],
    ['text not a string', { text: 5 }, 'BAD_RECORD', /field "text" must be a string, got number/],
    ['empty string id', { id: '', text: 'x' }, 'BAD_RECORD', /"id" must be a non-empty string or a number, got an empty string/],
    ['object id', { id: {}, text: 'x' }, 'BAD_RECORD', /got object/],
    ['boolean id', { id: true, text: 'x' }, 'BAD_RECORD', /got boolean/],
    ['object title', { text: 'x', title: { a: 1 } }, 'BAD_RECORD', /field "title" must be a string, got object/],
    ['array', [1], 'BAD_RECORD', /expected a JSON object, got array/],
    ['null', null, 'BAD_RECORD', /got null/],
    ['string', 'text', 'BAD_RECORD', /got string/],
  ])('rejects %s', (_name, input, code, reason) => {
    expect(() => toRecord(input, 's')).toThrow(reason);
    expect(() => toRecord(input, 's')).toThrow(expect.objectContaining({ code }));
  });
});
