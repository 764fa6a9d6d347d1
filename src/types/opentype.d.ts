// The few parts of opentype.js the images use. @types/opentype.js pulls in the DOM library, whose
// fetch and Blob types clash with Node's, so the contract is declared here instead.
declare module 'opentype.js' {
  export interface Font {
    unitsPerEm: number;
    charToGlyphIndex(char: string): number;
    getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
  }
  export function parse(buffer: ArrayBuffer | SharedArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
