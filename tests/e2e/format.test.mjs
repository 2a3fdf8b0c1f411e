// The page's pure functions, in Node (no browser): TIMEX3 values in words,
// time-line order, the quote table (CSV/TSV), code point offsets for Web
// Annotations, and the widget's dedent. Table-driven: [input, expected].

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { describeTimex, timelineKey, datesInTimeOrder } from '../../www/render.js';
import {
  toCsv, toTsv, quoteRows, articleDate, codePointIndex, toWebAnnotations,
} from '../../www/exports.js';

describe('describeTimex', () => {
  const cases = [
    [['2019-11-17'], 'Sunday, 17 November 2019'],
    [['2020-02-29'], 'Saturday, 29 February 2020'],
    [['2019-11-23T24:00'], 'Saturday, 23 November 2019, midnight (end of the day)'],
    [['2019-11-18T16:30+09:00'], 'Monday, 18 November 2019, 16:30 (UTC+09:00)'],
    [['2019-11-17TMO'], 'Sunday, 17 November 2019, morning'],
    [['XXXX-11-17'], '17 November (year not known)'],
    [['2019-06'], 'June 2019'],
    [['XXXX-06'], 'June (year not known)'],
    [['2019-W47'], 'week 47 of 2019'],
    [['2019-W47-WE'], 'the weekend of week 47 of 2019'],
    [['2019-W47-3'], 'Wednesday of week 47 of 2019'],
    [['2019-Q1'], 'the first quarter of 2019'],
    [['2019-H2'], 'the second half of 2019'],
    [['2019-SU'], 'summer 2019'],
    [['2019'], 'the year 2019'],
    [['201'], 'the 2010s'],
    [['19'], 'the 20th century'],
    [['20'], 'the 21st century'],
    [['P5M'], '5 months'],
    [['PT40M'], '40 minutes'],
    [['P1Y6M'], '1 year and 6 months'],
    [['P2DT12H'], '2 days and 12 hours'],
    [['P1D'], '1 day'],
    [['PXY'], 'some years'],
    [['P2DE'], '2 decades'],
    [['P1W', 'set'], 'every week'],
    [['P3Y', 'set'], 'every 3 years'],
    [['XXXX-WXX-1', 'set'], 'every Monday'],
    [['XXXX-WXX-WE', 'set'], 'every weekend'],
    [['PRESENT_REF'], 'the present'],
    [['PAST_REF'], 'the past'],
    [['FUTURE_REF'], 'the future'],
    // Not values this page knows: null, never a throw or a wrong date.
    [['2019-13'], null],
    [['2019-02-32'], null],
    [['P'], null],
    [['PT'], null],
    [['P5Q'], null],
    [[''], null],
    [[null], null],
    [[undefined], null],
    [[42], null],
    [['<img src=x>'], null],
  ];
  for (const [args, expected] of cases) {
    test(`${JSON.stringify(args)} → ${JSON.stringify(expected)}`, () => assert.equal(describeTimex(...args), expected));
  }
});

describe('timelineKey and time order', () => {
  const cases = [
    [['2019-11-17'], '2019-11-17'],
    [['2019-11-17T09:15+09:00'], '2019-11-17T09:15'],
    [['2019-11'], '2019-11-00'],
    [['2019'], '2019-00-00'],
    [['2019-W47'], '2019-11-18'], // the Monday of ISO week 47
    [['2020-W01'], '2019-12-30'], // ISO week 1 of 2020 starts in 2019
    [['2019-Q3'], '2019-07-00'],
    [['2019-SU'], '2019-06-00'],
    [['PRESENT_REF', '2021-03-04'], '2021-03-04'],
    [['PRESENT_REF', null], null],
    [['P5M'], null],
    [['XXXX-11-17'], null],
  ];
  for (const [args, expected] of cases) {
    test(`${JSON.stringify(args)} → ${JSON.stringify(expected)}`, () => assert.equal(timelineKey(...args), expected));
  }
  test('dates sort by time; durations and sets keep text order after them', () => {
    const doc = {
      reference_date: '2021-03-04',
      dates: [
        { value: '2022-01-01', kind: 'date' }, { value: 'P5Y', kind: 'set' }, { value: '2019-03', kind: 'date' },
        { value: 'PRESENT_REF', kind: 'date' }, { value: 'P2D', kind: 'duration' }, { value: '2021-03-03', kind: 'date' },
        { value: '2019-03', kind: 'date' },
      ],
    };
    const { placed, rest } = datesInTimeOrder(doc);
    assert.deepEqual(placed.map((p) => p.index), [2, 6, 5, 3, 0]);
    assert.deepEqual(rest.map((p) => p.index), [1, 4]);
  });
});

describe('quotes as CSV and TSV', () => {
  const doc = {
    document: { published: { start: 0, end: 5, value: '2021-03-04T09:15+09:00' } },
    reference_date: '2021-03-04',
    entities: [{ id: 'e1', kind: 'person', name: 'Park "PJ" Ji-won', role: 'Minister, Foreign Affairs', mentions: [] }],
    quotes: [
      { text: 'Fine, "really",\nfine', kind: 'direct', speaker: 'e1' },
      { text: 'tab\there', kind: 'partial', speaker: null },
    ],
  };
  test('rows', () => {
    assert.deepEqual(quoteRows(doc), [
      ['Park "PJ" Ji-won', 'Minister, Foreign Affairs', 'Fine, "really",\nfine', 'direct', '2021-03-04'],
      ['', '', 'tab\there', 'partial', '2021-03-04'],
    ]);
  });
  const csvCases = [
    [[['a', 'b']], 'speaker,role,quote,kind,article_date\r\na,b\r\n'],
    [[['a,b', 'c"d', 'e\nf', '', 'g\rh']], 'speaker,role,quote,kind,article_date\r\n"a,b","c""d","e\nf",,"g\rh"\r\n'],
    [[], 'speaker,role,quote,kind,article_date\r\n'],
  ];
  for (const [rows, expected] of csvCases) {
    test(`CSV ${JSON.stringify(rows)}`, () => assert.equal(toCsv(rows), expected));
  }
  test('TSV: tabs and line breaks inside a field become one space', () => {
    assert.equal(toTsv([['a\tb', 'c\r\nd', 'e']]), 'speaker\trole\tquote\tkind\tarticle_date\na b\tc d\te\n');
  });
  const dateCases = [
    [{ document: { published: { value: '2019-11-18T16:30+09:00' } }, reference_date: '2020-01-01' }, '2019-11-18'],
    [{ document: {}, reference_date: '2020-01-01' }, '2020-01-01'],
    [{ document: { published: { value: 'XXXX-11-18' } }, reference_date: null }, ''],
    [{}, ''],
  ];
  for (const [d, expected] of dateCases) {
    test(`article date of ${JSON.stringify(d)}`, () => assert.equal(articleDate(d), expected));
  }
});

describe('Web Annotations count code points', () => {
  const cases = [
    ['abc', [0, 1, 2, 3]],
    ['a🌊b', [0, 1, 1, 2, 3]],
    ['🌊🌊', [0, 0, 1, 1, 2]],
    ['a\ud800b', [0, 1, 2, 3]], // a lone surrogate is one character
    ['€', [0, 1]],
  ];
  for (const [text, expected] of cases) {
    test(`${JSON.stringify(text)}`, () => {
      const cp = codePointIndex(text);
      assert.deepEqual([...Array(text.length + 1).keys()].map(cp), expected);
    });
  }
  test('selectors slice the text; out-of-range spans are left out', () => {
    const text = 'Wave 🌊 by Park Ji-won.';
    const start = text.indexOf('Park');
    const doc = {
      entities: [{ id: 'e1', kind: 'person', name: 'Park Ji-won', role: 'Minister', mentions: [{ start, end: start + 11 }, { start: 90, end: 99 }] }],
      dates: [],
      quotes: [],
    };
    const wa = toWebAnnotations(text, doc, { source: 'urn:x' });
    assert.equal(wa.total, 1);
    const [quote, position] = wa.first.items[0].target.selector;
    assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'Park Ji-won', prefix: 'Wave 🌊 by ', suffix: '.' });
    assert.deepEqual(position, { type: 'TextPositionSelector', start: start - 1, end: start + 10 });
    assert.deepEqual(Array.from(text).slice(position.start, position.end).join(''), 'Park Ji-won');
  });
});
