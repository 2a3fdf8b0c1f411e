// News-like text for the benchmark, written for this project (never texts
// from ../shared): articles with a headline, a "Posted on" line, a byline,
// quotations with their speakers, people with titles, organizations, places,
// agreements and dates in the forms wire copy uses. Deterministic: the same
// seed gives the same bytes, so runs compare over time.
//
//   node bench/corpus.mjs OUT_DIR     writes the benchmark's corpus files
//
// Files (sizes in UTF-8 bytes, each cut at an article boundary):
//   article-5k.txt    one article of about 5 KB
//   news-1mb.txt      articles, one after another, about 1 MB in all
//   news-10mb.txt     the same, about 10 MB
//   news-1mb.json, news-10mb.json   the same articles as a JSON array of texts
//   articles.jsonl    the 10 MB as separate articles: {"id", "text", "reference_date"}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Ana', 'Henrik', 'Maria', 'Kwame', 'Ji-won', 'Lucia', 'Tomasz', 'Aisha', 'Daniel', 'Ingrid', 'Rahul',
  'Sofia', 'Mateo', 'Yuki', 'Olga', 'Samuel', 'Fatima', 'Pierre', 'Elena', 'Chen', 'Amara', 'Jonas', 'Leila', 'Marco',
  'Nadia', 'Oscar', 'Priya', 'Kofi', 'Hana', 'Viktor'];
const FAMILY = ['Ruiz', 'Solberg', 'Mensah', 'Park', 'Kowalski', 'Haddad', 'Moreau', 'Tanaka', 'Ivanova', 'Okafor',
  'Lindqvist', 'Castillo', 'Nakamura', 'Fischer', 'Rahman', 'Bianchi', 'Novak', 'Osei', 'Varga', 'Sato', 'Duarte',
  'Adeyemi', 'Kim', 'Petrov', 'Alvarez', 'Berg', 'Chowdhury', 'Dubois', 'Eriksen', 'Gallo'];
const TITLES = ['Foreign Minister', 'Trade Minister', 'Finance Minister', 'Prime Minister', 'President',
  'Defense Minister', 'Fisheries Minister', 'Energy Minister', 'Mayor', 'Governor', 'Senator', 'Ambassador'];
const ROLES = ['a senior researcher at the institute', 'a spokesperson for the ministry', 'an economist at the central bank',
  'the head of the port authority', 'a union leader', 'a professor of international law', 'the chief negotiator',
  'a harbour pilot with 20 years at sea', 'the director of the chamber of commerce'];
const COUNTRIES = [['Norway', 'Norwegian'], ['Chile', 'Chilean'], ['Ghana', 'Ghanaian'], ['Japan', 'Japanese'],
  ['Poland', 'Polish'], ['Brazil', 'Brazilian'], ['Kenya', 'Kenyan'], ['Canada', 'Canadian'], ['France', 'French'],
  ['India', 'Indian'], ['Mexico', 'Mexican'], ['Sweden', 'Swedish'], ['Vietnam', 'Vietnamese'], ['Peru', 'Peruvian']];
const CITIES = ['Oslo', 'Lima', 'Accra', 'Tokyo', 'Warsaw', 'Brasilia', 'Nairobi', 'Ottawa', 'Paris', 'Mumbai',
  'Geneva', 'Busan', 'Rotterdam', 'Valparaiso', 'Hamburg', 'Mombasa', 'Vancouver', 'Lisbon'];
const ORGS = ['the World Trade Organization', 'the Ministry of Trade', 'the Korea Maritime Institute', 'the European Union',
  'the International Labour Organization', 'Nordic Shipping Group', 'the Central Bank', 'Pacific Fisheries Council',
  'the United Nations', 'Harbour Workers Union', 'Atlas Port Holdings Ltd.', 'the Chamber of Commerce'];
const AGREEMENTS = [['Southern Ocean Fisheries Cooperation Agreement', 'SOFCA'], ['Northern Harbour Cooperation Agreement', 'NHCA'],
  ['Coastal Trade and Investment Treaty', 'CTIT'], ['Atlantic Energy Partnership Agreement', 'AEPA'],
  ['Regional Customs Protocol', 'RCP'], ['Paris Agreement', null], ['Treaty of Lisbon', null]];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVE = ['yesterday', 'last week', 'next month', 'on Friday', 'last October', 'earlier this year',
  'two years ago', 'by the end of next month', 'this morning', 'next Tuesday'];
const QUOTES = ['We came here to listen, and we listened', 'Nobody wants the fleets to sit in port',
  'This agreement gives our towns a future they can plan for', 'The numbers are modest, but the signal matters',
  'We cannot sign something our own inspectors call unworkable', 'There is nothing more I can say at the moment',
  'We will listen to the workers first', 'It is up to the other side to move now',
  'The talks were frank but useful', 'Prices will not come down overnight',
  'We expect a decision before the summer', 'This is a practical answer to a practical problem'];
const VERBS = ['said', 'told reporters', 'added', 'said in a statement', 'wrote on social media', 'warned', 'insisted'];
const TOPICS = ['port fees', 'fishing quotas', 'tariffs on steel', 'grain exports', 'energy prices', 'customs checks',
  'shipping lanes', 'visa rules', 'carbon credits', 'dock workers\u2019 wages'];

/** One article; `k` varies the names so that many articles name many people. */
export function article(rand, k, body = [9, 14]) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const person = () => {
    const [country, demonym] = pick(COUNTRIES);
    const family = pick(FAMILY) + (k % 7 === 0 ? '' : ['', 'sen', 'ova', 'ez', 'berg', 'ski', 'ani'][k % 7]);
    return { given: pick(GIVEN), family, title: pick(TITLES), country, demonym };
  };
  const year = int(2015, 2024);
  const month = int(0, 11);
  const day = int(1, 28);
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const a = person();
  const b = person();
  const c = person();
  const [agreement, acronym] = pick(AGREEMENTS);
  const topic = pick(TOPICS);
  const city = pick(CITIES);
  const when = () => pick([
    () => `on ${MONTHS_AP[int(0, 11)]} ${int(1, 28)}`,
    () => `on ${WEEKDAYS[int(0, 6)]}`,
    () => pick(RELATIVE),
    () => `in ${MONTHS[int(0, 11)]} ${int(2010, 2024)}`,
    () => `on ${int(1, 28)} ${MONTHS[int(0, 11)]} ${year}`,
    () => `since ${MONTHS[int(0, 11)]}`,
  ])();
  const full = (p) => `${p.demonym} ${p.title} ${p.given} ${p.family}`;
  const quote = () => pick(QUOTES);
  const paragraphs = [];
  paragraphs.push(`${a.country}, ${b.country} ${pick(['clash over', 'agree on', 'resume talks on', 'fail to settle'])} ${topic} in ${city}`);
  paragraphs.push(`Posted on : ${iso} ${String(int(6, 22)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} ${pick(['CET', 'KST', 'GMT', 'EST'])}`);
  paragraphs.push(`By ${pick(GIVEN)} ${pick(FAMILY)}, staff reporter`);
  paragraphs.push(`${full(a)} and ${full(b)} met in ${city} ${when()} to discuss ${topic} under the ${agreement}${acronym ? ` (${acronym})` : ''}, which ${pick(['lapses', 'takes effect', 'comes up for review'])} ${when()}, officials said.`);
  const bodyParagraphs = int(body[0], body[1]);
  for (let p = 0; p < bodyParagraphs; p++) {
    const speaker = pick([a, b, c]);
    switch (int(0, 6)) {
      case 0:
        paragraphs.push(`\u201C${quote()},\u201D ${speaker.family} ${pick(VERBS)} ${when()}. \u201C${quote()}.\u201D`);
        break;
      case 1:
        paragraphs.push(`${speaker.family} told reporters in ${pick(CITIES)} that the meeting had been \u201C${quote().toLowerCase()}.\u201D ${pick(['She', 'He'])} said ${speaker.country} would not accept new terms \u201Cwithout a fair review of the ${topic}.\u201D`);
        break;
      case 2:
        paragraphs.push(`\u201C${quote()},\u201D said ${c.given} ${c.family}, ${pick(ROLES)}. ${pick(ORGS).replace(/^the /, 'The ')} estimated that the ${acronym || agreement} would save companies about ${int(2, 90)} million euros a year.`);
        break;
      case 3:
        paragraphs.push(`${pick(ORGS).replace(/^the /, 'The ')} said in a statement ${when()} that talks on ${topic} would resume in ${pick(CITIES)} ${when()}. It was the ${pick(['first', 'second', 'third'])} round since the ${agreement} was signed in ${int(1995, 2020)}.`);
        break;
      case 4:
        paragraphs.push(`Asked whether the deal could be extended, ${speaker.title} ${speaker.family} said the government would decide ${when()}. \u201C${quote()},\u201D ${pick(['he', 'she'])} ${pick(VERBS)}.`);
        break;
      case 5:
        paragraphs.push(`Trade between ${a.country} and ${b.country} reached $${int(2, 40)}.${int(1, 9)} billion in ${int(2015, 2023)}, up ${int(2, 30)} percent from a year earlier, according to ${pick(ORGS)}. Exports of ${topic.split(' ')[0]} rose ${when()}.`);
        break;
      default:
        paragraphs.push(`${full(c)} called the proposal \u201C${quote().toLowerCase()}\u201D and said the two governments would review it every ${int(2, 5)} years, starting on ${MONTHS_AP[int(0, 11)]} ${int(1, 28)}, ${year + 1}.`);
    }
  }
  paragraphs.push(`Photo: ${a.given} ${a.family} and ${b.given} ${b.family} shake hands in ${city} ${when()}. (${pick(['Yonhap', 'Reuters', 'AP', 'Ministry of Trade'])})`);
  return { text: paragraphs.join('\n\n'), reference_date: iso };
}

/** Articles from `seed` until `bytes` UTF-8 bytes would be passed. */
export function articles(bytes, seed = 7) {
  const rand = random(seed);
  const out = [];
  let total = 0;
  for (let k = 0; ; k++) {
    const a = article(rand, k);
    const size = Buffer.byteLength(a.text, 'utf8') + 2;
    if (total + size > bytes && out.length > 0) break;
    out.push(a);
    total += size;
  }
  return out;
}

/** The articles as one text, blank lines between them. */
export function joined(list) {
  return list.map((a) => a.text).join('\n\n');
}

/** Writes the corpus files into `dir`; returns their paths and sizes. */
export function writeCorpus(dir) {
  fs.mkdirSync(dir, { recursive: true });
  // The 5 KB article: the first generated article of about that size.
  const rand = random(2021);
  let five = null;
  for (let k = 0; k < 10_000 && !five; k++) {
    const a = article(rand, k, [20, 34]);
    const n = Buffer.byteLength(a.text, 'utf8');
    if (n >= 4800 && n <= 5400) five = a.text;
  }
  if (!five) throw new Error('corpus: no article of about 5 KB came out of the generator');
  const one = articles(1024 * 1024);
  const ten = articles(10 * 1024 * 1024);
  const files = {
    'article-5k.txt': five,
    'news-1mb.txt': joined(one),
    'news-10mb.txt': joined(ten),
    // The same articles one by one (a JSON array of texts).
    'news-1mb.json': JSON.stringify(one.map((a) => a.text)),
    'news-10mb.json': JSON.stringify(ten.map((a) => a.text)),
    'articles.jsonl': ten.map((a, id) => JSON.stringify({ id, text: a.text, reference_date: a.reference_date })).join('\n') + '\n',
  };
  const written = {};
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    written[name] = { path: file, bytes: Buffer.byteLength(text, 'utf8') };
  }
  written['articles.jsonl'].articles = ten.length;
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/corpus.mjs OUT_DIR');
    process.exit(2);
  }
  for (const [name, f] of Object.entries(writeCorpus(dir))) {
    console.log(`corpus: ${name}: ${f.bytes} bytes${f.articles ? `, ${f.articles} articles` : ''}`);
  }
}
