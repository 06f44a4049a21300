// Invalid JSON from a webmaster: one warning with the line and column where it stops being
// valid, and the likely cause in words a webmaster knows.
import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { parseJson } from '../../src/shared/json.js';
import { cleanKit } from '../support/clean-kit.js';

describe('parseJson', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  const cases = [
    {
      name: 'a comma after the last item',
      json: '{\n  "label": "Book",\n  "phone": "780",\n}',
      said: 'invalid JSON at line 4, column 1; fix it there (JSON allows no comma before }). The default is used.',
    },
    {
      name: 'a comma after the last item of a list',
      json: '[{ "name": "Samaritans", "call": "116 123" },]',
      said: 'invalid JSON at line 1, column 46; fix it there (JSON allows no comma before ]). The default is used.',
    },
    {
      name: 'curly quotes from a word processor',
      json: '{ “label”: “Book” }',
      said: 'invalid JSON at line 1, column 3; fix it there (JSON takes straight double quotes, "like this"). The default is used.',
    },
    {
      name: "single quotes",
      json: "{ 'label': 'Book' }",
      said: 'invalid JSON at line 1, column 3; fix it there (JSON takes straight double quotes, "like this"). The default is used.',
    },
    {
      name: 'a missing comma',
      json: '{ "label": "Book" "phone": "780" }',
      said: 'invalid JSON at line 1, column 19; fix it there (a missing comma or quote is the usual cause). The default is used.',
    },
    {
      name: 'an unfinished text',
      json: '{ "label": "Book',
      said: 'invalid JSON at line 1, column 17; fix it there (a missing comma or quote is the usual cause). The default is used.',
    },
  ];
  for (const { name, json, said } of cases) {
    it(`${name}: one warning with where and the likely cause; nothing is used`, () => {
      expect(parseJson(json, 'booking-cta', 'strings')).to.equal(undefined);
      expect(warn.args.map((a) => a[0])).to.deep.equal([`<booking-cta> strings: ${said}`]);
    });
  }

  it('valid JSON is read without a warning', () => {
    expect(parseJson('{ "label": "Book" }', 'booking-cta', 'strings')).to.deep.equal({ label: 'Book' });
    expect(warn.called).to.equal(false);
  });
});
