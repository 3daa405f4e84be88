// Writes the fact checker's capitals table (src/Inference/Aligners.Inference/Facts/Data/capitals.json)
// from npm countries-list 3.4.1 (MIT, https://github.com/annexare/Countries), adding the other names
// people call some countries by. Run by make.sh.
const fs = require("fs");
const path = require("path");
const { countries } = require("countries-list");
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

const rows = Object.entries(countries)
  .filter(([, c]) => c.capital)
  .map(([code, c]) => ({
    code,
    country: c.name,
    names: [...new Set([c.name, ...(aliases[code] || [])])],
    capital: c.capital,
    capitals: [...new Set([c.capital, ...(capitalAliases[code] || [])])],
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const out = process.argv[2] || path.join(__dirname, "..", "..", "src", "Inference", "Aligners.Inference", "Facts", "Data", "capitals.json");
const doc = { source: `npm countries-list ${pkg.version} (MIT), https://github.com/annexare/Countries`, countries: rows };
// One country per line, so a change to the table reads as a change to its rows.
const body = rows.map((r) => "  " + JSON.stringify(r)).join(",\n");
fs.writeFileSync(out, `{\n "source": ${JSON.stringify(doc.source)},\n "countries": [\n${body}\n ]\n}\n`);
console.log(`${rows.length} capitals -> ${out}`);
