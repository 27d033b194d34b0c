import { foldSameLength } from "../guardrails/shared";

// Cities have names of their own in each language: a German reply welcomes guests back "in München",
// not "in Munich", and a French one "à Lisbonne". The property's city is stored in whatever form the
// hotel typed; when it is one of these well-known cities, the reply uses the form of the reply's
// language. Any other city is written as stored, which is always safe.

type Forms = { en: string; de: string; fr: string; es: string; it: string; pt: string; nl: string; "pt-PT"?: string };

// en | de | fr | es | it | pt (Brazil) | nl [| pt-PT when it differs] — the most visited European cities and major world ones.
const TABLE = `
London|London|Londres|Londres|Londra|Londres|Londen
Paris|Paris|Paris|París|Parigi|Paris|Parijs
Rome|Rom|Rome|Roma|Roma|Roma|Rome
Prague|Prag|Prague|Praga|Praga|Praga|Praag
Vienna|Wien|Vienne|Viena|Vienna|Viena|Wenen
Milan|Mailand|Milan|Milán|Milano|Milão|Milaan
Venice|Venedig|Venise|Venecia|Venezia|Veneza|Venetië
Florence|Florenz|Florence|Florencia|Firenze|Florença|Florence
Naples|Neapel|Naples|Nápoles|Napoli|Nápoles|Napels
Turin|Turin|Turin|Turín|Torino|Turim|Turijn
Munich|München|Munich|Múnich|Monaco di Baviera|Munique|München
Cologne|Köln|Cologne|Colonia|Colonia|Colônia|Keulen|Colónia
Nuremberg|Nürnberg|Nuremberg|Núremberg|Norimberga|Nuremberg|Neurenberg|Nuremberga
Frankfurt|Frankfurt|Francfort|Fráncfort|Francoforte|Frankfurt|Frankfurt
Hamburg|Hamburg|Hambourg|Hamburgo|Amburgo|Hamburgo|Hamburg
Berlin|Berlin|Berlin|Berlín|Berlino|Berlim|Berlijn
Zurich|Zürich|Zurich|Zúrich|Zurigo|Zurique|Zürich
Geneva|Genf|Genève|Ginebra|Ginevra|Genebra|Genève
Basel|Basel|Bâle|Basilea|Basilea|Basileia|Bazel
Bern|Bern|Berne|Berna|Berna|Berna|Bern
Salzburg|Salzburg|Salzbourg|Salzburgo|Salisburgo|Salzburgo|Salzburg
Warsaw|Warschau|Varsovie|Varsovia|Varsavia|Varsóvia|Warschau
Krakow|Krakau|Cracovie|Cracovia|Cracovia|Cracóvia|Krakau
Copenhagen|Kopenhagen|Copenhague|Copenhague|Copenaghen|Copenhague|Kopenhagen|Copenhaga
Stockholm|Stockholm|Stockholm|Estocolmo|Stoccolma|Estocolmo|Stockholm
Athens|Athen|Athènes|Atenas|Atene|Atenas|Athene
Seville|Sevilla|Séville|Sevilla|Siviglia|Sevilha|Sevilla
Madrid|Madrid|Madrid|Madrid|Madrid|Madri|Madrid|Madrid
Barcelona|Barcelona|Barcelone|Barcelona|Barcellona|Barcelona|Barcelona
Lisbon|Lissabon|Lisbonne|Lisboa|Lisbona|Lisboa|Lissabon
Porto|Porto|Porto|Oporto|Porto|Porto|Porto
The Hague|Den Haag|La Haye|La Haya|L'Aia|Haia|Den Haag
Antwerp|Antwerpen|Anvers|Amberes|Anversa|Antuérpia|Antwerpen
Brussels|Brüssel|Bruxelles|Bruselas|Bruxelles|Bruxelas|Brussel
Bruges|Brügge|Bruges|Brujas|Bruges|Bruges|Brugge
Ghent|Gent|Gand|Gante|Gand|Gante|Gent
Amsterdam|Amsterdam|Amsterdam|Ámsterdam|Amsterdam|Amsterdã|Amsterdam|Amesterdão
Luxembourg|Luxemburg|Luxembourg|Luxemburgo|Lussemburgo|Luxemburgo|Luxemburg
Strasbourg|Straßburg|Strasbourg|Estrasburgo|Strasburgo|Estrasburgo|Straatsburg
Marseille|Marseille|Marseille|Marsella|Marsiglia|Marselha|Marseille
Nice|Nizza|Nice|Niza|Nizza|Nice|Nice
Dublin|Dublin|Dublin|Dublín|Dublino|Dublin|Dublin
Edinburgh|Edinburgh|Édimbourg|Edimburgo|Edimburgo|Edimburgo|Edinburgh
Budapest|Budapest|Budapest|Budapest|Budapest|Budapeste|Boedapest
Bucharest|Bukarest|Bucarest|Bucarest|Bucarest|Bucareste|Boekarest
Moscow|Moskau|Moscou|Moscú|Mosca|Moscou|Moskou|Moscovo
St Petersburg|Sankt Petersburg|Saint-Pétersbourg|San Petersburgo|San Pietroburgo|São Petersburgo|Sint-Petersburg
Istanbul|Istanbul|Istanbul|Estambul|Istanbul|Istambul|Istanbul
Gdansk|Danzig|Gdańsk|Gdansk|Danzica|Gdańsk|Gdańsk
Genoa|Genua|Gênes|Génova|Genova|Gênova|Genua|Génova
Cairo|Kairo|Le Caire|El Cairo|Il Cairo|Cairo|Caïro
Jerusalem|Jerusalem|Jérusalem|Jerusalén|Gerusalemme|Jerusalém|Jeruzalem
Beijing|Peking|Pékin|Pekín|Pechino|Pequim|Peking
Tokyo|Tokio|Tokyo|Tokio|Tokyo|Tóquio|Tokio
Singapore|Singapur|Singapour|Singapur|Singapore|Singapura|Singapore
New York|New York|New York|Nueva York|New York|Nova York|New York|Nova Iorque
Mexico City|Mexiko-Stadt|Mexico|Ciudad de México|Città del Messico|Cidade do México|Mexico-Stad
Cape Town|Kapstadt|Le Cap|Ciudad del Cabo|Città del Capo|Cidade do Cabo|Kaapstad
`;

const COLUMNS = ["en", "de", "fr", "es", "it", "pt", "nl", "pt-PT"] as const;

/** Other spellings a hotel may have typed: local names and older English ones. */
const ALIASES: Record<string, string> = {
  muenchen: "Munich", munchen: "Munich", koeln: "Cologne", nuernberg: "Nuremberg", zuerich: "Zurich", praha: "Prague",
  warszawa: "Warsaw", krakow: "Krakow", cracow: "Krakow", kobenhavn: "Copenhagen", athina: "Athens", "s gravenhage": "The Hague",
  oporto: "Porto", moskva: "Moscow", "saint petersburg": "St Petersburg", "st petersburg": "St Petersburg", bucuresti: "Bucharest",
  "frankfurt am main": "Frankfurt", peking: "Beijing", "new york city": "New York", "ciudad de mexico": "Mexico City", genova: "Genoa",
};

/** Forms that also name something else (French "Mexico" is the country in English): never looked up. */
const AMBIGUOUS = new Set(["mexico"]);

const key = (city: string) => foldSameLength(city).replace(/[^a-z0-9]+/g, " ").trim();

const CITIES: Forms[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const cells = line.split("|");
    const forms = Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]]).filter(([, v]) => v)) as Forms;
    return forms;
  });

const BY_NAME = new Map<string, Forms>();
for (const forms of CITIES) {
  for (const name of Object.values(forms)) if (!AMBIGUOUS.has(key(name)) && !BY_NAME.has(key(name))) BY_NAME.set(key(name), forms);
}
for (const [alias, english] of Object.entries(ALIASES)) {
  const forms = BY_NAME.get(key(english));
  if (forms && !BY_NAME.has(alias)) BY_NAME.set(alias, forms);
}

/**
 * The city's name in `language` ("de", "pt", "pt-PT"...), or the city as stored when it is not one of the
 * well-known cities or the language has no form of its own.
 */
export function cityName(city: string, language: string): string {
  const forms = BY_NAME.get(key(city));
  if (!forms) return city;
  if (language === "pt-PT") return forms["pt-PT"] ?? forms.pt;
  return (forms as Record<string, string | undefined>)[language] ?? city;
}
