#!/usr/bin/env node
// Generates the demo's sample feeds in demo/feeds/ from one list of invented articles, so that the
// JSON Feed, WordPress REST and RSS 2.0 versions always describe exactly the same 50 stories.
//
//   node scripts/make-demo-feeds.js
//
// Output is deterministic (no Math.random, no Date.now): running it twice gives byte-identical files,
// so regenerating never produces noise in a diff. All article text is invented for the demo; people,
// companies and events in it are fictional.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'feeds');
const SITE = 'https://example.com';
// The demo serves demo/feeds at /feeds, so root-relative image paths load locally in every format
// (a real feed would use absolute URLs; the widgets are expected to cope with both).
const IMAGE_PATH = '/feeds/images';
const IMAGE_WIDTH = 400;
const IMAGE_HEIGHT = 225;

// ---------------------------------------------------------------------------------------------------
// Tiny seeded PRNG (mulberry32): variety in dates and bylines without giving up reproducibility.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20251207);

// ---------------------------------------------------------------------------------------------------
// Rates

const RATES_UPDATED = '2025-12-07T09:00:00Z';

// The five pairs from the seed page, in its order. `change` is a percentage. The seed page shows "-0%"
// for several pairs: a tiny negative number (-0.001) is what produces that after rounding, so the
// ticker's sign/arrow handling for "negative but rounds to zero" gets exercised.
const RATES = [
  { base: 'KGS', quote: 'USD', rate: 0.01143, change: -0.001 },
  { base: 'KZT', quote: 'USD', rate: 0.00198, change: -0.001 },
  { base: 'TJS', quote: 'USD', rate: 0.10899, change: 0.65 },
  { base: 'UZS', quote: 'USD', rate: 0.00008, change: -0.001 },
  { base: 'TMT', quote: 'USD', rate: 0.2849, change: -0.28 },
];

// Currencies not on the seed page, present only in the API-shaped file so a consumer has to pick.
const EXTRA_USD_RATES = { EUR: 0.92, RUB: 78.3 };

/** Rounds to four significant figures, the precision typical of public exchange-rate APIs. */
function toSignificant(value, digits = 4) {
  return Number(value.toPrecision(digits));
}

function ratesFeed() {
  return {
    version: 1,
    base: 'USD',
    updated: RATES_UPDATED,
    source: 'Demo data',
    rates: RATES,
  };
}

/** The common `{base, date, rates}` API shape: units of each currency per 1 USD, i.e. the inverse. */
function usdBaseRates() {
  const rates = {};
  for (const { base, rate } of RATES) rates[base] = toSignificant(1 / rate);
  return { base: 'USD', date: RATES_UPDATED.slice(0, 10), rates: { ...rates, ...EXTRA_USD_RATES } };
}

// ---------------------------------------------------------------------------------------------------
// Images: 8 abstract 16:9 placeholders, each a gradient plus a few shapes, no text.

const IMAGES = [
  {
    alt: 'Abstract teal gradient with two overlapping pale circles',
    stops: ['#0f766e', '#5eead4'],
    shapes:
      '<circle cx="140" cy="120" r="70" fill="#ecfeff" fill-opacity=".35"/><circle cx="230" cy="100" r="90" fill="#ccfbf1" fill-opacity=".3"/>',
  },
  {
    alt: 'Abstract amber gradient with a dark diagonal band',
    stops: ['#b45309', '#fcd34d'],
    shapes: '<path d="M0 170 L400 40 L400 100 L0 225Z" fill="#451a03" fill-opacity=".45"/>',
  },
  {
    alt: 'Abstract indigo gradient with rolling hills',
    stops: ['#312e81', '#818cf8'],
    shapes:
      '<path d="M0 160 Q100 110 200 160 T400 150 V225 H0Z" fill="#1e1b4b" fill-opacity=".6"/><circle cx="320" cy="60" r="26" fill="#e0e7ff"/>',
  },
  {
    alt: 'Abstract rose gradient with three stacked bars',
    stops: ['#9f1239', '#fda4af'],
    shapes:
      '<rect x="60" y="120" width="60" height="105" fill="#fff1f2" fill-opacity=".5"/><rect x="150" y="80" width="60" height="145" fill="#fff1f2" fill-opacity=".6"/><rect x="240" y="40" width="60" height="185" fill="#fff1f2" fill-opacity=".7"/>',
  },
  {
    alt: 'Abstract green gradient with a stepped terrace pattern',
    stops: ['#166534', '#bef264'],
    shapes:
      '<path d="M0 225 V170 H100 V140 H200 V110 H300 V80 H400 V225Z" fill="#052e16" fill-opacity=".4"/>',
  },
  {
    alt: 'Abstract slate gradient with a bright ring',
    stops: ['#0f172a', '#64748b'],
    shapes:
      '<circle cx="200" cy="112" r="62" fill="none" stroke="#38bdf8" stroke-width="14"/><circle cx="200" cy="112" r="18" fill="#e0f2fe"/>',
  },
  {
    alt: 'Abstract orange and violet gradient with a triangle',
    stops: ['#7c3aed', '#fb923c'],
    shapes: '<path d="M200 30 L320 195 H80Z" fill="#fff7ed" fill-opacity=".35"/>',
  },
  {
    alt: 'Abstract sky-blue gradient with horizontal waves',
    stops: ['#0369a1', '#bae6fd'],
    shapes:
      '<path d="M0 120 Q50 100 100 120 T200 120 T300 120 T400 120" fill="none" stroke="#f0f9ff" stroke-width="8"/><path d="M0 160 Q50 140 100 160 T200 160 T300 160 T400 160" fill="none" stroke="#f0f9ff" stroke-opacity=".6" stroke-width="8"/>',
  },
];

function svg({ stops, shapes }) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${stops[0]}"/><stop offset="1" stop-color="${stops[1]}"/></linearGradient></defs>` +
    `<rect width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" fill="url(#g)"/>${shapes}</svg>\n`
  );
}

// ---------------------------------------------------------------------------------------------------
// Authors (invented). `wpId` is the WordPress user id; `slug` builds the WordPress author link.

const AUTHORS = [
  { name: 'Aigerim Sadykova', wpId: 3, slug: 'aigerim-sadykova' },
  { name: 'Timur Rakhimov', wpId: 5, slug: 'timur-rakhimov' },
  { name: 'Dilnoza Yusupova', wpId: 8, slug: 'dilnoza-yusupova' },
  { name: 'Nurlan Abenov', wpId: 11, slug: 'nurlan-abenov' },
  { name: 'Farida Karimova', wpId: 12, slug: 'farida-karimova' },
  { name: 'Bakyt Osmonov', wpId: 17, slug: 'bakyt-osmonov' },
];

// ---------------------------------------------------------------------------------------------------
// Articles, newest first. Original invented text. `body` is a list of sentences (3–6) so the script can
// check the count and split WordPress paragraphs; `image: false` marks the few stories with no picture.
// Some entries deliberately carry Cyrillic/Turkic letters, em dashes, curly quotes and ampersands, and
// two headlines run past 120 characters, to exercise rendering and entity handling in the widgets.

const ARTICLES = [
  {
    slug: 'aktau-night-ferry',
    title: 'Caspian ferry line adds a night sailing from Aktau as trailer queues lengthen',
    summary:
      'Mangystau Sea Link will run a fourth weekly crossing from mid-December, aimed at trucks that miss the afternoon cut-off.',
    body: [
      'Mangystau Sea Link says its new night departure will leave Aktau at 23:30 on Thursdays, starting in the second week of December.',
      'The operator told shippers that trailers arriving after the afternoon cut-off currently wait up to two days on the quayside.',
      'A company planner, Erlan Dosmukhamedov, said the extra sailing became possible after a vessel was moved off a seasonal grain charter.',
      'Freight forwarders welcomed the change but warned that winter storms routinely cancel about one crossing in five between December and February.',
    ],
    tags: ['Transport', 'Kazakhstan', 'Logistics'],
  },
  {
    slug: 'bishkek-trolleybus-depot-opens',
    title:
      'Bishkek’s new electric trolleybus depot opens with charging for 120 vehicles — and a plan to sell surplus power back to the city grid at night',
    summary:
      'The depot on the city’s southern edge is now the largest public charging site in the country, according to the municipal transport company.',
    body: [
      'The facility, built on the site of a former bus yard, combines overhead charging gantries with a battery bank that stores cheap off-peak electricity.',
      'Managers at the municipal operator, Bishkek Electric Transit, say the bank can return power to the distribution network during evening demand peaks, although a tariff for doing so has not yet been agreed.',
      'Drivers moved into the building in late November after a three-week trial in which vehicles ran their normal routes and came back for overnight charging.',
      'The operator expects to retire the last diesel minibuses on its two busiest corridors by the end of next year.',
      'Residents of nearby streets had raised concerns about noise from cooling equipment, and the company says it fitted acoustic screens after a public meeting in October.',
    ],
    tags: ['Transport', 'Energy', 'Kyrgyzstan'],
  },
  {
    slug: 'somoni-firms-remittance-season',
    title: 'Somoni firms as year-end remittances reach exchange counters',
    summary:
      'Dealers in Dushanbe report brisk demand for the local currency as migrant workers send money home before the holidays.',
    body: [
      'Exchange offices in Dushanbe reported long queues this week as households converted transfers from relatives working abroad.',
      'Dealers said the somoni gained a little over half a percent against the dollar across five sessions, its best week since late summer.',
      'Analysts at Pamir Capital, a small local brokerage, cautioned that the seasonal lift usually fades by mid-January once the transfers slow.',
    ],
    tags: ['Finance', 'Tajikistan', 'Currencies'],
  },
  {
    slug: 'almaty-cafes-felt-yurts',
    title: 'Almaty (Алматы) cafés turn to felt yurts for a ‘winter terrace’ season',
    summary:
      'Restaurateurs are pitching small felt yurts on pavements so that diners can sit outside well below freezing.',
    body: [
      'At least a dozen cafés along the city’s leafy central avenues have put up felt yurts in place of the umbrellas and deck chairs used in summer.',
      'Owners say the structures, heated by a single small stove, keep guests comfortable even when the evening temperature falls to minus fifteen.',
      '“People want to be outside and see the mountains, but nobody wants to shiver,” said Madina Ospanova, who runs a coffee bar near the old opera house.',
      'City inspectors have issued temporary permits until March, on condition that each yurt leaves at least two metres of pavement clear.',
    ],
    tags: ['Culture', 'Kazakhstan', 'Hospitality'],
  },
  {
    slug: 'fergana-knit-cluster-export-deal',
    title: 'Fergana textile cluster signs three-year export deal for knitted fabric',
    summary:
      'Fergana Knit Cluster will supply jersey fabric to a garment maker in Eastern Europe, its largest contract so far.',
    body: [
      'The agreement covers roughly 1,800 tonnes of cotton jersey a year, dyed and finished at the cluster’s plant outside the city of Fergana.',
      'Company director Sherzod Alimov said the contract justified a second dye house, which should be running by the summer.',
      'Until now most of the cluster’s output went to domestic sewing workshops that pay on short terms but order in small, irregular batches.',
      'Buyers abroad increasingly ask for proof of where cotton was grown, and the cluster says each roll will carry a code tracing it back to the farm.',
    ],
    tags: ['Business', 'Uzbekistan', 'Textiles'],
  },
  {
    slug: 'karaganda-scrap-induction-furnace',
    title: 'Karaganda (Қарағанды) scrap recycler fires up its first induction furnace',
    summary:
      'Sary-Arka Metall says the electric furnace will let it sell billets instead of shipping loose scrap.',
    body: [
      'The furnace melts around 30 tonnes of scrap a day, which the company casts into billets for regional rolling mills.',
      'Previously Sary-Arka Metall baled its scrap and sent it by rail to buyers more than a thousand kilometres away.',
      'Engineers chose induction over a gas-fired design partly because the plant sits next to a substation with spare capacity.',
      'Local environmental groups asked for dust monitoring at the fence line, and the company has agreed to publish readings every month.',
    ],
    tags: ['Industry', 'Kazakhstan', 'Metals'],
  },
  {
    slug: 'turkmenbasy-port-digital-queue',
    title: 'Türkmenbaşy port trials a digital queue for trucks waiting at customs',
    summary:
      'Drivers will book an inspection slot from their phones rather than queue at the gate overnight.',
    body: [
      'The port authority says the pilot covers outbound trucks carrying textiles and dried fruit, which make up most of the traffic at the landward gate.',
      'Drivers receive a text message about forty minutes before their slot, so they can wait at service areas outside the town instead of on the access road.',
      'If the trial works, the authority intends to extend it to inbound containers in the spring.',
    ],
    tags: ['Trade', 'Turkmenistan', 'Logistics'],
    image: false,
  },
  {
    slug: 'winter-grid-saving-appeal',
    title:
      'Grid operator asks households to shift heating to off-peak hours as reservoir levels slip',
    summary:
      'Evening demand is running ahead of forecast, and the operator wants water held back for the coldest weeks.',
    body: [
      'The national grid operator said evening consumption over the past fortnight was about seven percent above its autumn forecast.',
      'Most of the country’s winter power comes from hydro plants, and every extra megawatt-hour generated now lowers the reservoir ahead of January.',
      'The operator is asking households with storage heaters to charge them after 23:00, when a lower night tariff applies.',
      'It also said district heating boilers in two regional towns would switch to coal for a month to ease the load on the lines.',
      'Consumer groups argued that many families in older apartments have no way to time their heating and will see little benefit from the night tariff.',
    ],
    tags: ['Energy', 'Kyrgyzstan'],
  },
  {
    slug: 'samarkand-paper-workshop',
    title: 'Samarkand workshop revives mulberry-bark paper for bookbinders and calligraphers',
    summary:
      'A family workshop near the old city is selling hand-made sheets to restorers as far away as Istanbul.',
    body: [
      'The paper is made by soaking and pounding the inner bark of young mulberry shoots, then polishing each dried sheet with a smooth stone.',
      'Workshop owner Zarina Tursunova says demand has grown among book restorers, who value the fibre’s strength and its resistance to yellowing.',
      'Visitors can watch the process from a small gallery, and the workshop runs two-day courses for art students in the quiet winter months.',
    ],
    tags: ['Culture', 'Uzbekistan', 'Crafts'],
  },
  {
    slug: 'isfara-dried-apricot-exports',
    title: 'Isfara dried-apricot growers win a new buyer — and a stricter sulphur limit',
    summary:
      'A Gulf importer wants apricots dried without added sulphur, a change that is reshaping how orchards in the valley prepare fruit.',
    body: [
      'Growers in the Isfara valley traditionally treat apricots with sulphur so that they keep a bright orange colour as they dry in the sun.',
      'The new importer, which supplies premium supermarkets, has asked for a darker, untreated fruit with a clear limit on residues.',
      'A cooperative of about 200 households has built shaded drying racks and bought moisture meters with a grant from a regional development fund.',
      'Farmers say the untreated apricots fetch a higher price per kilogram, but the slower drying means more fruit is lost to insects and rain.',
      'The cooperative’s chair, Rustam Nazarov, said the first 40-tonne consignment cleared laboratory tests in November and is now at sea.',
    ],
    tags: ['Agriculture', 'Tajikistan', 'Trade'],
  },
  {
    slug: 'khorog-road-winter-clearing',
    title: 'Snow crews on the Khorog (Хорог) road get new ploughs before the passes close',
    summary:
      'Three road brigades have received heavy ploughs and a mobile workshop to keep the mountain highway open through the worst storms.',
    body: [
      'The road authority says the new equipment should cut the average closure after a heavy snowfall from two days to less than one.',
      'Brigades will be stationed at the foot of each main pass so that they can reach avalanche debris without waiting for convoys.',
      'Drivers are still being told to carry chains, fuel and food, as mobile phone coverage disappears for long stretches of the route.',
    ],
    tags: ['Transport', 'Tajikistan', 'Infrastructure'],
  },
  {
    slug: 'astana-bazaar-payments-app',
    title: 'Astana start-up builds a payments app for bazaar traders who hate card terminals',
    summary:
      'Dastarkhan Pay turns a trader’s phone into a QR-code till and reconciles the day’s sales automatically.',
    body: [
      'The founders, two former bank developers, spent a summer working stalls at a city market to understand why traders avoided card machines.',
      'Their answer is an app that shows a QR code for each sale and produces a simple daily summary that traders can hand to their accountants.',
      'Dastarkhan Pay charges a flat monthly fee rather than a percentage, which the company says suits traders with thin margins.',
      'About 900 stalls across three markets are now using it, and the start-up is raising a seed round to expand to Shymkent and Almaty.',
    ],
    tags: ['Technology', 'Kazakhstan', 'Start-ups'],
  },
  {
    slug: 'northern-wheat-protein',
    title: 'Millers welcome high-protein wheat from the northern harvest',
    summary:
      'A dry August left yields lower but the grain stronger, which flour mills say suits bread-making.',
    body: [
      'Laboratory samples collected at country elevators show protein content about a point higher than last year across much of the north.',
      'Mill managers said stronger grain means they can cut back on imported improvers, which they currently pay for in foreign currency.',
      'Farmers are less cheerful: lower yields mean fewer tonnes to sell, and storage costs have risen since the spring.',
      'Traders expect exporters to offer the best lots to buyers in Afghanistan and the South Caucasus, where demand for strong wheat is steady.',
    ],
    tags: ['Agriculture', 'Kazakhstan', 'Commodities'],
  },
  {
    slug: 'kyzylkum-solar-farm-connects',
    title: 'Kyzylkum Sun connects a 220 MW solar farm to the desert transmission line',
    summary:
      'The plant near Navoiy starts feeding the grid ahead of schedule, helped by a mild autumn for construction work.',
    body: [
      'Kyzylkum Sun says the first half of its panels went live in late November and the remainder will be energised over the coming weeks.',
      'The project uses single-axis trackers, which tilt the panels to follow the sun and squeeze more output from short winter days.',
      'Sand is the main enemy: robots clean the panels at night, and the operator estimates dust would otherwise cost a fifth of the output.',
      'Project manager Aziz Kholmatov said the farm’s power is sold under a 25-year contract with the state buyer at a fixed price in dollars.',
    ],
    tags: ['Energy', 'Uzbekistan', 'Renewables'],
  },
  {
    slug: 'tashkent-metro-late-trains',
    title: 'Tashkent metro trials later trains on Fridays and Saturdays',
    summary:
      'Services will run an extra hour on weekend nights until the end of February to test demand.',
    body: [
      'Passengers on all lines will be able to catch trains until about one in the morning on Fridays and Saturdays during the trial.',
      'The operator says it will count entries at each station and decide in March whether to make the later service permanent.',
      'Maintenance crews, who normally start work shortly after midnight, will shift to a compressed overnight schedule on those two nights.',
    ],
    tags: ['Transport', 'Uzbekistan'],
  },
  {
    slug: 'osh-bazaar-roof-renovation',
    title: 'Osh bazaar traders split over a new roof and higher rents',
    summary:
      'Stallholders like the idea of shelter from rain and sun but fear the cost will be passed on to them.',
    body: [
      'The market’s management company plans a steel-and-polycarbonate canopy over the main clothing rows, which are currently open to the sky.',
      'Traders were shown drawings at a meeting last week, along with a proposed rent rise of about a quarter once work is finished.',
      '“A roof is good for customers, but I sell the same jeans for the same price,” one trader, Gulnara Asanova, said after the meeting.',
      'The company says it will phase construction so that no row is closed for more than ten days at a time.',
    ],
    tags: ['Business', 'Kyrgyzstan', 'Retail'],
    image: false,
  },
  {
    slug: 'ashgabat-carpet-exhibition',
    title: 'Exhibition traces two centuries of Turkmen carpet motifs',
    summary:
      'More than sixty carpets, some never shown in public before, are on display in the capital until spring.',
    body: [
      'The exhibition arranges carpets by the tribal groups that wove them, showing how the distinctive medallion shapes changed from one region to the next.',
      'Curators borrowed several pieces from private families, who had kept them folded in chests for generations.',
      'A side room lets visitors try a small upright loom, supervised by weavers from a nearby workshop.',
    ],
    tags: ['Culture', 'Turkmenistan', 'Exhibitions'],
  },
  {
    slug: 'issyk-kul-ski-season',
    title: 'Ski season opens early above Issyk-Kul after a cold snap',
    summary: 'Two lifts at the Karakol slopes began turning this weekend, a week ahead of plan.',
    body: [
      'Heavy snow at the end of November gave the resort a base deep enough to open its upper runs before the usual mid-December start.',
      'Managers say bookings from Kazakhstan have risen sharply, helped by a new direct bus service from Almaty that runs through the winter.',
      'Guesthouse owners in town report that most rooms over the New Year holiday are already taken.',
      'Mountain rescue volunteers urged visitors to stay on marked pistes, as avalanche risk off-piste remains high after the fresh fall.',
    ],
    tags: ['Tourism', 'Kyrgyzstan'],
  },
  {
    slug: 'shymkent-cold-chain-anchor-tenant',
    title:
      'Shymkent (Шымкент) logistics park signs an anchor tenant as cold-chain warehousing demand outpaces supply across southern Kazakhstan and the Fergana Valley',
    summary:
      'A grocery distributor will take half of a new refrigerated hall, and the developer plans a second one straight away.',
    body: [
      'Ontustik Logistics Park says the distributor has signed a ten-year lease on 12,000 square metres of chilled and frozen storage, due for completion in the spring.',
      'Refrigerated space in the south of the country has been scarce for years, forcing fruit exporters to sell quickly at harvest time rather than wait for better prices.',
      'The park’s developer, Baurzhan Seitkali, said enquiries from importers of dairy and meat products had doubled since the summer.',
      'The site sits beside the main road and rail links towards Tashkent, and the park wants to run a bonded area so that cross-border goods can be stored before customs clearance.',
      'Construction of the second hall depends on a loan that is still under discussion with two domestic banks.',
    ],
    tags: ['Business', 'Kazakhstan', 'Logistics'],
  },
  {
    slug: 'microfinance-lending-rules',
    title: 'Microlenders face tighter checks on borrowers’ existing debts',
    summary:
      'New supervisory guidance requires lenders to look up every applicant in the credit bureau before approving a loan.',
    body: [
      'The guidance, which takes effect in February, closes a gap that allowed small loans to be issued on the basis of an identity card alone.',
      'Supervisors say a growing number of borrowers hold loans from four or more lenders at once, often to repay one with another.',
      'Industry representatives said the checks were sensible but warned that slow responses from the bureau could hold up approvals for hours.',
      'Lenders will also have to display the full annual cost of each loan, including fees, in the same font size as the headline rate.',
    ],
    tags: ['Finance', 'Regulation'],
  },
  {
    slug: 'dushanbe-chaikhana-restored',
    title: 'Dushanbe’s oldest surviving chaikhana reopens after a careful restoration',
    summary:
      'Carved wooden columns and painted ceilings have been repaired by a team of craftsmen over two years.',
    body: [
      'The teahouse, built in the middle of the last century, had been closed since a leaking roof damaged its ceiling panels.',
      'Restorers catalogued every carved column, removed those that had rotted at the base and copied them in seasoned walnut.',
      'Painted panels were cleaned with soft brushes and cotton rather than solvents, leaving some of the original wear visible on purpose.',
      'The new tenants serve green tea, plov and seasonal soups, and plan a monthly evening of traditional music.',
      'Head restorer Firuza Saidova said the project had trained six young carpenters, several of whom are now working on a second building in the city.',
      'Visitors can book a short guided tour of the ceiling work on weekday mornings, before the lunchtime crowd arrives.',
    ],
    tags: ['Culture', 'Tajikistan', 'Heritage'],
  },
  {
    slug: 'khorgos-dry-port-volumes',
    title: 'Rail & road traffic at the Khorgos dry port hits a monthly record',
    summary:
      'Operators handled more container transfers in November than in any month since the terminal opened.',
    body: [
      'Trains arriving from the east must swap their containers onto wagons for the wider local track, and the terminal says it averaged more than twenty such transfers a day.',
      'Much of the growth came from consumer electronics and car parts heading west, operators said.',
      'Trucking firms have added overnight shifts to move containers that are bound for cities in the region rather than for Europe.',
      'A shortage of flat wagons is the main bottleneck, and leasing companies say prices for spare wagons have risen since October.',
    ],
    tags: ['Transport', 'Kazakhstan', 'Trade'],
  },
  {
    slug: 'turkestan-blade-factory',
    title: 'Wind-blade factory near Turkestan hires its first hundred technicians',
    summary:
      'Dala Composites will make turbine blades for wind farms planned across the southern steppe.',
    body: [
      'The plant will lay up fibreglass blades up to 80 metres long in moulds imported in sections and assembled on site.',
      'Dala Composites recruited technicians from vocational colleges and is training them with engineers seconded from a partner factory abroad.',
      'Moving blades that long by road requires escorts and route surveys, so the company is also building a short rail siding.',
      'The first blades are due to leave the factory in the third quarter of next year.',
    ],
    tags: ['Energy', 'Kazakhstan', 'Manufacturing'],
  },
  {
    slug: 'ala-too-minerals-output',
    title: 'Ala-Too Minerals lifts gold output as a new crusher comes on line',
    summary:
      'The mid-sized miner produced about twelve percent more gold in its latest quarter than a year earlier.',
    body: [
      'The company credits a second crushing line that lets it process lower-grade ore previously left in stockpiles.',
      'Chief executive Kanat Bekov said the mine’s life could be extended by around four years if grades at depth match drilling results.',
      'Costs rose as well, mainly because of higher diesel prices and wages for skilled operators, who are in short supply.',
      'Shareholders will vote in January on a plan to pay a first dividend.',
    ],
    tags: ['Business', 'Kyrgyzstan', 'Mining'],
  },
  {
    slug: 'sum-steady-year-end',
    title: 'Uzbek sum holds steady as importers stock up before the New Year',
    summary:
      'Demand for dollars from importers has been met by export receipts, keeping the exchange rate in a narrow band.',
    body: [
      'Currency dealers said the sum barely moved across the week, even as retailers bought foreign currency to pay for holiday stock.',
      'Strong receipts from gold and textile exports offset the seasonal demand, according to a note from a Tashkent investment bank.',
      'Bank branches report steady sales of cash dollars to travellers, but no sign of the panic buying seen in some earlier years.',
    ],
    tags: ['Finance', 'Uzbekistan', 'Currencies'],
  },
  {
    slug: 'caspian-sturgeon-hatchery',
    title: 'Caspian hatchery releases its largest batch of young sturgeon',
    summary:
      'Around 400,000 fingerlings were released into the lower Ural river, part of a long effort to rebuild wild stocks.',
    body: [
      'The hatchery near Atyrau raises sturgeon from eggs taken from a small brood stock kept in ponds year round.',
      'Biologists tag a sample of each release so that fishermen who catch them can report where and when.',
      'Poaching remains the biggest threat, and the hatchery’s director, Dinara Kemelova, called for stiffer penalties for selling wild caviar.',
      'A visitor centre with viewing tanks opened alongside the hatchery this autumn and has become a popular school trip.',
    ],
    tags: ['Environment', 'Kazakhstan'],
  },
  {
    slug: 'almaty-short-film-festival',
    title: '“Ten minutes of steppe”: short-film festival shows new voices from five countries',
    summary:
      'A programme of forty short films played to full houses, with prizes going to first-time directors.',
    body: [
      'The festival, now in its sixth year, accepts films under fifteen minutes made by directors from across the region.',
      'This year’s top prize went to a documentary about a retired railway signalman who still keeps the timetable of a closed branch line.',
      'Several entries were shot entirely on phones, which organisers said showed how cheaply good stories can now be told.',
      'The winning films will tour university cinema clubs in January.',
    ],
    tags: ['Culture', 'Film'],
  },
  {
    slug: 'pamir-solar-microgrid',
    title: 'Solar micro-grid brings reliable evening power to a Pamir village',
    summary:
      'Batteries charged during the day now keep lights and freezers running after dark in a valley far from the grid.',
    body: [
      'Until this year the village relied on a small hydro turbine that slowed to a trickle when the stream froze in winter.',
      'A cooperative installed panels on the school roof and a container of batteries, financed by a mix of grants and household contributions.',
      'Each home pays a monthly fee based on a simple meter, and the cooperative uses the money to save for replacement batteries.',
      'Shopkeepers say reliable power has let them stock frozen goods for the first time.',
    ],
    tags: ['Energy', 'Tajikistan', 'Renewables'],
    image: false,
  },
  {
    slug: 'tashkent-shymkent-coach-route',
    title: 'New coach operator links Tashkent and Shymkent with four daily departures',
    summary:
      'Ipak Yo’l Coaches promises reclining seats, Wi-Fi and a pre-booked slot at the border crossing.',
    body: [
      'The company runs modern coaches on the roughly two-hour journey, not counting the border, which can add anything from twenty minutes to three hours.',
      'Passengers pass through the crossing on foot while the empty coach goes through the vehicle lane, rejoining them on the far side.',
      'Tickets are sold online in both currencies, and the operator says about a third of passengers are travelling for work.',
    ],
    tags: ['Transport', 'Uzbekistan', 'Kazakhstan'],
  },
  {
    slug: 'naryn-cashmere-cooperative',
    title: 'Naryn herders pool their cashmere to sell direct to European spinners',
    summary:
      'By grading and washing fibre themselves, a herders’ cooperative hopes to earn more than the traders’ price.',
    body: [
      'Around sixty families combed their goats in the spring and brought the fibre to a shared shed, where it was sorted by colour and fineness.',
      'A spinning mill in northern Italy agreed to buy the best grades after testing samples sent in the summer.',
      'Cooperative members say the price is roughly a third higher than what itinerant buyers used to pay at the farm gate.',
      'The harder part has been logistics: the fibre must travel by truck to Bishkek, then by air, because sea freight would take months.',
      'A development agency paid for the first scales and sorting tables, but the cooperative now covers its own running costs.',
    ],
    tags: ['Business', 'Kyrgyzstan', 'Agriculture'],
  },
  {
    slug: 'manat-edges-lower',
    title: 'Manat edges lower in thin year-end trading',
    summary:
      'The Turkmen currency slipped about a quarter of a percent against the dollar in a quiet week for the market.',
    body: [
      'Dealers described trading as light, with most companies having already settled their annual import payments.',
      'The small move was attributed to a handful of large dollar purchases by construction firms buying equipment.',
      'Analysts do not expect significant changes before the new budget year begins in January.',
    ],
    tags: ['Finance', 'Turkmenistan', 'Currencies'],
  },
  {
    slug: 'khorezm-melon-festival',
    title: 'Khorezm melon growers show off winter-keeping varieties',
    summary:
      'Late melons that can be stored until spring were the stars of a harvest fair in Urgench.',
    body: [
      'Growers hung their melons in nets from the rafters of the fair hall, as families in the region have done for generations to keep them through winter.',
      'Judges cut and tasted more than a hundred varieties, awarding prizes for sweetness, aroma and how well the fruit had kept since September.',
      'Agronomists used the fair to collect seeds from rare local varieties for a regional seed bank.',
      'Some growers are now packing melons in boxes for sale in Tashkent supermarkets during the New Year holidays.',
    ],
    tags: ['Culture', 'Uzbekistan', 'Agriculture'],
  },
  {
    slug: 'astana-data-centre-cooling',
    title: 'Astana’s cold winters draw a data-centre builder looking to save on cooling',
    summary:
      'Steppe Compute says outside air can cool its servers for most of the year, cutting electricity bills.',
    body: [
      'The company plans a first building of 10 megawatts on an industrial site on the city’s eastern side, with room to expand later.',
      'For more than eight months of the year, outside air is cold enough to cool servers without running chillers, according to the firm’s engineers.',
      'The biggest question is power supply: the site needs a new substation, and the regional grid company has not yet confirmed the timing.',
      'Steppe Compute’s chief technical officer, Ainur Zhaksybekova, said local banks and government agencies were the first customers it expects to sign.',
      'Heat from the servers could eventually warm nearby greenhouses, an idea the company is discussing with a vegetable grower next door.',
    ],
    tags: ['Technology', 'Kazakhstan', 'Energy'],
  },
  {
    slug: 'aport-apple-revival',
    title: 'Orchard keepers try to revive the giant Aport apple in the foothills',
    summary:
      'Enthusiasts are grafting cuttings from old trees to save a variety once famous for fruit weighing half a kilo.',
    body: [
      'Few of the old Aport trees survive, most of them in neglected orchards on the slopes above the city.',
      'A group of growers has taken cuttings from a dozen veterans and grafted them onto hardy rootstock at a nursery in the foothills.',
      'The variety needs cool nights and mountain water, which is why attempts to grow it on the plains have produced smaller, blander fruit.',
      'The nursery hopes to sell its first young trees to smallholders in two years’ time.',
    ],
    tags: ['Agriculture', 'Kazakhstan'],
  },
  {
    slug: 'aral-saxaul-planting',
    title: 'Volunteers plant saxaul on the dry Aral seabed to hold down the dust',
    summary:
      'Seedlings of the hardy desert shrub are being planted across another 2,000 hectares this season.',
    body: [
      'Saxaul roots bind the salty sand of the former seabed, reducing the storms that carry dust and salt to towns and fields far away.',
      'Teams plant seedlings in late autumn so that they can use the moisture from winter snow before the hot season arrives.',
      'Survival rates vary widely, from about a third in the saltiest patches to more than two thirds where groundwater is closer to the surface.',
      'Scientists monitoring the work say the oldest plantations, now more than a decade old, have begun to seed themselves.',
    ],
    tags: ['Environment', 'Uzbekistan'],
  },
  {
    slug: 'navoiy-air-cargo-hub',
    title: 'Navoiy airport courts air-cargo airlines with cheaper handling fees',
    summary:
      'The airport wants to win back transit freight that has moved to larger hubs in the Gulf and Europe.',
    body: [
      'Handling fees for freighters are being cut by about a fifth for airlines that commit to at least two weekly flights.',
      'The airport’s location roughly halfway between East Asia and Europe makes it a natural refuelling stop for older, shorter-range freighters.',
      'Its managers admit that newer aircraft can fly the route non-stop, which is why they are also pitching the airport as a regional distribution point.',
    ],
    tags: ['Transport', 'Uzbekistan', 'Aviation'],
  },
  {
    slug: 'tenge-steady-oil',
    title: 'Tenge steady as oil prices and tax payments balance out',
    summary:
      'Month-end tax payments by exporters supported the currency, offsetting a softer oil market.',
    body: [
      'Exporters must sell foreign currency to pay their taxes at the end of each month, which reliably lends the tenge some support.',
      'Traders said that effect balanced a dip in oil prices, leaving the currency almost unchanged for the week.',
      'Retail demand for dollars at exchange offices was described as normal for the season.',
      'Economists at an Almaty research institute expect slightly more volatility in January, when oil export volumes are typically reviewed.',
    ],
    tags: ['Finance', 'Kazakhstan', 'Currencies'],
  },
  {
    slug: 'bukhara-winter-tourism',
    title: 'Bukhara hotels cut winter prices to fill rooms in the quiet season',
    summary:
      'Guesthouses in the old town are offering bundled tours and cooking classes to attract off-season visitors.',
    body: [
      'Occupancy in the historic centre falls to around a third between December and February, when evenings are cold and days are short.',
      'Hotel owners have teamed up with guides to sell packages that include a cooking class, a hammam visit and an evening of folk music.',
      'Tour operators say independent travellers from East Asia are the most responsive to winter deals.',
      'Some families who run guesthouses use the quiet months to renovate, and several are adding proper heating for the first time.',
    ],
    tags: ['Tourism', 'Uzbekistan'],
  },
  {
    slug: 'drip-irrigation-loans',
    title: 'Cheaper loans for drip irrigation draw a rush of cotton and vegetable farmers',
    summary:
      'A subsidised credit line for water-saving equipment was fully booked within six weeks.',
    body: [
      'The credit line, funded by an international development lender and distributed through commercial banks, offers loans at about half the usual interest rate.',
      'Farmers switching from flood irrigation typically use around forty percent less water, although the savings depend heavily on soil and crop.',
      'Equipment dealers report waiting lists for filters and pumps, much of which is imported.',
      'Agronomists warn that drip systems need regular maintenance and training, and that poorly installed lines can clog within a season.',
    ],
    tags: ['Agriculture', 'Water'],
    image: false,
  },
  {
    slug: 'dombra-makers-workshop',
    title: 'A dombra workshop where every instrument is signed by two makers',
    summary:
      'An apprentice and a master build each two-stringed lute together, and both put their names inside.',
    body: [
      'The workshop, in a converted garage on the edge of the city, makes about sixty dombras a year from pine, apricot and mulberry wood.',
      'Its founder, Yerzhan Tulegenov, insists that every instrument is built by an apprentice under a master’s eye, with both signatures pencilled inside the body.',
      'Musicians can choose the timber and neck profile, and the workshop keeps a record of each player’s preferences for repairs.',
      'Demand has grown since a wave of young bands began mixing the dombra with electronic music, and the waiting list now runs to eight months.',
      'The workshop also teaches weekend classes for children, who build a simple instrument over four sessions and take it home.',
    ],
    tags: ['Culture', 'Kazakhstan', 'Music'],
  },
  {
    slug: 'cement-kiln-upgrade',
    title: 'Cement maker cuts coal use with a new preheater tower',
    summary:
      'Vakhsh Cement says the upgrade lowers fuel consumption per tonne of clinker by about fifteen percent.',
    body: [
      'The preheater uses hot exhaust gases to warm raw material before it enters the kiln, recovering heat that was previously lost up the stack.',
      'The company imported the tower’s steel sections and assembled them over two months while the kiln was shut for maintenance.',
      'Managers say lower fuel costs will help them compete with imported cement, which has taken a growing share of large construction projects.',
    ],
    tags: ['Industry', 'Tajikistan'],
  },
  {
    slug: 'bishkek-parcel-lockers',
    title: 'Parcel lockers spread across Bishkek as online shopping grows',
    summary: 'A local courier firm has installed 150 lockers at supermarkets and bus stations.',
    body: [
      'Customers receive a code by text message and collect their parcels at any hour, which the courier says cuts failed deliveries sharply.',
      'Most packages are small items ordered from marketplaces, such as clothing, phone accessories and cosmetics.',
      'The firm, Tez Jetkiruu, plans to double the network next year and to let customers send returns through the same lockers.',
      'Supermarkets host the lockers for free, betting that collection trips will bring in extra shoppers.',
    ],
    tags: ['Technology', 'Kyrgyzstan', 'Retail'],
  },
  {
    slug: 'district-heating-gas-switch',
    title:
      'Northern town switches its district heating from coal to gas — and residents notice the air',
    summary:
      'The first winter on gas has brought visibly cleaner air, but the new tariff is a little higher.',
    body: [
      'The town’s heating plant burned local coal for decades, leaving a grey haze over the centre on still winter days.',
      'Its boilers were converted over the summer after a new pipeline spur reached the town.',
      'Residents say the difference is obvious on cold mornings, and a school has resumed outdoor sports it used to cancel on smoggy days.',
      'Heating bills have risen by about eight percent, which the utility says reflects the cost of gas and the pipeline.',
      'Pensioners’ groups have asked the town council to extend a heating allowance for low-income households.',
    ],
    tags: ['Energy', 'Kazakhstan', 'Environment'],
  },
  {
    slug: 'steppe-wings-almaty-dushanbe',
    title: 'Steppe Wings adds Almaty–Dushanbe flights three times a week',
    summary:
      'The small regional airline says the route will serve students, traders and families visiting relatives.',
    body: [
      'Flights will use a 76-seat turboprop, which the airline says is the right size for a route that has seen only irregular charter service.',
      'Introductory fares are being sold online, and the airline is offering a generous baggage allowance aimed at traders carrying goods.',
      'If the route fills, Steppe Wings plans to add a Khujand service in the spring.',
    ],
    tags: ['Transport', 'Aviation', 'Tajikistan'],
  },
  {
    slug: 'kyrgyz-honey-certification',
    title: 'Mountain honey producers chase export certificates',
    summary:
      'Beekeepers in the Chüy and Talas valleys are paying for laboratory tests to meet importers’ standards.',
    body: [
      'Importers in the Gulf and East Asia want proof that honey is free of antibiotics and has not been diluted with syrup.',
      'A beekeepers’ association has arranged bulk testing at a laboratory in Bishkek, cutting the cost for each member by about half.',
      'Producers who pass the tests can use a shared label that names the valley where the honey was collected.',
      'The association says some members have already received orders for next summer’s harvest.',
    ],
    tags: ['Agriculture', 'Kyrgyzstan', 'Trade'],
  },
  {
    slug: 'tashkent-textile-design-school',
    title: 'Design school in Tashkent teaches ikat patterns with software',
    summary:
      'Students learn to plan the traditional resist-dyed patterns on screen before tying and dyeing the threads by hand.',
    body: [
      'Ikat requires threads to be tied and dyed before weaving, so that the pattern appears as the cloth is woven; a single mistake can spoil a whole length.',
      'The school’s software lets students preview how a design will blur and shift on the loom, saving days of trial and error.',
      'Graduates are finding work with fashion brands and with workshops that supply interior designers abroad.',
      'Master weavers who teach at the school insist that every student also completes one piece entirely by hand.',
    ],
    tags: ['Culture', 'Uzbekistan', 'Design'],
  },
  {
    slug: 'copper-smelter-filters',
    title: 'Copper smelter installs new dust filters after residents’ complaints',
    summary: 'A bag-filter system is meant to capture fine particles from the furnace exhaust.',
    body: [
      'Residents of the smelter town had complained for years about dust settling on cars and washing lines after calm nights.',
      'The new system pushes exhaust through thousands of fabric bags that trap the particles, which are then collected and returned to the furnace.',
      'The company says emissions at the stack have dropped by more than two thirds since the filters came online in November.',
      'An independent monitoring station run by a local university will publish its own readings on a public website.',
    ],
    tags: ['Industry', 'Environment'],
    image: false,
  },
  {
    slug: 'card-payments-overtake-cash',
    title: 'Card payments overtake cash at Bishkek shops & markets, survey finds',
    summary:
      'For the first time, more than half of retail purchases in the capital were paid by card or phone, according to a bankers’ association survey.',
    body: [
      'The survey covered about 2,000 shoppers at supermarkets, small shops and markets over two weeks in October.',
      'QR-code payments drove much of the shift, especially at market stalls where card terminals were never common.',
      'Cash still dominates in rural areas and for large purchases such as furniture and building materials, the survey found.',
      'Bankers said the next challenge is persuading small traders to keep their money in accounts rather than withdrawing it at the end of each day.',
    ],
    tags: ['Finance', 'Kyrgyzstan', 'Payments'],
  },
  {
    slug: 'kok-boru-league-sponsor',
    title: 'Kok-boru league signs its first title sponsor',
    summary:
      'A mobile operator’s sponsorship will pay for televised matches and travel for teams from remote districts.',
    body: [
      'Kok-boru, a horseback team game in which riders fight to carry a goat carcass into the opposing goal, draws large crowds at holidays and festivals.',
      'The league has struggled to fund travel for teams from mountain districts, which must transport horses hundreds of kilometres.',
      'Under the deal, the sponsor’s name appears on riders’ jerseys, and matches will be streamed on its app.',
      'Veterinarians will also check horses before every league game, a condition the sponsor asked for.',
    ],
    tags: ['Culture', 'Kyrgyzstan', 'Sport'],
  },
  {
    slug: 'caspian-grain-terminal',
    title: 'Grain terminal on the Caspian coast doubles its storage',
    summary:
      'New silos let exporters hold wheat at the port while waiting for ships, rather than leaving it in railway wagons.',
    body: [
      'The terminal added six steel silos over the summer, raising capacity to about 120,000 tonnes.',
      'Exporters had complained that grain often sat in wagons for days when ships were delayed by weather, tying up rolling stock needed elsewhere.',
      'The operator also installed a faster loading arm that can fill a medium-sized bulk carrier in less than two days.',
      'Buyers across the Caspian, particularly flour mills in the south, are the main customers for wheat shipped from the terminal.',
    ],
    tags: ['Transport', 'Agriculture', 'Kazakhstan'],
  },
];

// ---------------------------------------------------------------------------------------------------
// Derived per-article data shared by all three article formats.

const NEWEST = Date.parse('2025-12-07T09:00:00Z');
const OLDEST = Date.parse('2025-11-01T18:00:00Z');
const HOUR = 3600_000;
const FIVE_MINUTES = 5 * 60_000;

/**
 * Publication times: evenly spaced slots from NEWEST back to OLDEST, each nudged by up to ±4 hours and
 * snapped to five minutes. Slots are ~18 h apart, so the nudge can never reorder items, and the newest
 * stays exactly at NEWEST so that "newest 2025-12-07 09:00Z" is stable.
 */
function publishTimes(count) {
  const step = (NEWEST - OLDEST) / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return NEWEST;
    const jitter = (random() * 8 - 4) * HOUR;
    return Math.round((NEWEST - i * step + jitter) / FIVE_MINUTES) * FIVE_MINUTES;
  });
}

/** Builds the shared article records: ids, dates, author, image, WordPress ids. */
function buildArticles() {
  const times = publishTimes(ARTICLES.length);
  let imageCounter = 0;
  return ARTICLES.map((article, i) => {
    // WordPress post ids grow with time, with gaps where drafts and attachments took numbers.
    const wpId = 20480 - i * 7;
    const hasImage = article.image !== false;
    const image = hasImage ? (imageCounter++ % IMAGES.length) + 1 : null;
    return {
      ...article,
      wpId,
      guid: `${SITE}/?p=${wpId}`,
      url: `${SITE}/news/${article.slug}`,
      published: new Date(times[i]),
      author: AUTHORS[Math.floor(random() * AUTHORS.length)],
      image,
      imageUrl: image && `${IMAGE_PATH}/${image}.svg`,
      wpMediaId: image && wpId + 1,
      contentText: article.body.join(' '),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// JSON Feed 1.1

function rfc3339(date) {
  return date.toISOString().replace('.000Z', 'Z');
}

function jsonFeed(articles) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Steppe Ledger',
    home_page_url: `${SITE}/`,
    feed_url: `${SITE}/feeds/articles.json`,
    description:
      'Invented regional business, transport, energy and culture news for the news-widgets demo.',
    language: 'en',
    items: articles.map((a) => ({
      id: a.guid,
      url: a.url,
      title: a.title,
      summary: a.summary,
      content_text: a.contentText,
      ...(a.imageUrl ? { image: a.imageUrl } : {}),
      date_published: rfc3339(a.published),
      authors: [{ name: a.author.name }],
      tags: a.tags,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// WordPress REST API (wp/v2/posts?_embed)

// The demo site's WordPress timezone: `date` is local wall-clock time, `date_gmt` is UTC, both without
// an offset suffix, exactly as the REST API returns them. Asia/Almaty is UTC+5 with no DST.
const WP_UTC_OFFSET_HOURS = 5;

function wpDate(date) {
  return date.toISOString().slice(0, 19);
}

// wptexturize turns typographic characters into numeric entities in rendered fields.
const WP_ENTITIES = {
  '’': '&#8217;',
  '‘': '&#8216;',
  '“': '&#8220;',
  '”': '&#8221;',
  '—': '&#8212;',
  '–': '&#8211;',
  '…': '&#8230;',
};

/**
 * Encodes text the way WordPress renders it. Titles get `&#038;` for an ampersand (what wptexturize
 * emits), content and excerpts `&amp;`; both spellings appear in real WordPress output, so consumers
 * must decode either. Letters outside ASCII (Cyrillic, Turkic) are left as UTF-8, as WordPress does.
 */
function wpEncode(text, ampersand = '&amp;') {
  return text
    .replace(/&/g, ampersand)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[’‘“”—–…]/g, (ch) => WP_ENTITIES[ch]);
}

/** Splits the sentences into paragraphs of two or three, as a reporter's copy would be. */
function paragraphs(sentences) {
  const out = [];
  for (let i = 0; i < sentences.length;) {
    const take = sentences.length - i === 4 ? 2 : Math.min(3, sentences.length - i);
    out.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  return out;
}

/**
 * Most posts have a hand-written excerpt; every ninth uses WordPress's automatic one (first 55 words
 * of the content plus " [&hellip;]"), so the widgets meet that trailing marker too.
 */
function wpExcerpt(article, index) {
  if (index % 9 === 4) {
    const words = article.contentText.split(/\s+/);
    if (words.length > 55) return `<p>${wpEncode(words.slice(0, 55).join(' '))} [&hellip;]</p>\n`;
  }
  return `<p>${wpEncode(article.summary)}</p>\n`;
}

function wpPost(a, index) {
  const local = new Date(a.published.getTime() + WP_UTC_OFFSET_HOURS * HOUR);
  const embedded = {
    author: [{ id: a.author.wpId, name: a.author.name, link: `${SITE}/author/${a.author.slug}/` }],
  };
  if (a.image) {
    embedded['wp:featuredmedia'] = [
      {
        id: a.wpMediaId,
        source_url: a.imageUrl,
        alt_text: IMAGES[a.image - 1].alt,
        media_details: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT },
      },
    ];
  }
  return {
    id: a.wpId,
    date: wpDate(local),
    date_gmt: wpDate(a.published),
    guid: { rendered: a.guid },
    modified: wpDate(local),
    modified_gmt: wpDate(a.published),
    slug: a.slug,
    status: 'publish',
    type: 'post',
    link: a.url,
    title: { rendered: wpEncode(a.title, '&#038;') },
    content: {
      rendered: paragraphs(a.body)
        .map((p) => `<p>${wpEncode(p)}</p>\n`)
        .join('\n'),
      protected: false,
    },
    excerpt: { rendered: wpExcerpt(a, index), protected: false },
    author: a.author.wpId,
    featured_media: a.wpMediaId ?? 0,
    sticky: false,
    format: 'standard',
    _embedded: embedded,
  };
}

// ---------------------------------------------------------------------------------------------------
// RSS 2.0

function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** RFC 822 date as RSS wants it, e.g. "Sun, 07 Dec 2025 09:00:00 +0000". */
function rfc822(date) {
  return date.toUTCString().replace('GMT', '+0000');
}

function rssItem(a) {
  const lines = [
    `      <title>${escapeXml(a.title)}</title>`,
    `      <link>${escapeXml(a.url)}</link>`,
    `      <guid isPermaLink="false">${escapeXml(a.guid)}</guid>`,
    // Plain-text summary, XML-escaped (not wrapped in HTML), the simplest thing a feed reader sees.
    `      <description>${escapeXml(a.summary)}</description>`,
    `      <pubDate>${rfc822(a.published)}</pubDate>`,
    `      <dc:creator>${escapeXml(a.author.name)}</dc:creator>`,
    ...a.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
  ];
  if (a.imageUrl) {
    lines.push(
      `      <media:content url="${escapeXml(a.imageUrl)}" medium="image" type="image/svg+xml" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}"/>`,
    );
  }
  return `    <item>\n${lines.join('\n')}\n    </item>`;
}

function rss(articles) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>The Steppe Ledger</title>
    <link>${SITE}/</link>
    <description>Invented regional business, transport, energy and culture news for the news-widgets demo.</description>
    <language>en</language>
    <lastBuildDate>${rfc822(articles[0].published)}</lastBuildDate>
    <atom:link href="${SITE}/feeds/articles.rss" rel="self" type="application/rss+xml"/>
${articles.map(rssItem).join('\n')}
  </channel>
</rss>
`;
}

// ---------------------------------------------------------------------------------------------------
// Sanity checks: fail loudly rather than write a feed that breaks the brief the demo relies on.

function check(articles) {
  const fail = (message) => {
    throw new Error(`make-demo-feeds: ${message}`);
  };
  if (articles.length !== 50) fail(`expected 50 articles, got ${articles.length}`);
  if (new Set(articles.map((a) => a.slug)).size !== articles.length) fail('duplicate slug');
  for (const [i, a] of articles.entries()) {
    if (a.body.length < 3 || a.body.length > 6)
      fail(`${a.slug}: body has ${a.body.length} sentences`);
    if (i > 0 && a.published >= articles[i - 1].published) fail(`${a.slug}: not newest-first`);
    if (a.published < Date.parse('2025-11-01T00:00:00Z'))
      fail(`${a.slug}: published before November`);
  }
  if (articles.filter((a) => a.title.length >= 120).length < 2)
    fail('need two 120+ character headlines');
  if (articles.filter((a) => a.contentText.length >= 600).length < 5)
    fail('need several 600+ character bodies');
  const withoutImage = articles.filter((a) => !a.image).length;
  if (withoutImage !== 5) fail(`expected 5 articles without an image, got ${withoutImage}`);
}

// ---------------------------------------------------------------------------------------------------

async function writeOut(name, text) {
  await writeFile(join(OUT, name), text);
  console.log(`wrote demo/feeds/${name} (${Buffer.byteLength(text)} bytes)`);
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

async function main() {
  const articles = buildArticles();
  check(articles);
  await mkdir(join(OUT, 'images'), { recursive: true });
  await writeOut('rates.json', json(ratesFeed()));
  await writeOut('rates-usd-base.json', json(usdBaseRates()));
  await writeOut('articles.json', json(jsonFeed(articles)));
  await writeOut('wp-posts.json', json(articles.map(wpPost)));
  await writeOut('articles.rss', rss(articles));
  for (const [i, image] of IMAGES.entries()) await writeOut(`images/${i + 1}.svg`, svg(image));
}

await main();
