// Writes the fact checker's element table (src/Inference/Aligners.Inference/Facts/Data/elements.json)
// from npm periodic-table-data 1.1.1 (MIT): number, symbol, name, standard atomic mass, state at
// room temperature and group block, with the other spellings of some names. Run by make.sh.
const fs = require("fs");
const path = require("path");
const data = require("periodic-table-data/periodicTableData.json");
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", "periodic-table-data", "package.json"), "utf8"));

// British and American spellings: the package writes the IUPAC names.
const spellings = { 13: ["aluminium", "aluminum"], 16: ["sulfur", "sulphur"], 55: ["caesium", "cesium"] };
const rows = data
  .map((e) => {
    const name = e.name.toLowerCase();
    const row = { number: e.atomicNumber, symbol: e.symbol, name: spellings[e.atomicNumber] ? spellings[e.atomicNumber][0] : name };
    if (spellings[e.atomicNumber]) row.names = spellings[e.atomicNumber];
    const mass = typeof e.atomicMass === "number" ? e.atomicMass : parseFloat(String(e.atomicMass));
    if (Number.isFinite(mass)) row.atomicMass = mass;
    // The state is known for the elements that exist in bulk; the package leaves the rest empty.
    if (["solid", "liquid", "gas"].includes(String(e.standardState).toLowerCase())) row.state = e.standardState.toLowerCase();
    if (e.groupBlock) row.block = e.groupBlock.toLowerCase();
    return row;
  })
  .sort((a, b) => a.number - b.number);

const out = path.join(__dirname, "..", "..", "src", "Inference", "Aligners.Inference", "Facts", "Data", "elements.json");
const source = `npm periodic-table-data ${pkg.version} (MIT), https://github.com/sjf8203/periodic-table-data`;
const body = rows.map((r) => "  " + JSON.stringify(r)).join(",\n");
fs.writeFileSync(out, `{\n "source": ${JSON.stringify(source)},\n "elements": [\n${body}\n ]\n}\n`);
console.log(`${rows.length} elements -> ${out}`);
