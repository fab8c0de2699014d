// Width of text in a terminal: combining marks (decomposed Vietnamese) take no column.

const MARKS = /\p{M}/gu;

/** Columns the text takes in a monospaced terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const _ of text.replace(MARKS, "")) width++;
  return width;
}

/** The text padded with spaces to a width (on the right, or on the left for numbers). */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** The text broken into lines of at most `width` columns, at spaces; long words stay whole. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      if (line === "") line = word;
      else if (textWidth(line) + 1 + textWidth(word) <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
