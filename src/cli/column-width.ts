/**
 * How many terminal columns a string takes: the job of the `string-width` package, which yargs'
 * help layout (yargs, cliui, wrap-ansi) calls. Three copies of it load with yargs, and each builds
 * an Intl.Segmenter and Unicode-set regular expressions when it is imported: about 35 ms of every
 * wdkin start, for help text that is plain ASCII. The CLI bundle (scripts/build-cli.js) aliases
 * `string-width` to this module.
 *
 * Same answers as string-width for ASCII, ANSI escapes, East Asian wide and fullwidth characters
 * (get-east-asian-width, string-width's own table), combining marks, control and format
 * characters, and single emoji. Emoji joined by ZWJ count each part (string-width counts the
 * cluster as 2); nothing wdkin prints through yargs contains one.
 */
import { eastAsianWidth } from 'get-east-asian-width';

export interface ColumnWidthOptions {
  /** Count East Asian ambiguous characters as narrow (string-width's default: true). */
  ambiguousIsNarrow?: boolean;
  /** Count ANSI escape codes (string-width's default: false). */
  countAnsiEscapeCodes?: boolean;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks) ended by BEL or ST.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
// Combining and enclosing marks, controls, format characters (ZWJ, bidi marks), variation selectors.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const EMOJI = /^\p{Emoji}$/u;
const VARIATION_SELECTOR_16 = '\uFE0F';

export default function columnWidth(text: unknown, options: ColumnWidthOptions = {}): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = options.countAnsiEscapeCodes ? text : text.replace(ANSI, '');
  const ambiguousAsWide = options.ambiguousIsNarrow === false;
  let width = 0;
  const characters = [...plain];
  for (const [index, character] of characters.entries()) {
    if (ZERO_WIDTH.test(character)) continue;
    // An emoji shown as a picture: emoji presentation by default, or asked for with VS16 (❤️).
    const asPicture = characters[index + 1] === VARIATION_SELECTOR_16 && EMOJI.test(character);
    if (asPicture || EMOJI_PRESENTATION.test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(character.codePointAt(0) ?? 0, { ambiguousAsWide });
  }
  return width;
}
