/**
 * A person's GEDCOM name from their Wikidata label, which is one string ("Queen Victoria",
 * "Christian IX of Denmark", "Prince Philip, Duke of Edinburgh", "Antony Armstrong-Jones",
 * "Wilhelmine de Prusse", "Anne Dorothea von Winterfeld"). The pieces are guessed, so that
 * genealogy programs sort and display them well, and the guess stays conservative:
 *  - leading titles (Queen, Prince, Grand Duke, Lady, Sir...) are the prefix (NPFX);
 *  - a regnal number ("IX", "Ier"), an epithet ("the Great"), a territorial designation
 *    ("of Denmark", "de Prusse", "en Bavière") and anything after a comma are the suffix (NSFX),
 *    never a surname: Victoria of Saxe-Coburg has no surname "of Saxe-Coburg";
 *  - a Germanic particle ("von", "van", "zu") starts the surname: `von` is SPFX, the rest SURN;
 *  - otherwise, with two words or more left, the last word is the surname ("Antony
 *    /Armstrong-Jones/", "Carl Johan /Bernadotte/"), unless it is a Slavic patronymic ("Maria
 *    Alexandrovna") or a given name common among Europe's royals ("Ernest Louis", "Viktoria
 *    Luise"), or the person is royal (a royal title in the label or the description: royals
 *    have no surname); when a title follows the comma ("Ernest Augustus, Duke of Brunswick")
 *    only a double-barrelled last word is a surname ("Antony Armstrong-Jones, 1st Earl of ...").
 * Without a surname the name is written `Given //`, never an empty NAME.
 */
import { clip, singleLine } from './text.js';

export interface PersonName {
  prefix: string;
  given: string;
  surnamePrefix: string;
  surname: string;
  suffix: string;
}

/** Titles that may open a label; the royal ones say the rest holds no surname. */
const ROYAL_TITLES = new Set(
  (
    'king queen prince princess emperor empress tsar czar tsarina czarina tsarevich tsesarevich tsarevna ' +
    'archduke archduchess infante infanta dauphin dauphine pope saint st. st sainte san santa blessed elector electress ' +
    'roi reine princesse empereur impératrice archiduc archiduchesse ' +
    'könig königin prinz prinzessin kaiser kaiserin erzherzog erzherzogin kurfürst kurfürstin ' +
    're regina principe principessa rey reina príncipe princesa'
  ).split(' '),
);
const OTHER_TITLES = new Set(
  (
    'duke duchess grand crown hereditary count countess earl lady lord sir dame baron baroness margrave margravine ' +
    'landgrave landgravine marquess marquis marchioness viscount viscountess burgrave mr mrs miss ms dr rev ' +
    'duc duchesse comte comtesse marquise vicomte vicomtesse baronne margrave landgrave ' +
    'herzog herzogin graf gräfin fürst fürstin markgraf markgräfin landgraf landgräfin freiherr freifrau ' +
    'duca duchessa conte contessa duque duquesa conde condesa'
  ).split(' '),
);
/** Particles that start a territorial designation (part of the suffix, not a surname). */
const DESIGNATION = new Set('of en af av de du des di da del della dei degli do dos das la le'.split(' '));
/** Particles that start a surname. */
const SURNAME_PARTICLES = new Set('von vom van zu zur zum ter ten der den'.split(' '));
const REGNAL = /^(?:[IVXLC]+\.?|Ier|Ire|1er|1re|Iᵉʳ)$/;
const EPITHET = /^(?:the|le|la|der|die|el|il)$/;
const PATRONYMIC = /(?:ovna|evna|ovich|evich|ovitch|evitch|ievitch|ïevitch|ovitj|ichna|inichna)$/i;
/** A description naming a royal or princely rank (Wikidata's "Prussian princess", "King of..."). */
const ROYAL_DESCRIPTION =
  /\b(?:king|queen|prince|princess|emperor|empress|tsar|tsarina|tsarevich|archduke|archduchess|grand duke|grand duchess|infante|infanta|dauphin|royal|monarch|regent|consort|elector|electress|prinz|prinzessin|königin|könig|roi|reine|princesse)\b/i;
/** Given names common among Europe's royals: a last word among them is not taken for a surname. */
const GIVEN_NAMES = new Set(
  (
    'adalbert adelaide adelheid adolf adolphe adolphus albert alberta albrecht alexander alexandra alexandrine ' +
    'alexis alfred alice alix amalia amalie amelia anastasia andreas andrew anna anne anton antoinette arthur ' +
    'astrid august augusta auguste augustus beatrice beatrix bernhard boris carl carlos caroline casimir cecilie ' +
    'charles charlotte christian christiane christina christine christoph clementine clotilde constantine cyril ' +
    'dagmar dorothea edmund eduard edward eleonore elisabeth elizabeth ella emanuel emich emma ernest ernestine ' +
    'ernst eugen eugenie feodora ferdinand francis franz frederica frederick frederik friederike friedrich ' +
    'george georg georges gustaf gustav gustave haakon harald hedwig heinrich helena henri henriette henry ' +
    'hermann hugo ingrid irene isabella jean joachim johann johanna john joseph josephine karl karoline ' +
    'konrad konstantin leopold louis louisa louise ludwig luise margaret margarete margarethe marguerite maria ' +
    'marie marina mary mathilde matilda maud maximilian michael nicholas nikolaus olga oscar oskar otto patricia ' +
    'paul peter philip philipp philippe rudolf sigismund sophia sophie tatiana theodor ulrike valdemar victor ' +
    'victoria viktoria waldemar wilhelm wilhelmina wilhelmine william willem xenia ' +
    'cristina donatus josias josé maría melita'
  ).split(' '),
);

/** Splits a label into name pieces; `fallback` (the Q-id) when the label has no usable text. */
export function parsePersonName(label: string, fallback: string, description: string | null = null): PersonName {
  const text = singleLine(label).replace(/\//g, '\u2215').replace(/\s+/g, ' ').trim();
  const name: PersonName = { prefix: '', given: '', surnamePrefix: '', surname: '', suffix: '' };
  if (!text) return { ...name, given: fallback };
  const comma = text.indexOf(',');
  let core = comma >= 0 ? text.slice(0, comma).trim() : text;
  const after: string[] = comma >= 0 ? [text.slice(comma + 1).trim()] : [];
  const commaPart = after[0] ?? '';
  const bracket = /\s*\(([^)]*)\)\s*/.exec(core);
  if (bracket) {
    core = `${core.slice(0, bracket.index)} ${core.slice(bracket.index + bracket[0].length)}`.trim();
    after.push(`(${bracket[1]!.trim()})`);
  }
  const words = core.split(' ').filter((w) => w.length > 0);
  let royal = description !== null && ROYAL_DESCRIPTION.test(description);
  let start = 0;
  while (start < words.length - 1 && isTitle(words[start]!)) {
    if (ROYAL_TITLES.has(words[start]!.toLowerCase())) royal = true;
    start++;
  }
  name.prefix = words.slice(0, start).join(' ');
  const rest = words.slice(start);
  const stop = rest.findIndex((w, i) => i > 0 && endsGiven(w));
  const particle = rest.findIndex((w, i) => i > 0 && (stop < 0 || i < stop) && SURNAME_PARTICLES.has(w.toLowerCase()));
  if (particle > 0 && particle < rest.length - 1 && !isParticle(rest[rest.length - 1]!)) {
    let end = particle;
    while (end < rest.length - 1 && SURNAME_PARTICLES.has(rest[end]!.toLowerCase())) end++;
    const surnameEnd = stop < 0 ? rest.length : stop;
    name.given = rest.slice(0, particle).join(' ');
    name.surnamePrefix = rest.slice(particle, end).join(' ');
    name.surname = rest.slice(end, Math.max(end + 1, surnameEnd)).join(' ');
    const tail = rest.slice(Math.max(end + 1, surnameEnd));
    if (tail.length > 0) after.unshift(tail.join(' '));
  } else if (stop > 0) {
    name.given = rest.slice(0, stop).join(' ');
    after.unshift(rest.slice(stop).join(' '));
  } else if (
    !royal &&
    rest.length >= 2 &&
    !/^(?:and|und|et|y|e)$/.test(rest[rest.length - 2]!) &&
    isSurname(rest[rest.length - 1]!, commaPart)
  ) {
    name.given = rest.slice(0, -1).join(' ');
    name.surname = rest[rest.length - 1]!;
  } else name.given = rest.join(' ');
  name.suffix = after.filter((s) => s.length > 0).join(' ');
  if (!name.given) name.given = name.surname ? '' : fallback;
  return name;
}

/** Whether the last remaining word reads as a surname; `commaPart` is the text after a comma. */
function isSurname(word: string, commaPart: string): boolean {
  if (PATRONYMIC.test(word) || GIVEN_NAMES.has(word.toLowerCase())) return false;
  const titled = commaPart.split(' ').some(isTitle);
  return !titled || /\p{L}-\p{L}/u.test(word);
}

function isTitle(word: string): boolean {
  const w = word.toLowerCase();
  return ROYAL_TITLES.has(w) || OTHER_TITLES.has(w);
}

function isParticle(word: string): boolean {
  return SURNAME_PARTICLES.has(word.toLowerCase()) || DESIGNATION.has(word.toLowerCase());
}

/** A word that ends the given names: a regnal number, an epithet, a territorial particle. */
function endsGiven(word: string): boolean {
  return REGNAL.test(word) || EPITHET.test(word) || DESIGNATION.has(word.toLowerCase()) || /^(?:d|l)['’]\S/i.test(word);
}

/** GEDCOM piece limits (5.5.1): NAME 120, GIVN and SURN 120, NPFX, SPFX and NSFX 30. */
export function gedcomNameValue(name: PersonName): string {
  const given = [name.prefix, name.given].filter(Boolean).join(' ');
  const surname = [name.surnamePrefix, name.surname].filter(Boolean).join(' ');
  const value = `${given} /${surname}/${name.suffix ? ` ${name.suffix}` : ''}`.trim();
  if (Array.from(value).length <= 120) return value;
  return `${clip(given, 60)} /${clip(surname, 50)}/`.trim();
}

/** The label as the name pieces render it again (to tell whether a note must keep the label). */
export function displayName(name: PersonName): string {
  return [name.prefix, name.given, name.surnamePrefix, name.surname, name.suffix].filter(Boolean).join(' ');
}
