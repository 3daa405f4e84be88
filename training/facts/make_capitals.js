// Writes the fact checker's country table (src/Inference/Aligners.Inference/Facts/Data/capitals.json)
// from npm countries-list 3.4.1 (MIT, https://github.com/annexare/Countries): capital, continent and
// official languages, with currency names from npm currency-codes 2.2.0 (MIT, ISO 4217) and the
// names of a country's people from npm i18n-nationality 1.4.0 (MIT), adding the other names people
// call some countries, languages and currencies by. Run by make.sh.
const fs = require("fs");
const path = require("path");
const { countries, continents, languages } = require("countries-list");
const currencyCodes = require("currency-codes");
const nationalities = require("i18n-nationality/langs/en.json").nationalities;
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", "countries-list", "package.json"), "utf8"));

// Names in everyday English that countries-list does not carry.
const aliases = {
  TR: ["Turkey"], US: ["USA", "the US", "America", "United States of America"], GB: ["UK", "Britain", "Great Britain"],
  CZ: ["Czech Republic"], CI: ["Côte d'Ivoire"], KR: ["Korea"], NL: ["Holland", "the Netherlands"], MM: ["Burma"],
  SZ: ["Swaziland"], CV: ["Cabo Verde"], MK: ["Macedonia"], CD: ["DR Congo", "DRC"], CG: ["Congo-Brazzaville"],
  VA: ["the Vatican", "Vatican"], AE: ["UAE", "the Emirates"], PH: ["the Philippines"], TL: ["East Timor"],
};
// A capital also called by another name.
const capitalAliases = { US: ["Washington", "Washington, D.C.", "Washington DC"], BO: ["La Paz"], MY: ["Putrajaya"], ZA: ["Cape Town", "Bloemfontein"], LK: ["Colombo"] };

// Everyday names of languages beside the package's ("Panjabi / Punjabi" is two names).
const languageAliases = { zh: ["Mandarin", "Mandarin Chinese"], fa: ["Farsi"], nl: ["Flemish"], tl: ["Filipino"], so: ["Somali"], km: ["Khmer"], lo: ["Lao"], si: ["Sinhala"] };
const languageNames = (code) => [...new Set([...languages[code].name.split(" / ").map((n) => n.trim()), ...(languageAliases[code] || [])])]
  .filter((n) => n !== "Somalia");
// Currency names as people write them: the ISO name, and its last word where that word names only
// currencies ("Brazilian Real" is also "the real"; "won" or "sol" alone are English words or names).
const currencyAliases = { GBP: ["pound", "sterling", "British pound"], CNY: ["yuan", "renminbi", "Chinese yuan"], JPY: ["Japanese yen"],
  KRW: ["South Korean won"], INR: ["rupee"], RUB: ["rouble", "ruble", "Russian rouble"], EUR: ["euros"], CHF: ["franc"], USD: ["dollar", "American dollar", "U.S. dollar"],
  MXN: ["peso"], ZAR: ["South African rand"], THB: ["Thai baht"], TRY: ["lira"], ILS: ["shekel", "new shekel"], PLN: ["złoty", "zloty"] };
const ambiguous = new Set(["real", "won", "sol", "som", "rand", "kina", "tala", "mark", "pound", "dollar", "peso", "franc", "rupee", "dinar", "rial", "krona", "krone", "shilling", "leu", "lira", "colon", "dram", "lek", "kip", "dong", "riel", "pula", "loti", "vatu", "naira", "cedi"]);
const currencyNames = (code) => {
  const iso = currencyCodes.code(code);
  if (!iso || code === "USN" || code === "BOV" || code === "CHE" || code === "CHW" || code === "CLF" || code === "UYI") {
    return [];
  }
  const name = iso.currency.trim();
  const words = name.split(" ");
  const last = words[words.length - 1].toLowerCase();
  return [...new Set([name, ...(words.length > 1 && !ambiguous.has(last) ? [last] : []), ...(currencyAliases[code] || [])])];
};

// A country's people, as a claim's subject ("Brazilians speak Portuguese"): the nationality in the
// plural where English makes one with -s ("Brazilians", "Pakistanis", "Greeks"; not "Japanese",
// "Swiss", "Icelandic") and with "people" ("Japanese people"). Left out: an entry that is a
// territory's name rather than a nationality ("Cayman Islands", "Guam"), one two countries share
// ("Congolese (Republic of the Congo)"), and "Americans", which "South Americans" and "Native
// Americans" hold.
const peopleAliases = { AR: ["Argentinians", "Argentines"], CH: ["Swiss people", "the Swiss"], GB: ["Britons", "Brits"], PH: ["Filipinos"], IS: ["Icelanders"], BW: ["Batswana"] };
const countryNames = new Set(Object.values(countries).map((c) => c.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "")));
const peoples = (code) => {
  const nationality = nationalities[code];
  const plain = nationality && /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(nationality) && !countryNames.has(nationality)
    && nationality !== "American" && !nationality.endsWith("s");
  const own = plain ? [...(/(an|i|er|ot|ek|ite|in)$/.test(nationality) ? [`${nationality}s`] : []), `${nationality} people`] : [];
  return [...new Set([...own, ...(peopleAliases[code] || [])])];
};

// The main currency named with the nationality where its two-word ISO name uses the country's
// ("Fiji Dollar" is also "the Fijian dollar"): read as the country's, not as another's "dollar".
const nationalCurrency = (code, cur) => {
  const iso = currencyCodes.code(cur);
  const nationality = nationalities[code];
  if (!iso || !nationality || !/^[A-Z][a-z]+$/.test(nationality)) {
    return [];
  }
  const words = iso.currency.trim().split(" ");
  const unit = words[words.length - 1];
  // The ISO name's first word is the country's own ("Fiji", "Barbados"), not another's ("US Dollar" in Ecuador).
  const own = words[0].length >= 4 && nationality.slice(0, 4).toLowerCase() === words[0].slice(0, 4).toLowerCase();
  return words.length === 2 && own && words[0] !== nationality && /^[A-Za-z]+$/.test(unit) && currencyNames(cur).length > 0
    ? [`${nationality} ${unit.toLowerCase()}`] : [];
};

// Countries that span two continents: either is right.
// countries-list puts Russia in Asia; most of its people live in Europe.
const otherContinents = { RU: ["Europe"], TR: ["Europe"], EG: ["Asia"], KZ: ["Europe"], GE: ["Europe"], AZ: ["Europe"], AM: ["Europe"], CY: ["Asia"], PA: ["South America"] };
// Of those, the continents that hold only a small part of the country's land (Egypt's Sinai, Turkey's
// East Thrace, Kazakhstan west of the Ural, Panama east of the canal): named alone, they misplace it.
const minorContinents = { EG: ["Asia"], TR: ["Europe"], KZ: ["Europe"], PA: ["South America"] };

const rows = Object.entries(countries)
  .filter(([, c]) => c.capital)
  .map(([code, c]) => ({
    code,
    country: c.name,
    names: [...new Set([c.name, ...(aliases[code] || [])])],
    peoples: peoples(code),
    capital: c.capital,
    capitals: [...new Set([c.capital, ...(capitalAliases[code] || [])])],
    continents: [continents[c.continent], ...(otherContinents[code] || [])],
    ...(minorContinents[code] ? { minorContinents: minorContinents[code] } : {}),
    languages: c.languages.flatMap(languageNames),
    currencies: [...new Set([...c.currency.flatMap(currencyNames), ...nationalCurrency(code, c.currency[0])])],
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

// The countries of the United Kingdom, which countries-list (sovereign states and territories)
// leaves out; their capitals from the UK government's "Countries within a country" and each
// devolved government. Written by the project.
const ukCountries = [
  { code: "GB-ENG", country: "England", names: ["England"], peoples: ["English people"], capital: "London", languages: ["English"] },
  { code: "GB-NIR", country: "Northern Ireland", names: ["Northern Ireland"], peoples: [], capital: "Belfast", languages: ["English", "Irish", "Ulster Scots"] },
  { code: "GB-SCT", country: "Scotland", names: ["Scotland"], peoples: ["Scots", "Scottish people"], capital: "Edinburgh", languages: ["English", "Scots", "Scottish Gaelic", "Gaelic"] },
  { code: "GB-WLS", country: "Wales", names: ["Wales"], peoples: ["Welsh people"], capital: "Cardiff", languages: ["English", "Welsh"] },
];
const uk = rows.find((r) => r.code === "GB");
for (const c of ukCountries) {
  rows.push({ code: c.code, country: c.country, names: c.names, peoples: c.peoples, capital: c.capital, capitals: [c.capital],
    continents: ["Europe"], languages: c.languages, currencies: uk.currencies });
}
rows.sort((a, b) => a.code.localeCompare(b.code));

const out = process.argv[2] || path.join(__dirname, "..", "..", "src", "Inference", "Aligners.Inference", "Facts", "Data", "capitals.json");
const ccPkg = JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", "currency-codes", "package.json"), "utf8"));
const natPkg = JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", "i18n-nationality", "package.json"), "utf8"));
const doc = {
  source: `npm countries-list ${pkg.version} (MIT), https://github.com/annexare/Countries; currency names from npm currency-codes ${ccPkg.version} (MIT, ISO 4217); `
    + `the names of a country's people from npm i18n-nationality ${natPkg.version} (MIT); the four countries of the United Kingdom written by the project (GOV.UK, 'Countries within a country')`,
  countries: rows,
};
// One country per line, so a change to the table reads as a change to its rows.
const body = rows.map((r) => "  " + JSON.stringify(r)).join(",\n");
fs.writeFileSync(out, `{\n "source": ${JSON.stringify(doc.source)},\n "countries": [\n${body}\n ]\n}\n`);
console.log(`${rows.length} capitals -> ${out}`);
