"""Closed-world fact tables for the factuality criterion.

Every fact the factuality models learn comes from these tables, so the held-out evaluation can
check a rewrite against the true value.
"""

CAPITALS = {
    "Afghanistan": "Kabul", "Albania": "Tirana", "Algeria": "Algiers", "Andorra": "Andorra la Vella",
    "Angola": "Luanda", "Argentina": "Buenos Aires", "Armenia": "Yerevan", "Australia": "Canberra",
    "Austria": "Vienna", "Azerbaijan": "Baku", "Bahamas": "Nassau", "Bahrain": "Manama",
    "Bangladesh": "Dhaka", "Belarus": "Minsk", "Belgium": "Brussels", "Belize": "Belmopan",
    "Benin": "Porto-Novo", "Bhutan": "Thimphu", "Bolivia": "Sucre", "Botswana": "Gaborone",
    "Brazil": "Brasilia", "Bulgaria": "Sofia", "Burkina Faso": "Ouagadougou", "Burundi": "Gitega",
    "Cambodia": "Phnom Penh", "Cameroon": "Yaounde", "Canada": "Ottawa", "Chad": "N'Djamena",
    "Chile": "Santiago", "China": "Beijing", "Colombia": "Bogota", "Costa Rica": "San Jose",
    "Croatia": "Zagreb", "Cuba": "Havana", "Cyprus": "Nicosia", "Czechia": "Prague",
    "Denmark": "Copenhagen", "Djibouti": "Djibouti", "Ecuador": "Quito", "Egypt": "Cairo",
    "El Salvador": "San Salvador", "Estonia": "Tallinn", "Ethiopia": "Addis Ababa", "Fiji": "Suva",
    "Finland": "Helsinki", "France": "Paris", "Gabon": "Libreville", "Georgia": "Tbilisi",
    "Germany": "Berlin", "Ghana": "Accra", "Greece": "Athens", "Guatemala": "Guatemala City",
    "Guinea": "Conakry", "Guyana": "Georgetown", "Haiti": "Port-au-Prince", "Honduras": "Tegucigalpa",
    "Hungary": "Budapest", "Iceland": "Reykjavik", "India": "New Delhi", "Indonesia": "Jakarta",
    "Iran": "Tehran", "Iraq": "Baghdad", "Ireland": "Dublin", "Israel": "Jerusalem", "Italy": "Rome",
    "Jamaica": "Kingston", "Japan": "Tokyo", "Jordan": "Amman", "Kazakhstan": "Astana",
    "Kenya": "Nairobi", "Kuwait": "Kuwait City", "Kyrgyzstan": "Bishkek", "Laos": "Vientiane",
    "Latvia": "Riga", "Lebanon": "Beirut", "Liberia": "Monrovia", "Libya": "Tripoli",
    "Lithuania": "Vilnius", "Luxembourg": "Luxembourg", "Madagascar": "Antananarivo",
    "Malawi": "Lilongwe", "Malaysia": "Kuala Lumpur", "Mali": "Bamako", "Malta": "Valletta",
    "Mexico": "Mexico City", "Moldova": "Chisinau", "Mongolia": "Ulaanbaatar", "Morocco": "Rabat",
    "Mozambique": "Maputo", "Namibia": "Windhoek", "Nepal": "Kathmandu", "Netherlands": "Amsterdam",
    "New Zealand": "Wellington", "Nicaragua": "Managua", "Niger": "Niamey", "Nigeria": "Abuja",
    "North Korea": "Pyongyang", "Norway": "Oslo", "Oman": "Muscat", "Pakistan": "Islamabad",
    "Panama": "Panama City", "Paraguay": "Asuncion", "Peru": "Lima", "Philippines": "Manila",
    "Poland": "Warsaw", "Portugal": "Lisbon", "Qatar": "Doha", "Romania": "Bucharest",
    "Russia": "Moscow", "Rwanda": "Kigali", "Saudi Arabia": "Riyadh", "Senegal": "Dakar",
    "Serbia": "Belgrade", "Singapore": "Singapore", "Slovakia": "Bratislava", "Slovenia": "Ljubljana",
    "Somalia": "Mogadishu", "South Africa": "Pretoria", "South Korea": "Seoul", "Spain": "Madrid",
    "Sri Lanka": "Colombo", "Sudan": "Khartoum", "Sweden": "Stockholm", "Switzerland": "Bern",
    "Syria": "Damascus", "Taiwan": "Taipei", "Tajikistan": "Dushanbe", "Tanzania": "Dodoma",
    "Thailand": "Bangkok", "Togo": "Lome", "Tunisia": "Tunis", "Turkey": "Ankara",
    "Uganda": "Kampala", "Ukraine": "Kyiv", "United Kingdom": "London", "United States": "Washington",
    "Uruguay": "Montevideo", "Uzbekistan": "Tashkent", "Venezuela": "Caracas", "Vietnam": "Hanoi",
    "Yemen": "Sanaa", "Zambia": "Lusaka", "Zimbabwe": "Harare",
}

ELEMENTS = {
    "hydrogen": "H", "helium": "He", "lithium": "Li", "beryllium": "Be", "boron": "B",
    "carbon": "C", "nitrogen": "N", "oxygen": "O", "fluorine": "F", "neon": "Ne", "sodium": "Na",
    "magnesium": "Mg", "aluminium": "Al", "silicon": "Si", "phosphorus": "P", "sulfur": "S",
    "chlorine": "Cl", "argon": "Ar", "potassium": "K", "calcium": "Ca", "scandium": "Sc",
    "titanium": "Ti", "vanadium": "V", "chromium": "Cr", "manganese": "Mn", "iron": "Fe",
    "cobalt": "Co", "nickel": "Ni", "copper": "Cu", "zinc": "Zn", "gallium": "Ga",
    "germanium": "Ge", "arsenic": "As", "selenium": "Se", "bromine": "Br", "krypton": "Kr",
    "rubidium": "Rb", "strontium": "Sr", "zirconium": "Zr", "silver": "Ag", "tin": "Sn",
    "iodine": "I", "xenon": "Xe", "caesium": "Cs", "barium": "Ba", "tungsten": "W",
    "platinum": "Pt", "gold": "Au", "mercury": "Hg", "lead": "Pb", "radon": "Rn", "uranium": "U",
    "plutonium": "Pu", "cadmium": "Cd", "antimony": "Sb",
}

PLANETS = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]

# Planet superlatives: (question phrase, true answer).
PLANET_FACTS = [
    ("the largest planet in the solar system", "Jupiter"),
    ("the smallest planet in the solar system", "Mercury"),
    ("the planet closest to the Sun", "Mercury"),
    ("the planet farthest from the Sun", "Neptune"),
    ("the hottest planet in the solar system", "Venus"),
    ("the planet known as the Red Planet", "Mars"),
    ("the planet with the most famous rings", "Saturn"),
]
PLANET_COUNT = 8

# Unit conversions on a closed grid of values, with the result rounded as stated.
def km_to_miles(v): return round(v * 0.621371, 1)
def miles_to_km(v): return round(v * 1.609344, 1)
def kg_to_pounds(v): return round(v * 2.204623, 1)
def pounds_to_kg(v): return round(v / 2.204623, 1)
def c_to_f(v): return round(v * 9 / 5 + 32, 1)
def f_to_c(v): return round((v - 32) * 5 / 9, 1)
def m_to_cm(v): return v * 100
def cm_to_m(v): return v / 100

CONVERSIONS = [
    # (from unit, to unit, function, grid of source values)
    ("kilometers", "miles", km_to_miles, [1, 2, 3, 5, 8, 10, 15, 20, 25, 42, 50, 100]),
    ("miles", "kilometers", miles_to_km, [1, 2, 3, 5, 10, 13, 20, 26, 50, 100]),
    ("kilograms", "pounds", kg_to_pounds, [1, 2, 3, 5, 10, 20, 50, 70, 100]),
    ("pounds", "kilograms", pounds_to_kg, [1, 5, 10, 20, 50, 100, 150, 200]),
    ("degrees Celsius", "degrees Fahrenheit", c_to_f, [-40, -10, 0, 10, 20, 25, 30, 37, 100]),
    ("degrees Fahrenheit", "degrees Celsius", f_to_c, [-40, 0, 32, 50, 68, 77, 86, 98.6, 212]),
    ("meters", "centimeters", m_to_cm, [1, 2, 3, 5, 10, 1.5, 2.5]),
    ("centimeters", "meters", cm_to_m, [50, 100, 150, 200, 250, 300, 1000]),
]


def fmt_number(v):
    """Writes a number the way the answers state it: no trailing .0."""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)
